import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { checkText, expandPlaceholders, parseYaml, templates, toPlain } from "../src/index.js";
import { read, repoRoot } from "./helpers.js";

const seed = read(join(repoRoot, "examples", "seed-2025.yaml"));

describe("placeholders in the prose", () => {
  const text = seed.replace("本年新收申请309件，上年结转5件", "本年新收申请{{applications.newReceived.total}}件，上年结转{{ applications.carriedOver.6 }}件，复议{{reviewAndLitigation.review.totl}}件");
  it("known references are fine; an unknown one is an error at the reference, with a suggestion", () => {
    const findings = checkText(text, { locale: "en" }).findings;
    expect(findings.map((f) => [f.ruleId, f.path, f.severity])).toEqual([["placeholder", "/overview", "error"]]);
    const line = text.split("\n").findIndex((l) => l.includes("totl"));
    const col = text.split("\n")[line]!.indexOf("{{reviewAndLitigation.review.totl}}");
    expect(findings[0]!.range).toEqual({ start: { line, character: col }, end: { line, character: col + "{{reviewAndLitigation.review.totl}}".length } });
    expect(findings[0]!.message).toBe("“reviewAndLitigation.review.totl” names no table cell; did you mean “reviewAndLitigation.review.total”?");
  });
  it("rendering substitutes the figures", () => {
    const report = toPlain(parseYaml(text).root!) as { overview: string };
    const out = expandPlaceholders(report.overview, report, templates["2021"]);
    expect(out).toContain("本年新收申请309件，上年结转5件，复议{{reviewAndLitigation.review.totl}}件");
  });
  it.each([
    ["a figure", "{{reviewAndLitigation.review.total}}", { reviewAndLitigation: { review: [1, 0, 0, 0, 3] } }, "3"],
    ["a figure written with a note", "{{reviewAndLitigation.review.4}}", { reviewAndLitigation: { review: [1, 0, 0, 0, { value: 3, note: "含结转" }] } }, "3"],
    ["a 2019 amount written as text", "{{activeDisclosure.procurement.amount}}", { activeDisclosure: { procurement: { amount: "12万元" } } }, "12万元"],
    ["a blank cell, left as written", "{{reviewAndLitigation.review.total}}", { reviewAndLitigation: { review: [1, 0, 0, 0, " "] } }, "{{reviewAndLitigation.review.total}}"],
    ["a cell of a part not written, left as written", "{{reviewAndLitigation.review.total}}", {}, "{{reviewAndLitigation.review.total}}"],
    ["a row that is text, left as written", "{{reviewAndLitigation.review.total}}", { reviewAndLitigation: { review: "无" } }, "{{reviewAndLitigation.review.total}}"],
    ["an empty reference, left as written", "{{ }}", {}, "{{ }}"],
  ])("rendering %s", (_what, prose, report, out) => {
    const template = templates[prose.includes("procurement") ? "2019" : "2021"];
    expect(expandPlaceholders(`共${prose}件`, report, template)).toBe(`共${out}件`);
  });
});
