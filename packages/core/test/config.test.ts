import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { checkText, findConfig, generateConfigSchema, parseConfig, reportRules } from "../src/index.js";
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

  // What a person editing .ogi.yaml is told, and where (line:character of the start and end, 0-based).
  it.each([
    ["root: yes\n", "config-value", "root must be true or false", "0:6-0:9"],
    ["rules: [a]\n", "config-value", "rules must be a mapping of rule id to error | warning | info | off", "0:7-0:10"],
    ["locale: [en]\n", "config-value", 'locale must be "zh-CN" or "en"', "0:8-0:12"],
    ["rules:\n  t4-total: [off]\n", "config-value", 'severity of "t4-total" must be error, warning, info or off', "1:12-1:17"],
    ["rules:\n  internal: off\n", "config-key", 'unknown rule "internal"', "1:2-1:10"],
    ["$schema: 1\n", "config-value", "$schema must be string", "0:9-0:10"],
    ["- rules\n", "config-syntax", "the configuration must be a mapping (locale, rules, root)", "0:0-0:7"],
    ["just text\n", "config-syntax", "the configuration must be a mapping (locale, rules, root)", "0:0-0:9"],
    ["locale: en\nlocale: zh-CN\n", "config-syntax", "Duplicate key “locale”: a key may appear only once", "1:0-1:6"],
    ["locale: 'en\n", "config-syntax", "YAML syntax error: Missing closing 'quote", "1:0-1:0"],
  ])("%j: %s %s at %s", (text, code, message, at) => {
    const { errors } = parseConfig(text, "/x/.ogi.yaml");
    expect(errors.map((e) => [e.code, e.message, `${e.range.start.line}:${e.range.start.character}-${e.range.end.line}:${e.range.end.character}`, e.file])).toEqual([[code, message, at, "/x/.ogi.yaml"]]);
  });

  it("what is valid is kept beside what is not; an empty file is no settings; the last copy of a key counts", () => {
    expect(parseConfig("", "/x/.ogi.yaml")).toEqual({ config: { rules: {} }, errors: [] });
    expect(parseConfig("$schema: ./ogi-config.schema.json\nlocale: en\nroot: true\nrules:\n  t4-total: warning\n", "/x/.ogi.yaml")).toEqual({ config: { locale: "en", root: true, rules: { "t4-total": "warning" } }, errors: [] });
    expect(parseConfig("root: yes\nrules:\n  t4-total: loud\n  t3-balance: off\n", "/x/.ogi.yaml").config).toEqual({ rules: { "t3-balance": "off" } });
    expect(parseConfig("rules:\n  t4-total: off\n  t4-total: warning\n", "/x/.ogi.yaml").config).toEqual({ rules: { "t4-total": "warning" } });
  });

  it("found walking up from a Windows path or a relative one, ending at the top", () => {
    const files: Record<string, string> = { "C:/office/.ogi.yaml": "locale: en\n", "office/ogi.config.yaml": "root: true\n" };
    const reader = { readFile: (p: string) => files[p] };
    expect(findConfig("C:\\office\\2025", reader)).toEqual({ config: { locale: "en", rules: {} }, errors: [], file: "C:/office/.ogi.yaml" });
    expect(findConfig("office/2025", reader)).toEqual({ config: { root: true, rules: {} }, errors: [], file: "office/ogi.config.yaml" });
    expect(findConfig("elsewhere/2025", reader)).toEqual({ config: { rules: {} }, errors: [] });
  });

  it("the config file's schema names every report rule, and not `internal`, which cannot be switched off", () => {
    const schema = generateConfigSchema() as { properties: { rules: { properties: Record<string, { enum: string[] }> } } };
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(reportRules.map((r) => r.id).sort());
    expect(schema.properties.rules.properties["t4-total"]!.enum).toEqual(["error", "warning", "info", "off"]);
    expect(JSON.parse(read(join(repoRoot, "packages", "core", "schema", "ogi-config.schema.json")))).toEqual(schema);
  });
});
