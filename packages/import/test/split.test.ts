import { describe, expect, it } from "vitest";
import { importReport } from "@ogi-report/import";
import { splitRow } from "../src/split.js";

/** Table 3 as crawled text with the cells run together: rows given as digit strings, labels from the template. */
function crawled(rows: Record<string, string>, t4 = "000000000000000"): string {
  const label = (k: string) => k;
  const body = Object.entries(rows)
    .map(([k, v]) => label(k) + v)
    .join("");
  return `测试县2024年度政府信息公开工作年度报告\n一、总体情况 概述。二、主动公开政府信息情况 第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件000第二十条第（五）项信息内容本年处理决定数量行政许可0第二十条第（六）项信息内容本年处理决定数量行政处罚0行政强制0第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0三、收到和处理政府信息公开申请情况${body}四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼${t4}五、存在的主要问题及改进情况 问题。六、其他需要报告的事项 无收费。`;
}

const zero = "0000000";
const t3 = (over: Record<string, string>) => ({
  "一、本年新收政府信息公开申请数量": zero,
  "二、上年结转政府信息公开申请数量": zero,
  "（一）予以公开": zero,
  "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": zero,
  "1.属于国家秘密": zero,
  "2.其他法律行政法规禁止公开": zero,
  "3.危及“三安全一稳定”": zero,
  "4.保护第三方合法权益": zero,
  "5.属于三类内部事务信息": zero,
  "6.属于四类过程性信息": zero,
  "7.属于行政执法案卷": zero,
  "8.属于行政查询事项": zero,
  "1.本机关不掌握相关政府信息": zero,
  "2.没有现成信息需要另行制作": zero,
  "3.补正后申请内容仍不明确": zero,
  "1.信访举报投诉类申请": zero,
  "2.重复申请": zero,
  "3.要求提供公开出版物": zero,
  "4.无正当理由大量反复申请": zero,
  "5.要求行政机关确认或重新出具已获取信息": zero,
  "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请": zero,
  "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请": zero,
  "3.其他": zero,
  "（七）总计": zero,
  "四、结转下年度继续办理": zero,
  ...over,
});

const COUNTS = Array.from({ length: 7 }, () => "count" as const);
const ROW_TOTAL = [{ from: 0, to: 7, totalAt: 6 }];
/** Every reading of one run of digits as a table-3 row, printed 「151,3,_,…」 (「_」 a hidden blank cell). */
const readings = (digits: string, kinds: "count"[] = COUNTS, ids = ROW_TOTAL, blanksMayHide = true) => {
  const r = splitRow([{ digits, whole: false, start: 0, end: digits.length }], kinds, ids, blanksMayHide);
  expect(r.overflow).toBe(false);
  return r.candidates.map((c) => c.map((x) => x.digits ?? "_").join(","));
};

describe("splitting digits that run together", () => {
  it("「15130000154」: the row identity drops the splits that break it, and a blank the text cannot show keeps the row open", () => {
    const all = readings("15130000154");
    expect(all).toContain("151,3,0,0,0,0,154");
    // 15 + 13 ≠ 154: broken. 151 + 30 > 154 whatever the hidden blank holds: broken.
    expect(all).not.toContain("15,13,0,0,0,0,154");
    expect(all).not.toContain("151,30,0,0,0,_,154");
    // A published blank leaves no trace in run-together text: 15,130,0,0,0,_,154 fits the text and the identity.
    expect(all).toContain("15,130,0,0,0,_,154");
    const r = importReport(crawled(t3({ "一、本年新收政府信息公开申请数量": "15130000154", "（一）予以公开": "15130000154", "（七）总计": "15130000154" })), "text");
    expect((r.report.applications as { newReceived: unknown[] }).newReceived).toEqual([null, null, null, null, null, null, null]);
    expect(r.diagnostics.find((d) => d.code === "cell-uncertain" && d.path === "/applications/newReceived")).toBeDefined();
  });

  it("the column identities settle what the rows leave open: 33 goes under 自然人 when the total row says so", () => {
    // A cell a line: six figures for seven cells, so one blank is hidden somewhere in 予以公开.
    const lines = (rows: Record<string, string>) => Object.entries(rows).map(([k, v]) => `${k}\n${v.split(" ").join("\n")}`).join("\n");
    const zeros = "0 0 0 0 0 0 0";
    const row: Record<string, string> = t3({ "一、本年新收政府信息公开申请数量": "33 0 0 0 0 0 33", "（一）予以公开": "33 0 0 0 0 33", "（七）总计": "33 0 0 0 0 0 33" });
    for (const k of Object.keys(row)) if (row[k] === zero) row[k] = zeros;
    const r = importReport(crawled({}).replace("三、收到和处理政府信息公开申请情况", `三、收到和处理政府信息公开申请情况\n${lines(row)}\n`), "text");
    const granted = (r.report.applications as { results: { granted: unknown[] } }).results.granted;
    // 「_,33,0,0,0,0,33」 would put 33 under 商业企业, whose total is 0: the columns rule it out.
    expect(granted).toEqual([33, null, null, null, null, null, 33]);
    const d = r.diagnostics.find((x) => x.code === "cell-uncertain" && x.path === "/applications/results/granted")!;
    expect(d.candidates).toContainEqual(["33", "0", "0", "0", "", "0", "33"]);
    expect(d.candidates).not.toContainEqual(["", "33", "0", "0", "0", "0", "33"]);
  });

  it("when no identity settles a row it says so, names the candidates and leaves the cells open", () => {
    // 新收, 予以公开 and 总计 all read 33,0,… or 3,30,…: every identity holds either way.
    const r = importReport(crawled(t3({ "一、本年新收政府信息公开申请数量": "330000033", "（一）予以公开": "330000033", "（七）总计": "330000033" })), "text");
    const open = r.diagnostics.filter((d) => d.code === "cell-uncertain");
    expect(open.map((d) => d.path)).toEqual(expect.arrayContaining(["/applications/newReceived", "/applications/results/granted", "/applications/results/total"]));
    expect(readings("330000033")).toEqual(expect.arrayContaining(["3,30,0,0,0,0,33", "33,0,0,0,0,0,33"]));
    expect((r.report.applications as { newReceived: unknown[] }).newReceived).toEqual([null, null, null, null, null, null, null]);
    expect(r.yaml).toMatch(/# 导入：拆分不确定 \/ import: uncertain split — /);
  });

  it("table 4: three groups of five are split by their totals; with hidden blanks possible, the row stays open", () => {
    const kinds = Array.from({ length: 15 }, () => "count" as const);
    const groups = [0, 5, 10].map((from) => ({ from, to: from + 5, totalAt: from + 4 }));
    // Were no cell blank, the totals would leave one reading.
    expect(readings("25380363300630003", kinds, groups, false)).toEqual(["25,3,8,0,36,3,3,0,0,6,3,0,0,0,3"]);
    // Run-together text cannot show a blank: the readings with one are too many to list, and none is picked.
    const r = importReport(crawled(t3({}), "25380363300630003"), "text");
    const d = r.diagnostics.find((x) => x.code === "cell-uncertain" && x.cells?.every((p) => p.startsWith("/reviewAndLitigation/")));
    expect(d?.message.en).toMatch(/reads many ways/);
    expect(r.report.reviewAndLitigation).toEqual({ review: [null, null, null, null, null], litigationDirect: [null, null, null, null, null], litigationAfterReview: [null, null, null, null, null] });
  });

  it("table 4 that two readings fit is left open with both named", () => {
    // 「11000111000」 + 「00000」: 1,1,0,0,2? no — choose a run with two valid readings of the first two groups.
    const r = importReport(crawled(t3({}), "1001110011000000"), "text");
    const d = r.diagnostics.find((x) => x.code === "cell-uncertain");
    if (d) {
      expect(d.candidates!.length).toBeGreaterThan(1);
      expect(d.cells!.every((p) => p.startsWith("/reviewAndLitigation/"))).toBe(true);
    } else {
      expect(r.summary.cellsUncertain).toBe(0);
    }
  });
});
