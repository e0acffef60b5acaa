import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { importReport } from "@ogi-report/import";
import { corpusDir, readCorpus } from "./corpus-files.js";

const codes = (r: ReturnType<typeof importReport>) => r.diagnostics.map((d) => d.code);

describe("truncated published pages and texts: a clear diagnostic, never an exception", () => {
  it("the corpus is there (set OGI_CORPUS to its folder)", () => expect(existsSync(corpusDir)).toBe(true));

  it("a page cut off in the middle of table 3 says which rows and tables are missing", () => {
    const html = readCorpus("html/pingtan_2025.html");
    const cut = html.slice(0, html.indexOf("补正后申请内容仍不明确"));
    const r = importReport(cut, "html");
    expect(codes(r)).toContain("row-missing");
    expect(r.diagnostics.some((d) => d.code === "row-missing" && d.path === "/applications/results/total")).toBe(true);
    expect(r.diagnostics.some((d) => d.code === "row-missing" && d.path === "/reviewAndLitigation")).toBe(true);
    expect(codes(r)).toContain("heading-missing");
    expect(() => parse(r.yaml)).not.toThrow();
  });

  it("every prefix of a crawled text imports without an exception", () => {
    const text = readCorpus("text/001_pingtan_2025.txt");
    for (let n = 0; n <= text.length; n += 97) {
      const r = importReport(text.slice(0, n), "text");
      expect(() => parse(r.yaml)).not.toThrow();
      expect(r.summary.cellsRead + r.summary.cellsUncertain).toBe(200);
    }
  });

  it("truncated text names the missing parts and rows with a place in the source", () => {
    const text = readCorpus("text/011_fujian_hrss_2025.txt");
    const r = importReport(text.slice(0, text.indexOf("(七)总计")), "text");
    const missing = r.diagnostics.filter((d) => d.code === "row-missing" || d.code === "heading-missing");
    expect(missing.length).toBeGreaterThan(3);
    for (const d of missing) expect(d.location.line).toBeGreaterThan(0);
  });
});
