import { describe, expect, it } from "vitest";
import { checkText, looksLikeReport, reportSkeleton } from "../src/index.js";

// `ogi init` and the editor's "whole report" completion write a skeleton; front ends decide what YAML is a report.
describe("a report skeleton", () => {
  it("names the template, the year and the schema modeline when asked", () => {
    const text = reportSkeleton({ template: "2019", agency: "某某局", schemaRef: "./ogi-report.schema.json" });
    expect(text.split("\n").slice(0, 3)).toEqual(["# yaml-language-server: $schema=./ogi-report.schema.json", "# 2020年政府信息公开工作年度报告 — 国办公开办函〔2019〕60号《中华人民共和国政府信息公开工作年度报告格式（试行）》", 'template: "2019"']);
    expect(text).toContain('agency: "某某局"');
    expect(text).toContain("year: 2020");
  });

  it("without a year, last year's; without a modeline, none; and it checks clean but for the prose to write", () => {
    const text = reportSkeleton({ template: "2021", year: 2025, agency: "某某局" });
    expect(text.startsWith("# 2025年政府信息公开工作年度报告")).toBe(true);
    expect(reportSkeleton({ template: "2021" })).toContain(`year: ${new Date().getFullYear() - 1}`);
    expect(new Set(checkText(text).findings.map((f) => f.ruleId))).toEqual(new Set(["section-missing"]));
  });
});

describe("what YAML is a report", () => {
  it.each([
    ['template: "2021"\n', true],
    ["# notes\ntemplate : 2021\n", true],
    ["# yaml-language-server: $schema=https://example.org/ogi-report.schema.json\nagency: x\n", true],
    ["  template: 2021\n", false],
    ["name: ci\non: push\n", false],
    ["# yaml-language-server: $schema=./other.json\n", false],
  ])("%j: %s", (text, report) => {
    expect(looksLikeReport(text)).toBe(report);
  });
});
