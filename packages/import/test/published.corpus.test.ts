import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { importReport } from "@ogi-report/import";
import { compareCells, findingKeys } from "./compare.js";
import { corpusCases, kindOf, readCorpus, readFixture } from "./corpus-files.js";

describe("every corpus report imports to its hand transcription", () => {
  for (const c of corpusCases) {
    describe(c.file, () => {
      const result = importReport(readCorpus(c.file), kindOf(c.file), { source: c.file });
      const fixtureText = readFixture(c.fixture);
      const fixture = parse(fixtureText) as { template: "2019" | "2021"; agency: string; year: number };

      it("detects the template and the year", () => {
        expect(result.template).toBe(fixture.template);
        expect(result.report.year).toBe(fixture.year);
        expect(fixture.agency.startsWith(String(result.report.agency).slice(0, 3))).toBe(true);
      });

      it("reads every cell as transcribed, or leaves it empty and says why", () => {
        const cmp = compareCells(result, fixture, fixture.template);
        expect(cmp.wrong).toEqual([]);
        expect(cmp.truthNotOffered).toEqual([]);
        expect(cmp.uncertain.length).toBe(c.uncertain);
        expect(result.summary.cellsUncertain).toBe(c.uncertain);
        expect(result.summary.tables).toBe(3);
      });

      it("writes YAML that parses to the report object", () => {
        expect(parse(result.yaml)).toEqual(result.report);
        expect(result.yaml.startsWith("# yaml-language-server: $schema=")).toBe(true);
      });

      it("checks with the published report's own defects and no others (but the cells it left open)", () => {
        const want = findingKeys(fixtureText);
        const open = compareCells(result, fixture, fixture.template).uncertain;
        // A defect on a cell left open cannot be found: the cell is reported open (cell-blank) instead.
        const onOpen = (k: string) => open.some((p) => k.endsWith(` ${p}`));
        expect(findingKeys(result.yaml)).toEqual([...want.filter((k) => !onOpen(k)), ...open.map((p) => `cell-blank ${p}`)].sort());
      });

      it("reports every figure it could not place with its place in the source", () => {
        for (const d of result.diagnostics) {
          expect(d.location.line).toBeGreaterThan(0);
          expect(d.location.column).toBeGreaterThan(0);
          if (kindOf(c.file) === "html" && d.code === "value-unplaced") expect(d.location.htmlPath).toBeTruthy();
        }
      });
    });
  }
});

describe("the known defects of the corpus are found", () => {
  it("006 / pingtan 2020: （七）总计 does not add up, in 自然人 and 总计 (the run-together text leaves those cells open)", () => {
    const keys = findingKeys(importReport(readCorpus("html/pingtan_2020.html"), "html").yaml).filter((k) => !k.startsWith("cell-blank /activeDisclosure"));
    expect(keys).toEqual(["t3-results-total /applications/results/total/0", "t3-results-total /applications/results/total/6"]);
    // Run together, a blank may hide in any row: the totals are open, said so, and not read as something else.
    const text = importReport(readCorpus("text/006_pingtan_2020.txt"), "text");
    const total = (text.report.applications as { results: { total: unknown[] } }).results.total;
    expect([total[0], total[6]]).toEqual([null, null]);
    expect(findingKeys(text.yaml)).toEqual(expect.arrayContaining(["cell-blank /applications/results/total/0", "cell-blank /applications/results/total/6"]));
  });

  it("010 / shanghai 2019: 135 blank cells stay blank (null), never zero", () => {
    for (const file of ["text/010_shanghai_office_2019.txt", "html/shanghai_office_2019.html"]) {
      const result = importReport(readCorpus(file), kindOf(file));
      expect(result.summary.blanks).toBe(135);
      expect(findingKeys(result.yaml).filter((k) => k.startsWith("cell-blank")).length).toBe(135);
      expect((result.report.applications as { results: { granted: unknown[] } }).results.granted).toEqual([258, 12, null, null, 1, 1, null]);
    }
  });

  it("008: the 总计 of 四、结转下年度继续办理 that the extraction lost is recovered from the identities", () => {
    const result = importReport(readCorpus("text/008_shanghai_stcsm_2024.md"), "text");
    expect((result.report.applications as { carriedForward: unknown[] }).carriedForward).toEqual([1, 0, 0, 0, 0, 0, 1]);
    const recovered = result.diagnostics.filter((d) => d.code === "cell-recovered");
    expect(recovered.map((d) => d.path)).toEqual(["/applications/carriedForward/6"]);
    expect(result.yaml).toMatch(/# 导入：原文缺失的单元格由勾稽关系补出（1）/);
    // the stray 「1」 of the extraction is reported, not placed
    expect(result.diagnostics.some((d) => d.code === "value-unplaced" && d.message.en.includes("figures 1 "))).toBe(true);
  });

  it("run-together rows that several splits fit are left open, the split without a hidden blank named first (001 予以公开 「330000033」)", () => {
    const result = importReport(readCorpus("text/001_pingtan_2025.txt"), "text");
    expect((result.report.applications as { results: { granted: unknown[] } }).results.granted).toEqual([null, null, null, null, null, null, null]);
    const d = result.diagnostics.find((x) => x.code === "cell-uncertain" && x.path === "/applications/results/granted");
    expect(d?.candidates?.slice(0, 2)).toEqual([["3", "30", "0", "0", "0", "0", "33"], ["33", "0", "0", "0", "0", "0", "33"]]);
    const r5 = importReport(readCorpus("text/005_pingtan_2021.txt"), "text");
    const open = r5.diagnostics.find((x) => x.code === "cell-uncertain" && x.path === "/applications/results/granted");
    expect(open?.candidates).toContainEqual(["27", "0", "0", "2", "0", "1", "30"]);
  });

  it("a table-2 row whose digits run together is left empty with its candidate splits named", () => {
    const result = importReport(readCorpus("text/001_pingtan_2025.txt"), "text");
    const d = result.diagnostics.find((x) => x.code === "cell-uncertain" && x.path === "/activeDisclosure/normativeDocuments");
    expect(d?.candidates).toContainEqual(["58", "45", "546"]);
    expect(d?.location.line).toBe(12);
    expect(result.yaml).toMatch(/normativeDocuments: +\{ issued: null, repealed: null, inForce: null \}/);
  });

  it("009: notes in cells are kept as notes; table 4's note is kept", () => {
    const result = importReport(readCorpus("text/009_shanghai_office_2025.md"), "text");
    expect(result.diagnostics.some((d) => d.code === "value-unplaced" && d.message.zh.includes("55（含自然失效29件）"))).toBe(true);
    expect((result.report.reviewAndLitigation as { note?: string }).note).toContain("含上年度结转");
  });

  it("headings: variants and typos are accepted, parts found in order, preamble kept apart", () => {
    const r2022 = importReport(readCorpus("html/pingtan_2022.html"), "html");
    expect(r2022.diagnostics.filter((d) => d.code === "heading-missing")).toEqual([]);
    const r001 = importReport(readCorpus("text/001_pingtan_2025.txt"), "text");
    expect(String(r001.report.preamble)).toMatch(/^本报告根据/);
    expect(String(r001.report.overview)).toMatch(/^2025年，平潭综合实验区/);
    expect(String(r001.report.otherMatters)).toBe("2025年，无收取信息处理费情况。\n");
    const r012 = importReport(readCorpus("text/012_fixture_hangzhou_style_2025.html"), "html");
    expect(String(r012.report.problems)).toMatch(/^对照新要求新任务/);
  });
});
