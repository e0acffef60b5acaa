import { describe, expect, it } from "vitest";
import { importReport } from "@ogi-report/import";

// A report mirrored through a zh-TW converter: every label in Traditional characters, 文件 written 檔案.
const text = `某某縣人民政府2023年政府信息公開工作年度報告
一、總體情況
全年公開信息若干條。
二、主動公開政府信息情況
第二十條第(一)項 | | |
信息內容 | 本年制發件數 | 本年廢止件數 | 現行有效件數 |
規章 | 0 | 0 | 0 |
行政規範性檔案 | 3 | 1 | 12 |
第二十條第(五)項 | |
信息內容 | 本年處理決定數量 |
行政許可 | 15 |
第二十條第(六)項 | |
信息內容 | 本年處理決定數量 |
行政處罰 | 7 |
行政強制 | 0 |
第二十條第(八)項 | |
信息內容 | 本年收費金額(單位:萬元) |
行政事業性收費 | 0 |
三、收到和處理政府信息公開申請情況
`;

describe("a report in Traditional characters", () => {
  it("its headings, labels and title are found: agency, year and table 2 read exactly", () => {
    const r = importReport(text, "text");
    expect([r.report.agency, r.report.year]).toEqual(["某某縣人民政府", 2023]);
    const a = r.report.activeDisclosure as Record<string, unknown>;
    expect(a).toMatchObject({ regulations: { issued: 0, repealed: 0, inForce: 0 }, normativeDocuments: { issued: 3, repealed: 1, inForce: 12 }, licensing: 15, penalty: 7, coercion: 0, fees: 0 });
  });
});
