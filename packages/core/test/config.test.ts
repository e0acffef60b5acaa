import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { checkText, findConfig, parseConfig } from "../src/index.js";
import { read, repoRoot } from "./helpers.js";

describe("configuration", () => {
  it("per-rule severity and off", () => {
    const text = read(join(repoRoot, "examples", "broken", "t3-balance.yaml"));
    expect(checkText(text, { rules: { "t3-balance": "warning" } }).findings.map((f) => f.severity)).toEqual(["warning", "warning"]);
    expect(checkText(text, { rules: { "t3-balance": "off" } }).findings).toEqual([]);
  });
  it("errors are values with locations", () => {
    const { config, errors } = parseConfig("locale: fr\nrules:\n  t3-balanse: off\n  t4-total: loud\nextra: 1\n", "/x/.ogi.yaml");
    expect(config.rules).toEqual({});
    expect(errors.map((e) => [e.code, e.range.start.line])).toEqual([
      ["config-value", 0],
      ["config-key", 2],
      ["config-value", 3],
      ["config-key", 4],
    ]);
  });
  it("the nearest config file wins, found walking up", () => {
    const files: Record<string, string> = {
      "/office/.ogi.yaml": "locale: en\nrules:\n  template-year: off\n",
      "/office/2025/units/.ogi.yml": "rules:\n  t4-total: warning\n",
    };
    const reader = { readFile: (p: string) => files[p] };
    expect(findConfig("/office/2025", reader)).toMatchObject({ file: "/office/.ogi.yaml", config: { locale: "en", rules: { "template-year": "off" } } });
    expect(findConfig("/office/2025/units", reader)).toMatchObject({ file: "/office/2025/units/.ogi.yml", config: { rules: { "t4-total": "warning" } } });
    expect(findConfig("/elsewhere", reader)).toEqual({ config: { rules: {} }, errors: [] });
  });
});
