import { describe, expect, it } from "vitest";
import { checkText, checkTextGuarded, type DocumentReader } from "../src/index.js";
import { read, repoRoot } from "./helpers.js";
import { join } from "node:path";

const seed = read(join(repoRoot, "examples", "seed-2025.yaml"));
const origin = { line: 0, character: 0 };

// A front end's mistake must show as one `internal` finding on the file, never as a clean report.
describe("checkTextGuarded: what breaks the check is one internal finding, never an empty list", () => {
  it("a clean report is what checkText says, nothing added", () => {
    expect(checkTextGuarded(seed)).toEqual(checkText(seed));
    expect(checkTextGuarded(seed).findings).toEqual([]);
  });

  it.each([
    ["a Buffer instead of text", Buffer.from(seed), "zh-CN", "OGI Report 检查此文件时出错，文件未能完整检查：source is not a string"],
    ["nothing", undefined, "en", "OGI Report failed on this file, which was not fully checked: Cannot read properties of undefined (reading 'length')"],
  ])("a check that cannot start (%s) is one internal finding at the file's start, in the locale asked", (_name, text, locale, message) => {
    const result = checkTextGuarded(text as unknown as string, { locale: locale as "en" | "zh-CN" });
    expect(result.findings).toEqual([{ ruleId: "internal", severity: "error", message, path: "", range: { start: origin, end: origin }, related: [], fixes: [] }]);
    // The stack is kept for the log, not shown in the finding.
    expect(result.internalErrors).toEqual([{ ruleId: "internal", message: expect.stringMatching(/^TypeError: .*\n\s+at /) }]);
  });

  it("rules that threw are named in one internal finding before the other findings, which are kept", () => {
    // A reader that hands back something other than text (a front end's bug): the cross-year rules fail on it.
    const reader: DocumentReader = { readFile: () => 42 as unknown as string };
    const text = seed.replace(/^year: 2025$/m, "year: 2025\nprevious: ../2024/report.yaml");
    const plain = checkText(text, { locale: "en", documents: { path: "/r/2025/report.yaml", reader } });
    expect(plain.internalErrors.map((e) => e.ruleId)).toEqual(["year-carry-over", "year-in-force", "copied-prose"]);
    const guarded = checkTextGuarded(text, { locale: "en", documents: { path: "/r/2025/report.yaml", reader } });
    expect(guarded.findings[0]).toMatchObject({
      ruleId: "internal",
      message:
        "OGI Report failed on this file, which was not fully checked: year-carry-over: TypeError: text.includes is not a function; year-in-force: TypeError: text.includes is not a function; copied-prose: TypeError: text.includes is not a function",
    });
    expect(guarded.findings.slice(1)).toEqual(plain.findings);
    expect(guarded.internalErrors.map((e) => e.ruleId)).toEqual(["year-carry-over", "year-in-force", "copied-prose"]);
  });
});
