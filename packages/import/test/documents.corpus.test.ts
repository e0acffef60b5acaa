import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { TemplateId } from "@ogi-report/core";
import { importDocument } from "@ogi-report/import";
import { compareCells } from "./compare.js";
import { silentDifferences } from "./documents-loss.js";
import { corpusCases, readFixture } from "./corpus-files.js";
import { convertWithLibreOffice, scratch } from "./office.js";
import { corpusDir } from "../../../test/shared-data.js";

// The published pages, read in place (never copied into the repository), as an office would turn them into Word
// and then PDF with LibreOffice; every cell of both imports compared with the hand transcription.
// OGI_CORPUS (by default the corpus beside the repository); a clear failure when it is not there.
const corpus = corpusDir();
const pages = corpusCases.filter((c) => c.file.startsWith("html/"));

// The one page LibreOffice prints wider than the paper: its tables run past both edges, so some figures are not in
// the PDF at all. It cannot import exactly; every cell it does not read must be reported, none silently wrong.
const CUT_BY_PAGE_EDGE = "html/shanghai_office_2019.html";

describe("corpus pages, HTML → DOCX → PDF by LibreOffice, import cell for cell", () => {
  const work = scratch("ogi-corpus-documents-");
  const out = (file: string, ext: string) => join(work.dir, basename(file).replace(/\.html$/, ext));
  beforeAll(() => {
    expect(existsSync(corpus), `the corpus (${corpus}; set OGI_CORPUS)`).toBe(true);
    convertWithLibreOffice(pages.map((c) => join(corpus, c.file)), "docx:MS Word 2007 XML", work.dir);
    convertWithLibreOffice(pages.map((c) => out(c.file, ".docx")), "pdf", work.dir);
  }, 600_000);
  afterAll(() => work.remove());

  const sameCells = (c: (typeof pages)[number], kind: "docx" | "pdf") => async () => {
    const expected = parse(readFixture(c.fixture)) as { template: TemplateId };
    const result = await importDocument(new Uint8Array(readFileSync(out(c.file, `.${kind}`))), kind, {});
    const cmp = compareCells({ ...result, diagnostics: [] }, expected, expected.template);
    expect({ wrong: cmp.wrong, unread: cmp.uncertain }).toEqual({ wrong: [], unread: [] });
  };
  // Cells that differ from the transcription: each must be empty and named by a diagnostic (unsettled, or its row
  // not found), and the page edge must be reported.
  const everyLossReported = (c: (typeof pages)[number]) => async () => {
    const expected = parse(readFixture(c.fixture)) as { template: TemplateId };
    const result = await importDocument(new Uint8Array(readFileSync(out(c.file, ".pdf"))), "pdf", {});
    expect(silentDifferences(result, expected, expected.template)).toEqual([]);
    expect(compareCells({ ...result, diagnostics: [] }, expected, expected.template).wrong.length).toBeGreaterThan(0);
    expect(result.diagnostics.map((d) => d.code)).toContain("pdf-table-cut");
  };
  for (const c of pages) {
    it(`${c.file} as DOCX: every cell as in fixtures/corpus/${c.fixture}.yaml`, sameCells(c, "docx"));
    if (c.file === CUT_BY_PAGE_EDGE) it(`${c.file} as PDF: the tables run past the page's edge; every cell not read is reported, none wrong`, everyLossReported(c));
    else it(`${c.file} as PDF: every cell as in fixtures/corpus/${c.fixture}.yaml`, sameCells(c, "pdf"));
  }
});
