import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { applyEdits, checkText } from "../src/index.js";
import { read, repoRoot, yamlFilesUnder } from "./helpers.js";

const seed = read(join(repoRoot, "examples", "seed-2025.yaml"));
const withTitle = (title: string, agency = "福建省人力资源和社会保障厅") => seed.replace("agency: 福建省人力资源和社会保障厅", `agency: ${agency}\ntitle: ${title}`);
const findingsOf = (text: string) => checkText(text, { locale: "en" }).findings.filter((f) => f.ruleId === "title-year");

describe("title-year: the title states the report's year and names its agency", () => {
  const valid: [string, string][] = [
    ["福建省人力资源和社会保障厅2025年政府信息公开工作年度报告", "福建省人力资源和社会保障厅"],
    ["福建省人力资源和社会保障厅 2025 年度政府信息公开工作年度报告", "福建省人力资源和社会保障厅"],
    ["2025年福建省人社厅政府信息公开工作年度报告", "福建省人力资源和社会保障厅"],
    ["2025年上海市科委政府信息公开工作年度报告", "上海市科学技术委员会"],
    ["平潭综合实验区２０２５年度政府信息公开工作年度报告", "平潭综合实验区"],
  ];
  it.each(valid)("valid: %s", (title, agency) => expect(findingsOf(withTitle(title, agency))).toEqual([]));

  const invalid: [string, string, string[]][] = [
    ["福建省人力资源和社会保障厅2024年政府信息公开工作年度报告", "福建省人力资源和社会保障厅", ["The title says 2024, but year is 2025"]],
    ["福建省人力资源和社会保障厅政府信息公开工作年度报告", "福建省人力资源和社会保障厅", ["The title does not state the report year (e.g. 「2024年度」)"]],
    ["2025年政府信息公开工作年度报告", "福建省人力资源和社会保障厅", ["The title does not name the agency “福建省人力资源和社会保障厅”"]],
    ["福建省卫生健康委员会2025年政府信息公开工作年度报告", "福建省人力资源和社会保障厅", ["The title names “福建省卫生健康委员会”, not the agency “福建省人力资源和社会保障厅”"]],
  ];
  it.each(invalid)("invalid: %s", (title, agency, want) => {
    const got = findingsOf(withTitle(title, agency));
    expect(got.map((f) => f.message)).toEqual(want);
    for (const f of got) expect([f.path, f.severity]).toEqual(["/title", "warning"]);
  });

  it("a wrong year is marked on its digits, with a fix that changes them", () => {
    const text = withTitle("福建省人力资源和社会保障厅2024年政府信息公开工作年度报告");
    const [f] = findingsOf(text);
    const line = text.split("\n").findIndex((l) => l.startsWith("title:"));
    expect(f!.range).toEqual({ start: { line, character: 20 }, end: { line, character: 24 } });
    expect(f!).toMatchObject({ expected: 2025, actual: 2024 });
    const fixed = applyEdits(text, f!.fixes[0]!.edits).text;
    expect(findingsOf(fixed)).toEqual([]);
    expect(fixed).toContain("title: 福建省人力资源和社会保障厅2025年政府信息公开工作年度报告");
  });

  it("without `year`, the title's year is held to the statistics period's", () => {
    const text = withTitle("福建省人力资源和社会保障厅2025年政府信息公开工作年度报告").replace("year: 2025\n", "preamble: 本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n");
    expect(findingsOf(text).map((f) => f.message)).toEqual(["The title says 2025, but the statistics period “2024年1月1日起至2024年12月31日” is in 2024"]);
    const zh = checkText(withTitle("福建省人力资源和社会保障厅2024年政府信息公开工作年度报告"), { locale: "zh-CN" }).findings.find((f) => f.ruleId === "title-year");
    expect(zh!.message).toBe("标题写的是 2024 年度，year 为 2025");
  });

  it("the titles of every real report transcribed in fixtures/corpus pass", () => {
    for (const file of yamlFilesUnder(join(repoRoot, "fixtures", "corpus"))) expect(findingsOf(read(file))).toEqual([]);
  });
});
