import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { importReport } from "@ogi-report/import";
import { crawledText, publishedPage } from "./published.js";

const codes = (r: ReturnType<typeof importReport>) => r.diagnostics.map((d) => d.code);

describe("malformed HTML and truncated text: a clear diagnostic, never an exception", () => {
  const broken: Record<string, string> = {
    empty: "",
    "not html at all": "just some words",
    "unclosed tags": "<div><p>一、总体情况<p>概述<table><tr><td>规章<td>0<td>0",
    "eof in tag": "<html><body><p>二、主动公开政府信息情况</p><table><tr><td colspan=",
    "absurd spans": `<table><tr><td rowspan="999999" colspan="-3">一、本年新收政府信息公开申请数量</td><td colspan="abc">1</td></tr></table>`,
    "nested tables": "<table><tr><td><table><tr><td>行政许可</td><td>5</td></tr></table></td></tr></table>",
    "binary junk": "\u0000\u0001\u0002<\u0000table>\uffff\ud800",
  };
  for (const [name, html] of Object.entries(broken)) {
    it(`${name}`, () => {
      const r = importReport(html, "html");
      expect(r.diagnostics.length).toBeGreaterThan(0);
      expect(() => parse(r.yaml)).not.toThrow();
      expect(r.summary.cellsRead + r.summary.cellsUncertain).toBe(200);
    });
  }

  it("a page cut off in the middle of table 3 says which rows and tables are missing", () => {
    const html = publishedPage("001_pingtan_2025");
    const cut = html.slice(0, html.indexOf("补正后申请内容仍不明确"));
    const r = importReport(cut, "html");
    expect(codes(r)).toContain("row-missing");
    expect(r.diagnostics.some((d) => d.code === "row-missing" && d.path === "/applications/results/total")).toBe(true);
    expect(r.diagnostics.some((d) => d.code === "row-missing" && d.path === "/reviewAndLitigation")).toBe(true);
    expect(codes(r)).toContain("heading-missing");
    expect(() => parse(r.yaml)).not.toThrow();
  });

  it("every prefix of a crawled text imports without an exception", () => {
    const text = crawledText("001_pingtan_2025");
    for (let n = 0; n <= text.length; n += 97) {
      const r = importReport(text.slice(0, n), "text");
      expect(() => parse(r.yaml)).not.toThrow();
      expect(r.summary.cellsRead + r.summary.cellsUncertain).toBe(200);
    }
  });

  it("truncated text names the missing parts and rows with a place in the source", () => {
    const text = crawledText("011_fujian_hrss_2025");
    const cut = text.indexOf("（七）总计");
    expect(cut).toBeGreaterThan(0);
    const r = importReport(text.slice(0, cut), "text");
    const missing = r.diagnostics.filter((d) => d.code === "row-missing" || d.code === "heading-missing");
    expect(missing.length).toBeGreaterThan(3);
    for (const d of missing) expect(d.location.line).toBeGreaterThan(0);
  });
});
