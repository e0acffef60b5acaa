import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { importReport } from "@ogi-report/import";


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
});
