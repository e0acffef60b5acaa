import { describe, expect, it } from "vitest";
import { importReport } from "@ogi-report/import";

const body = `<p>一、总体情况</p><p>本年度概述。</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p><p>四、政府信息公开行政复议和行政诉讼情况</p><p>五、政府信息公开工作存在的主要问题及改进情况</p><p>问题。</p><p>六、其他需要报告的事项</p><p>无。</p>`;

describe("agency, year, title and date come from the page's title and metadata, then from the text", () => {
  it("<meta name=ArticleTitle> and PubDate", () => {
    const r = importReport(`<html><head><meta name="ArticleTitle" content="某某县人民政府2023年政府信息公开工作年度报告"><meta name="PubDate" content="2024-01-30 09:00"><meta name="url" content="https://example.gov.cn/a.htm"></head><body>${body}</body></html>`, "html");
    expect(r.report).toMatchObject({ agency: "某某县人民政府", year: 2023, title: "某某县人民政府2023年政府信息公开工作年度报告", published: "2024-01-30", source: "https://example.gov.cn/a.htm" });
  });

  it.each([
    [
      "og:title, article:published_time and og:url in property attributes",
      '<meta property="og:title" content="某某市交通运输局2024年政府信息公开工作年度报告"><meta property="article:published_time" content="2025年1月20日"><meta property="og:url" content="https://example.gov.cn/b.htm">',
      { agency: "某某市交通运输局", year: 2024, published: "2025-01-20", source: "https://example.gov.cn/b.htm" },
    ],
    [
      "an archived page's comment with its title, date and address",
      "<!-- saved from archive | title: 某某区民政局2023年政府信息公开工作年度报告 | 发布日期：2024.1.5 | url: https://example.gov.cn/c.htm -->",
      { agency: "某某区民政局", year: 2023, published: "2024-01-05", source: "https://example.gov.cn/c.htm" },
    ],
    [
      "empty meta contents are passed over; the first date found stands",
      '<meta name="ArticleTitle" content=" "><meta name="PubDate" content="2024/02/03"><meta name="dc.date" content="2024-12-31"><title>某某镇人民政府2023年政府信息公开工作年度报告</title>',
      { agency: "某某镇人民政府", year: 2023, published: "2024-02-03" },
    ],
  ])("%s", (_what, head, expected) => {
    const r = importReport(`<html><head>${head}</head><body>${body}</body></html>`, "html");
    expect(r.report).toMatchObject(expected);
  });

  it("<title> with a site suffix; the year first (「2024年上海市科委…」)", () => {
    const r = importReport(`<html><head><title>2024年上海市科委政府信息公开工作年度报告_上海科技</title></head><body>${body}</body></html>`, "html");
    expect(r.report).toMatchObject({ agency: "上海市科委", year: 2024 });
  });

  it("a title split over two paragraphs of the page (「平潭综合实验区2020年」「政府信息公开工作年度报告」)", () => {
    const r = importReport(`<p>平潭综合实验区2020年</p><p>政府信息公开工作年度报告</p>${body}`, "html");
    expect(r.report).toMatchObject({ agency: "平潭综合实验区", year: 2020 });
    expect(r.report.preamble).toBeUndefined();
  });

  it("no title anywhere: the year from the statistics period, the agency reported unknown", () => {
    const r = importReport(`本报告所列数据统计期限为2022年1月1日至2022年12月31日。${body.replace(/<\/?p>/g, "\n")}`, "text");
    expect(r.report.year).toBe(2022);
    expect(r.report.agency).toBe("");
    expect(r.diagnostics.map((d) => d.code)).toContain("agency-unknown");
    expect(r.report.preamble).toBe("本报告所列数据统计期限为2022年1月1日至2022年12月31日。\n");
  });

  it("a title line without a year names the agency; the year comes from the text; a breadcrumb's kind of office names nobody", () => {
    const text = `首页 > 年报 > 街道办事处政府信息公开工作年度报告\n某某路街道办事处政府信息公开工作年度报告\n2020年度本街办未收到申请。\n${body.replace(/<\/?p>/g, "\n")}`;
    const r = importReport(text, "text");
    expect(r.report).toMatchObject({ agency: "某某路街道办事处", year: 2020 });
    const crumb = importReport(`首页 > 年报 > 街道办事处政府信息公开工作年度报告\n2020年度本街办未收到申请。\n${body.replace(/<\/?p>/g, "\n")}`, "text");
    expect(crumb.report.agency).toBe("");
  });

  it("options override what the document says", () => {
    const r = importReport(`<title>某某县2023年政府信息公开工作年度报告</title>${body}`, "html", { agency: "某某县人民政府办公室", year: 2023, template: "2021", source: "a.html" });
    expect(r.report).toMatchObject({ agency: "某某县人民政府办公室", year: 2023, template: "2021", source: "a.html" });
  });

  it("heading variants: 「四、…行政复议和行政诉讼情况」 and 「五、政府信息公开工作存在的主要问题…」", () => {
    const r = importReport(`<title>某某县2023年政府信息公开工作年度报告</title>${body}`, "html");
    expect(r.diagnostics.filter((d) => d.code === "heading-missing")).toEqual([]);
    expect(r.report.problems).toBe("问题。\n");
    expect(r.report.otherMatters).toBe("无。\n");
  });
});
