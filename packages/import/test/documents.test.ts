import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { TemplateId } from "@ogi-report/core";
import { importDocument } from "@ogi-report/import";
import { expectSameCells, repositoryReports } from "./same-cells.js";
import { silentDifferences } from "./documents-loss.js";
import { convertWithLibreOffice, filesIn, renderDocx, scratch } from "./office.js";

const reports = repositoryReports;

/** The one report whose tables leave many cells blank (2019 template). */
const BLANKS_REPORT = "010_shanghai_office_2019.yaml";

describe("Word and PDF: a report rendered by `ogi render --to docx`, and that file printed to PDF by LibreOffice, import back cell for cell", () => {
  const work = scratch("ogi-documents-");
  let docx: string[] = [];
  let pdf: string[] = [];
  beforeAll(() => {
    docx = reports.map((r) => renderDocx(r, work.dir));
    convertWithLibreOffice(docx, "pdf", work.dir);
    pdf = filesIn(work.dir, ".pdf");
  }, 300_000);
  afterAll(() => work.remove());

  it("every report renders to Word and to PDF", () => {
    expect(docx.length).toBe(reports.length);
    expect(pdf.map((p) => basename(p, ".pdf"))).toEqual(docx.map((d) => basename(d, ".docx")).sort());
  });

  it.each(reports.map((r) => [basename(r)]))("%s: DOCX", async (name) => {
    const yamlPath = reports.find((r) => basename(r) === name)!;
    const file = docx.find((d) => basename(d) === name.replace(/\.yaml$/, ".docx"))!;
    const result = await importDocument(new Uint8Array(readFileSync(file)), "docx", { source: file });
    expectSameCells(result, yamlPath);
  });

  const importPdf = async (name: string) => {
    const yamlPath = reports.find((r) => basename(r) === name)!;
    const file = pdf.find((d) => basename(d) === name.replace(/\.yaml$/, ".pdf"))!;
    const result = await importDocument(new Uint8Array(readFileSync(file)), "pdf", { source: file });
    expectSameCells(result, yamlPath);
  };
  it.each(reports.filter((r) => !r.endsWith(BLANKS_REPORT)).map((r) => [basename(r)]))("%s: PDF", importPdf);
  // Whole columns blank and table 4's narrow header cells wrapped into each other: the cells are the boxes the
  // table's borders draw, so a blank cell is an empty box, whatever the header above it prints.
  it(`${BLANKS_REPORT}: PDF, blank cells kept in their columns under a header that runs together`, () => importPdf(BLANKS_REPORT));
});

// The web page `ogi render --to html` writes, opened in LibreOffice, saved as Word and printed to PDF, as an office
// turns a published page into a file. LibreOffice prints these tables without their (CSS) borders and wider than
// the paper, so the PDF lacks the columns past its edge: every cell it cannot read must be reported, none wrong.
describe("a rendered web page, HTML → DOCX → PDF by LibreOffice: the Word file cell for cell, the PDF never silently wrong", () => {
  const work = scratch("ogi-documents-html-");
  const out = (r: string, ext: string) => join(work.dir, basename(r).replace(/\.yaml$/, ext));
  beforeAll(() => {
    const html = reports.map((r) => renderDocx(r, work.dir, "html"));
    convertWithLibreOffice(html, "docx:MS Word 2007 XML", work.dir);
    convertWithLibreOffice(reports.map((r) => out(r, ".docx")), "pdf", work.dir);
  }, 300_000);
  afterAll(() => work.remove());

  it.each(reports.map((r) => [basename(r)]))("%s", async (name) => {
    const yamlPath = reports.find((r) => basename(r) === name)!;
    const expected = parse(readFileSync(yamlPath, "utf8")) as { template: TemplateId };
    const docx = await importDocument(new Uint8Array(readFileSync(out(yamlPath, ".docx"))), "docx", {});
    expectSameCells(docx, yamlPath);
    const pdf = await importDocument(new Uint8Array(readFileSync(out(yamlPath, ".pdf"))), "pdf", {});
    expect({ file: name, silent: silentDifferences(pdf, expected, expected.template) }).toEqual({ file: name, silent: [] });
  });
});
