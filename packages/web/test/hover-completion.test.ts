import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LineIndex } from "@ogi-report/core";
import { describe, expect, it } from "vitest";
import { Analysis } from "../src/analysis.js";
import { completionsAt } from "../src/editor/completion-items.js";
import { hoverInfo } from "../src/editor/hover-info.js";
import { suppressEdit } from "@ogi-report/core";
import { examplesDir } from "./helpers/paths.js";

const seed = readFileSync(join(examplesDir, "seed-2025.yaml"), "utf8");
const at = (text: string, needle: string, delta = 0) => text.indexOf(needle) + delta;

/** Completions where `‸` stands in the text. */
function completeAt(marked: string, locale: "zh-CN" | "en" = "zh-CN") {
  const offset = marked.indexOf("‸");
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const lines = new LineIndex(text);
  const { line, character } = lines.position(offset);
  return completionsAt(lines, line, character, locale);
}

describe("hover", () => {
  const analysis = new Analysis(seed, "zh-CN");

  it("a cell: its row and column as printed, in both languages, and its value", () => {
    const info = hoverInfo(analysis, at(seed, "[293,", 1), "zh-CN")!;
    expect(info.title).toBe("「一、本年新收政府信息公开申请数量」 · 「自然人」");
    expect(info.subtitle).toMatch(/^1\. New applications/);
    expect(info.details).toEqual(["值: 293"]);
    expect(seed.slice(info.from, info.to)).toBe("293");
  });

  it("a total: the sums it must equal, and whether they hold", () => {
    const broken = seed.replace("[212, 15, 0, 0, 0, 0, 227]", "[212, 15, 0, 0, 0, 0, 228]");
    const info = hoverInfo(new Analysis(broken, "en"), at(broken, "228]"), "en")!;
    expect(info.formulas).toEqual([{ text: "Total column = sum of the six applicant columns = 212 + 15 + 0 + 0 + 0 + 0 = 227 ≠ 228 (as written)", holds: false }]);
    const grandTotal = hoverInfo(analysis, at(seed, "312]"), "zh-CN")!;
    expect(grandTotal.formulas.map((f) => f.holds)).toEqual([true, true]);
    expect(grandTotal.formulas[1]!.text).toMatch(/^「（七）总计」 = 本栏 21 项办理结果之和 = /);
  });

  it("a total sums the cells as the rules read them: a term the rules reject is unknown, not a figure", () => {
    // 0x10 is 16 to YAML but no count to the rules (cell-value): the hover must not add it up where t3-row-total does not.
    const text = seed.replace("[212, 15, 0, 0, 0, 0, 227]", "[212, 0x10, 0, 0, 0, 0, 227]");
    const a = new Analysis(text, "en");
    expect(a.findings.some((f) => f.ruleId === "cell-value" && f.path.endsWith("/1"))).toBe(true);
    expect(a.findings.some((f) => f.ruleId === "t3-row-total")).toBe(false);
    const info = hoverInfo(a, at(text, "227]"), "en")!;
    expect(info.formulas).toEqual([{ text: "Total column = sum of the six applicant columns = 212 + ? + 0 + 0 + 0 + 0 = ?", holds: undefined }]);
  });

  it("a key: its label where it sits in the template, and its columns", () => {
    const info = hoverInfo(analysis, at(seed, "internalAffairs", 2), "zh-CN")!;
    expect(info.title).toBe("三、本年度办理结果 › （三）不予公开 › 「5.属于三类内部事务信息」");
    expect(info.details.at(-1)).toMatch(/^栏目: 1\. 自然人；2\. 商业企业/);
    expect(hoverInfo(analysis, at(seed, "normativeDocuments", 1), "zh-CN")!.title).toContain("第二十条第（一）项");
    expect(hoverInfo(analysis, at(seed, "agency:", 1), "en")).toBeDefined();
  });

  it("nothing where the template has nothing to say", () => {
    expect(hoverInfo(analysis, at(seed, "本厅围绕"), "zh-CN")).toBeUndefined();
  });

  it("nothing on a comment, on a key the template does not have, or in a text that is no report", () => {
    expect(hoverInfo(analysis, at(seed, "# 第二十条第（一）项"), "zh-CN")).toBeUndefined();
    const unknown = seed.replace("  licensing: 0\n", "  licensing: 0\n  lisencing: 0\n");
    expect(hoverInfo(new Analysis(unknown, "zh-CN"), at(unknown, "lisencing", 2), "zh-CN")).toBeUndefined();
    expect(hoverInfo(new Analysis("- 309\n- 16\n", "zh-CN"), 3, "zh-CN")).toBeUndefined();
  });

  it("a figure of table 2 is named by its row alone; a column under a group names the group", () => {
    const licensing = hoverInfo(analysis, at(seed, "licensing: 0", 11), "zh-CN")!;
    expect(licensing.title).toBe("第二十条第（五）项 › 「行政许可」");
    expect(licensing.subtitle).toBe("Article 20 item (5) › Administrative licensing");
    const business = hoverInfo(analysis, at(seed, "[293, 16", 6), "en")!;
    expect(business.title).toBe("1. New applications received this year · Legal persons or other organisations › Businesses");
    expect(business.subtitle).toBe("「一、本年新收政府信息公开申请数量」 · 法人或其他组织 › 「商业企业」");
    expect(business.details).toEqual(["Value: 16"]);
  });

  it("a cell left blank in its { value, note } form says so; a cell that is no figure has no value", () => {
    const blank = seed.replace("licensing: 0", "licensing: { value: , note: 无 }");
    const where = at(blank, "licensing: {", 11);
    expect(hoverInfo(new Analysis(blank, "en"), where, "en")!.details).toEqual(["Value: (blank)"]);
    expect(hoverInfo(new Analysis(blank, "zh-CN"), where, "zh-CN")!.details).toEqual(["值: （空）"]);
    const list = seed.replace("licensing: 0", "licensing: [1, 2]");
    expect(hoverInfo(new Analysis(list, "zh-CN"), at(list, "licensing: [", 11), "zh-CN")!.details).toEqual(["值: —"]);
  });

  it("a total written as no number: the sum is shown, with no verdict on it", () => {
    const text = seed.replace("[293, 16, 0, 0, 0, 0, 309]", "[293, 16, 0, 0, 0, 0, ~]");
    const info = hoverInfo(new Analysis(text, "zh-CN"), at(text, "~]"), "zh-CN")!;
    expect(info.details).toEqual(["值: ~"]);
    expect(info.formulas).toEqual([{ text: "总计栏 = 六类申请人之和 = 293 + 16 + 0 + 0 + 0 + 0 = 309", holds: undefined }]);
  });

  it("a key in English: its columns listed with English separators", () => {
    const info = hoverInfo(analysis, at(seed, "regulations:", 2), "en")!;
    expect(info.title).toBe("Article 20 item (1) › Rules (规章)");
    expect(info.details).toEqual(["Columns: 1. Issued this year; 2. Repealed this year; 3. In force"]);
  });
});

describe("completion", () => {
  it("offers the table-4 rows not yet written, with a row of five zeros", () => {
    const result = completeAt(seed.replace("  litigationAfterReview: [0, 0, 0, 0, 0]", "  litig‸"));
    expect(result!.items.map((i) => i.label)).toEqual(["litigationAfterReview"]);
    expect(result!.items[0]!.apply).toBe("litigationAfterReview: [0, 0, 0, 0, 0]");
    expect(result!.items[0]!.detail).toBe("行政诉讼·复议后起诉");
  });

  it("offers a table-3 group with every row under it, indented", () => {
    const text = seed.replace(/    notProcessed:\n(      .*\n){5}/, "    ‸\n");
    const item = completeAt(text)!.items.find((i) => i.label === "notProcessed")!;
    expect(item.apply.split("\n")).toEqual([
      "notProcessed:",
      "      petitionOrComplaint: [0, 0, 0, 0, 0, 0, 0]",
      "      duplicate: [0, 0, 0, 0, 0, 0, 0]",
      "      publication: [0, 0, 0, 0, 0, 0, 0]",
      "      massRepetitive: [0, 0, 0, 0, 0, 0, 0]",
      "      confirmOrReissue: [0, 0, 0, 0, 0, 0, 0]",
    ]);
  });

  it("offers the template ids after `template:`", () => {
    expect(completeAt('template:‸\nyear: 2020\n')!.items.map((i) => i.apply)).toEqual([' "2021"', ' "2019"']);
  });

  it("offers a whole skeleton in an empty document, and the parts at the top level", () => {
    const labels = completeAt("‸")!.items.map((i) => i.label);
    expect(labels[0]).toMatch(/^report/);
    expect(labels).toEqual(expect.arrayContaining(["template", "agency", "year", "applications", "overview（整个部分）"]));
  });

  it("offers cell references inside {{ }} in prose, closing the braces", () => {
    const result = completeAt(seed.replace("本年新收申请309件", "本年新收申请{{applications.newRec‸件"))!;
    const item = result.items.find((i) => i.label === "applications.newReceived.total")!;
    expect(item.apply).toBe("applications.newReceived.total}}");
    expect(item.detail).toContain("一、本年新收政府信息公开申请数量");
  });

  it("in English: the whole report, whole parts and placeholders, named in English", () => {
    const labels = completeAt("‸", "en")!.items.map((i) => i.label);
    expect(labels[0]).toBe("report (whole skeleton)");
    expect(labels).toContain("overview (whole part)");
    const item = completeAt(seed.replace("本年新收申请309件", "本年新收申请{{applications.newRec‸件"), "en")!.items.find((i) => i.label === "applications.newReceived.total")!;
    expect(item.detail).toBe("1. New applications received this year › Total");
  });

  it("inside {{ }} already closed, a reference is inserted without closing them again", () => {
    const result = completeAt(seed.replace("本年新收申请309件", "本年新收申请{{applications.newRec‸}}件"))!;
    expect(result.items.find((i) => i.label === "applications.newReceived.total")!.apply).toBe("applications.newReceived.total");
  });

  it("does not offer a key already written beside the cursor", () => {
    const labels = completeAt(seed.replace("  licensing: 0\n", "  ‸\n"))!.items.map((i) => i.label);
    expect(labels).toContain("licensing");
    expect(labels).not.toContain("penalty");
  });
});

describe("suppression", () => {
  it("inserts a directive above the line, indented like it, for the reason to be written", () => {
    const lines = new LineIndex(seed);
    const line = lines.position(at(seed, "newReceived")).line;
    const edit = suppressEdit(lines, line, "t3-row-total", new Analysis(seed, "zh-CN").root)!;
    expect(edit.newText).toBe("  # ogi-disable-next-line t3-row-total -- \n");
    expect(edit.start).toBe(lines.lineStart(line));
  });

  it("joins an existing directive, and offers nothing inside prose or for syntax errors", () => {
    const text = seed.replace("  newReceived:", "  # ogi-disable-next-line t3-balance -- 已核实\n  newReceived:");
    const lines = new LineIndex(text);
    const line = lines.position(at(text, "newReceived:")).line;
    const edit = suppressEdit(lines, line, "t3-row-total", new Analysis(text, "zh-CN").root)!;
    expect(text.slice(0, edit.start) + edit.newText + text.slice(edit.end)).toContain("# ogi-disable-next-line t3-balance, t3-row-total -- 已核实");
    const prose = lines.position(at(text, "梳理主动公开")).line;
    expect(suppressEdit(lines, prose, "text-figure", new Analysis(text, "zh-CN").root)).toBeUndefined();
    expect(suppressEdit(lines, line, "yaml-syntax", undefined)).toBeUndefined();
  });
});
