import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cellsOf, checkText, templates, type TemplateId } from "@ogi-report/core";
import { importReport } from "@ogi-report/import";
import { at } from "./compare.js";
import { repoRoot } from "./corpus-files.js";

interface Page {
  agency: string;
  year: number;
  template: TemplateId;
  rows: Record<string, unknown>;
  open?: string;
  /** Cells whose figure the end of the stored page runs into: printed, but not trusted (null, reported as cut). */
  cut?: string[];
  /** Why the importer does not read this page yet: the test is an expected failure, its reason in its title. */
  fails?: string;
}

const dir = join(repoRoot, "fixtures/pages");
const pages = Object.entries(JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Record<string, Page>).filter(([k]) => !k.startsWith("_"));

describe("published pages cut by a crawler: visible figures exact, the cut-off rest absent", () => {
  it("has 43 pages, 25 of them cut after some table figures", () => {
    expect(pages.length).toBeGreaterThanOrEqual(43);
    expect(pages.filter(([, p]) => Object.keys(p.rows).length > 0).length).toBeGreaterThanOrEqual(25);
  });
  for (const [file, page] of pages) {
    (page.fails ? it.fails : it)(page.fails ? `${file} — EXPECTED TO FAIL: ${page.fails}` : file, () => {
      const r = importReport(readFileSync(join(dir, file), "utf8"), "text");
      expect([r.template, r.report.agency, r.report.year]).toEqual([page.template, page.agency, page.year]);
      const shown = new Set<string>();
      for (const [row, want] of Object.entries(page.rows)) {
        const path = row.slice(1).split("/");
        expect({ row, got: at(r.report, path) }).toEqual({ row, got: want });
        for (const c of cellsOf(templates[page.template])) if (c.pointer === row || c.pointer.startsWith(`${row}/`)) shown.add(c.pointer);
      }
      // Everything else is null, and the checker says why: not in the source, or not settled.
      for (const c of cellsOf(templates[page.template])) {
        if (shown.has(c.pointer)) continue;
        expect({ cell: c.pointer, got: at(r.report, c.path) }).toEqual({ cell: c.pointer, got: null });
      }
      if (!page.open) expect(r.summary.cellsUncertain).toBe(r.summary.absent + (page.cut?.length ?? 0));
      for (const cell of page.cut ?? []) {
        const said = r.diagnostics.find((d) => d.code === "cell-uncertain" && d.cells?.includes(cell));
        expect({ cell, said: said?.message.en }).toEqual({ cell, said: expect.stringMatching(/has nothing after it and may be cut/) });
      }
      // "write 0" is for the blanks the page itself prints, nowhere else.
      const printedBlanks = new Set(cellsOf(templates[page.template]).filter((c) => shown.has(c.pointer) && at(r.report, c.path) === null).map((c) => c.pointer));
      expect(checkText(r.yaml, { locale: "en" }).findings.filter((f) => /write 0/.test(f.message) && !printedBlanks.has(f.path))).toEqual([]);
    });
  }
});

// A township page whose tables print every label but only one figure, a 「0」 on its own line under 「规章」: a
// cell a line cannot show which of the row's three cells it is, nor whether the other rows' cells are blank or
// lost. The page lacks that information, so every cell must be reported, none silently empty, and the 「0」
// offered in each place it can stand rather than dropped as a stray figure.
describe("a page that prints labels and a lone 「0」 (03_hebei_xiongxian_township_2019)", () => {
  const file = "03_hebei_xiongxian_township_2019.txt";
  const r = importReport(readFileSync(join(dir, file), "utf8"), "text");
  const named = (pointer: string) => r.diagnostics.filter((d) => d.cells?.includes(pointer) || (d.code === "row-missing" && d.path !== undefined && pointer.startsWith(`${d.path}/`)));

  it("reports every cell it leaves empty: unsettled where the page prints the row, not found where it does not", () => {
    const silent = cellsOf(templates["2019"]).filter((c) => at(r.report, c.path) === null && named(c.pointer).length === 0).map((c) => c.pointer);
    expect(silent).toEqual([]);
    for (const c of cellsOf(templates["2019"]).filter((c) => c.table !== "reviewAndLitigation")) {
      expect({ cell: c.pointer, codes: named(c.pointer).map((d) => d.code) }).toEqual({ cell: c.pointer, codes: ["cell-uncertain"] });
    }
  });

  it("offers the 「0」 in each of 「规章」's three cells, and drops no figure", () => {
    const d = r.diagnostics.find((x) => x.code === "cell-uncertain" && x.path === "/activeDisclosure/regulations");
    expect(d?.candidates?.map((c) => c.join("|")).sort()).toEqual(["0||", "|0|", "||0"]);
    expect(r.diagnostics.filter((x) => x.code === "value-unplaced")).toEqual([]);
  });

  it("does not call tables 2 and 3 missing: they print every row label", () => {
    expect(r.diagnostics.filter((x) => x.code === "row-missing" && (x.path === "/activeDisclosure" || x.path === "/applications"))).toEqual([]);
  });
});
