import { describe, expect, it } from "vitest";
import { importReport } from "@ogi-report/import";
import { publishedPage } from "./published.js";

const page = (table2: string) => `<html><head><title>某某市人民政府办公厅2025年政府信息公开工作年度报告</title></head><body>
<p>一、总体情况</p><p>概述。</p><p>二、主动公开政府信息情况</p>
<table><tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年<br/>制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
${table2}
<tr><td colspan="4">第二十条第（五）项</td></tr><tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr><tr><td>行政许可</td><td colspan="3">０</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr><tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr><tr><td>行政处罚</td><td colspan="3">1,234</td></tr><tr><td>行政强制</td><td colspan="3">—</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr><tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr><tr><td>行政事业性收费</td><td colspan="3">4166.241619</td></tr></table>
<p>三、收到和处理政府信息公开申请情况</p><p>四、政府信息公开行政复议、行政诉讼情况</p><p>五、存在的主要问题及改进情况</p><p>问题。</p><p>六、其他需要报告的事项</p><p>无。</p></body></html>`;

describe("HTML cells as published", () => {
  const r = importReport(
    page(`<tr><td><p>规</p><p>章</p></td><td><span>2</span><span>2</span>（其中修订<span>16</span>件）</td><td>22</td><td>235</td></tr>
<tr><td>行政规范性<br/>文件</td><td>&nbsp;３４&nbsp;</td><td><p>55</p><p>（含自然失效29件）</p></td><td>\u3000189</td></tr>`),
    "html",
  );
  const t2 = r.report.activeDisclosure as Record<string, unknown>;

  it("a note beside a figure is kept as a note", () => {
    expect(t2.regulations).toEqual({ issued: { value: 22, note: "其中修订16件" }, repealed: 22, inForce: 235 });
    expect(t2.normativeDocuments).toEqual({ issued: 34, repealed: { value: 55, note: "含自然失效29件" }, inForce: 189 });
    expect(r.yaml).toContain('regulations:        { issued: { value: 22, note: "其中修订16件" }, repealed: 22, inForce: 235 }');
  });

  it("full-width digits, thousands separators and exact decimals; a dash is a blank, not a zero", () => {
    expect(t2.licensing).toBe(0);
    expect(t2.penalty).toBe(1234);
    expect(t2.coercion).toBeNull();
    expect(r.yaml).toMatch(/fees: +4166\.241619\n/);
    expect(r.summary.blanks).toBe(1);
  });

  it("tables that are missing are said to be missing, at the part that should hold them", () => {
    const missing = r.diagnostics.filter((d) => d.code === "row-missing").map((d) => d.path);
    expect(missing).toEqual(expect.arrayContaining(["/applications", "/reviewAndLitigation"]));
    expect(r.summary.tables).toBe(1);
  });
});

describe("a page laid out with a table around the article", () => {
  it("reads the report's tables inside the layout table as it reads them alone", () => {
    const html = publishedPage("001_pingtan_2025");
    const alone = importReport(html, "html");
    const wrapped = importReport(`<html><head><title>平潭综合实验区2025年度政府信息公开工作年度报告_门户网站</title></head><body><table><tr><td>导航</td></tr><tr><td>${html}</td></tr></table></body></html>`, "html");
    expect(wrapped.report.activeDisclosure).toEqual(alone.report.activeDisclosure);
    expect(wrapped.report.applications).toEqual(alone.report.applications);
    expect(wrapped.report.reviewAndLitigation).toEqual(alone.report.reviewAndLitigation);
    expect(wrapped.summary).toEqual(alone.summary);
  });
});
