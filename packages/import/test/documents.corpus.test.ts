import { existsSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { TemplateId } from "@ogi-report/core";
import { importDocument } from "@ogi-report/import";
import { compareCells } from "./compare.js";
import { corpusCases, readFixture, repoRoot } from "./corpus-files.js";
import { convertWithLibreOffice, scratch } from "./office.js";

// The published pages, read in place (never copied into the repository), as an office would turn them into Word
// and then PDF with LibreOffice; every cell of both imports compared with the hand transcription.
const corpus = resolve(repoRoot, process.env.OGI_CORPUS ?? "../shared/corpus");
const pages = corpusCases.filter((c) => c.file.startsWith("html/"));

describe("corpus pages, HTML → DOCX → PDF by LibreOffice, import cell for cell", () => {
  const work = scratch("ogi-corpus-documents-");
  const out = (file: string, ext: string) => join(work.dir, basename(file).replace(/\.html$/, ext));
  beforeAll(() => {
    expect(existsSync(corpus), `the corpus (${corpus}; set OGI_CORPUS)`).toBe(true);
    convertWithLibreOffice(pages.map((c) => join(corpus, c.file)), "docx:MS Word 2007 XML", work.dir);
    convertWithLibreOffice(pages.map((c) => out(c.file, ".docx")), "pdf", work.dir);
  }, 600_000);
  afterAll(() => work.remove());

  for (const c of pages) {
    for (const kind of ["docx", "pdf"] as const) {
      it(`${c.file} as ${kind.toUpperCase()}: every cell as in fixtures/corpus/${c.fixture}.yaml`, async () => {
        const expected = parse(readFixture(c.fixture)) as { template: TemplateId };
        const result = await importDocument(new Uint8Array(readFileSync(out(c.file, `.${kind}`))), kind, {});
        const cmp = compareCells({ ...result, diagnostics: [] }, expected, expected.template);
        expect({ wrong: cmp.wrong, unread: cmp.uncertain }).toEqual({ wrong: [], unread: [] });
      });
    }
  }
});
