import { describe, expect, it } from "vitest";
import { checkText } from "@ogi-report/core";
import { importReport } from "@ogi-report/import";
import { gridsOf } from "./layouts/grid.js";
import { documentText } from "./layouts/text-layouts.js";
import { randomReport } from "./render/random-report.js";

/** The causes issue 14 lists, each on a small text a user could paste. */
const apps = (r: ReturnType<typeof importReport>) => r.report.applications as Record<string, unknown> & { results: Record<string, unknown> };
const review = (r: ReturnType<typeof importReport>) => r.report.reviewAndLitigation as Record<string, unknown[]>;

function report(template: "2021" | "2019" = "2021") {
  return randomReport(template, 77);
}

describe("issue 14: the flattenings that read nothing or shifted figures", () => {
  it("tabs from Word: the empty cells between tabs stay blank, nothing shifts left", () => {
    const text = documentText(gridsOf(report()), (t) =>
      t.rows
        .map((r) => (r.labels.includes("（一）予以公开") ? ["（一）予以公开", "258", "12", "", "", "1", "1", "272"] : [...r.labels, ...r.values]).join("\t"))
        .join("\n"),
    );
    const r = importReport(text, "text");
    expect(apps(r).results.granted).toEqual([258, 12, null, null, 1, 1, 272]);
  });

  it("table 4's three groups as one line of 15 figures after two header lines", () => {
    const g = gridsOf(report());
    const text = documentText(g, (t) =>
      t.key === "reviewAndLitigation"
        ? "行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉\n1 0 2 0 3 0 0 0 1 1 4 0 0 0 4"
        : t.rows.map((r) => [...r.labels, ...r.values].join("|")).join("\n"),
    );
    const r = importReport(text, "text");
    expect(review(r)).toEqual({ review: [1, 0, 2, 0, 3], litigationDirect: [0, 0, 0, 1, 1], litigationAfterReview: [4, 0, 0, 0, 4] });
  });

  it("all of table 2 on one | line: the printed zeros are kept and no row 'appears twice'", () => {
    const rep = report();
    const text = documentText(gridsOf(rep), (t) => t.rows.map((r) => [...r.labels, ...r.values].join("|")).join(t.key === "activeDisclosure" ? "|" : "\n"));
    const r = importReport(text, "text");
    expect(r.report.activeDisclosure).toEqual(rep.activeDisclosure);
    expect(r.diagnostics.filter((d) => d.code === "row-duplicate")).toEqual([]);
  });
});

describe("issue 14: a truncated input", () => {
  const text = documentText(gridsOf(report()), (t) => t.rows.map((r) => [...r.labels, ...r.values].join("|")).join("\n"));
  const cutAfter = (needle: string, extra: string) => text.slice(0, text.indexOf(needle) + needle.length) + extra;

  it("a figure at the very end is not trusted (「66」 cut to 「6」); the cells after it are absent, not blank", () => {
    const cut = cutAfter("二、上年结转政府信息公开申请数量", "|3|0|6");
    const r = importReport(cut, "text");
    expect(apps(r).carriedOver).toEqual([3, 0, null, null, null, null, null]);
    const d = r.diagnostics.find((x) => x.code === "cell-uncertain" && x.path === "/applications/carriedOver");
    expect(d?.message.en).toMatch(/「6」 has nothing after it/);
    expect(r.yaml).toMatch(/# ogi-absent: 3, 4, 5, 6 -- /);
    expect(r.summary.absent).toBeGreaterThan(0);
    // The checker says "not in the source" for the absent cells and "could not be settled" for the cut one, never "write 0".
    expect(checkText(r.yaml, { locale: "en" }).findings.filter((f) => /write 0/.test(f.message))).toEqual([]);
    const blanks = checkText(r.yaml, { locale: "en" }).findings.filter((f) => f.ruleId === "cell-blank" && f.path.startsWith("/applications/carriedOver/"));
    expect(blanks.map((f) => [f.path, /not in the source/.test(f.message)])).toEqual([
      ["/applications/carriedOver/2", false],
      ["/applications/carriedOver/3", true],
      ["/applications/carriedOver/4", true],
      ["/applications/carriedOver/5", true],
      ["/applications/carriedOver/6", true],
    ]);
  });

  it("a row cut off after some figures is read as far as it goes, not 'read 35 ways'", () => {
    const r = importReport(cutAfter("（一）予以公开", "|258|12|0|\n"), "text");
    expect(apps(r).results.granted).toEqual([258, 12, 0, null, null, null, null]);
    expect(r.diagnostics.some((d) => /reads \d+ ways/.test(d.message.en))).toBe(false);
  });
});

describe("a row the label names beats a row placed by order", () => {
  it("a delimited row without a label (「| 77 |」) is not kept in the row whose labelled figures follow: reported, never a cell", () => {
    const text = `二、主动公开政府信息情况
第二十条第(一)项
信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量
规章 | 0 | 0 | 0
规范性文件 | 2 | 2 | 19
第二十条第(五)项
信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量
行政许可 | 8 | 5 | 93
| 77 |
其他对外管理服务事项 | 117 | 0 | 165
三、收到和处理政府信息公开申请情况
`;
    const r = importReport(text, "text");
    expect((r.report.activeDisclosure as Record<string, unknown>).otherServices).toEqual({ previousYearItems: 117, change: 0, decisions: 165 });
    expect(r.diagnostics.filter((d) => d.code === "value-unplaced").map((d) => d.message.en)).toEqual([expect.stringContaining("77")]);
  });
});
