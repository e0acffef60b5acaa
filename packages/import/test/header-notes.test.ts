import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importReport } from "@ogi-report/import";
import { repoRoot } from "./corpus-files.js";

// Column headers that carry their filling instructions in brackets (「上一年项目数量(指2019年事项数)」): the
// year in the note is a word of the header, not a figure of the table, and must not be reported as one that
// fits no row. A figure printed outside any header, or outside the note's brackets, still is.
const table2 = (header: string, stray = "") => `二、主动公开政府信息情况
第二十条第(一)项
信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量
规章 | 0 | 0 | 0
规范性文件 | 2 | 2 | 19
第二十条第(五)项
${header}
行政许可 | 8 | 5 | 93
${stray}其他对外管理服务事项 | 117 | 0 | 165
三、收到和处理政府信息公开申请情况
`;
const unplaced = (text: string) =>
  importReport(text, "text")
    .diagnostics.filter((d) => d.code === "value-unplaced")
    .map((d) => d.message.en);
const NOTES = "信息内容 | 上一年项目数量(指2019年事项数) | 本年增/减(指2020年增加或减少的事项数,减用负值表示,如-8) | 处理决定数量(指2020年办件量)";

describe("figures inside a header's bracketed note are words of the header", () => {
  it("no value-unplaced for the years and the example in the notes; the rows read as printed", () => {
    expect(unplaced(table2(NOTES))).toEqual([]);
    const r = importReport(table2(NOTES), "text");
    expect((r.report.activeDisclosure as Record<string, unknown>).licensing).toEqual({ previousYearItems: 8, change: 5, decisions: 93 });
  });

  it("a note cut at the end of the page (「采购项目数量(指202」) is still the header's", () => {
    expect(unplaced(`${table2(NOTES)}`.replace("三、收到和处理政府信息公开申请情况\n", "第二十条第(九)项\n信息内容 | 采购项目数量(指202"))).toEqual([]);
  });

  it("the published page with these headers (43, Traditional characters) reports no figure of its notes", () => {
    const text = readFileSync(join(repoRoot, "fixtures/pages/43_hubei_wuhan_ecology_2020_traditional.txt"), "utf8");
    expect(unplaced(text)).toEqual([]);
  });

  it("a real stray figure is still reported: one beside a header without brackets, one after a header's note", () => {
    expect(unplaced(table2("信息内容 | 上一年项目数量 2019 | 本年增/减 | 处理决定数量"))).toEqual([expect.stringContaining("2019")]);
    expect(unplaced(table2(`${NOTES} | 12`))).toEqual([expect.stringContaining("12")]);
  });
});
