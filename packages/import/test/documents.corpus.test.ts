import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { TemplateId } from "@ogi-report/core";
import { importDocument } from "@ogi-report/import";
import { compareCells } from "./compare.js";
import { corpusCases, readFixture } from "./corpus-files.js";
import { convertWithLibreOffice, scratch } from "./office.js";
import { corpusDir } from "../../../test/shared-data.js";

// The published pages, read in place (never copied into the repository), as an office would turn them into Word
// and then PDF with LibreOffice; every cell of both imports compared with the hand transcription.
// OGI_CORPUS (by default the corpus beside the repository); a clear failure when it is not there.
const corpus = corpusDir();
const pages = corpusCases.filter((c) => c.file.startsWith("html/"));

// Pages whose PDF (as LibreOffice prints the page's own table layout) does not yet import cell for cell. None of
// them gives a wrong figure now; they leave cells empty. Kept visible: a test here starts failing the day one of
// them reads right.
const PDF_GAPS = new Map([
  ["html/pingtan_2022.html", "group labels set one character a line split table-3 rows; their cells are left empty"],
  ["html/pingtan_2021.html", "figures at uneven offsets in a row; some printed zeros come out blank"],
  ["html/pingtan_2019.html", "the heading of part 三 right under table 2's last row joins that row"],
  ["html/shanghai_office_2019.html", "blank cells under a run-together header"],
]);

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
  for (const c of pages) {
    it(`${c.file} as DOCX: every cell as in fixtures/corpus/${c.fixture}.yaml`, sameCells(c, "docx"));
    if (PDF_GAPS.has(c.file)) it.fails(`${c.file} as PDF (known gap: ${PDF_GAPS.get(c.file)})`, sameCells(c, "pdf"));
    else it(`${c.file} as PDF: every cell as in fixtures/corpus/${c.fixture}.yaml`, sameCells(c, "pdf"));
  }
});
