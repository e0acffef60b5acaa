import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDocument } from "@ogi-report/import";
import { parse } from "yaml";
import type { TemplateId } from "@ogi-report/core";
import { silentDifferences } from "./documents-loss.js";
import { NO_LINE_LAYOUTS, printWithoutLines, WRAPPED_FIGURES } from "./no-lines.js";
import { scratch } from "./office.js";
import { expectSameCells, repositoryReports } from "./same-cells.js";

// A PDF whose tables are drawn without any lines is read by the x/y positions of its text runs alone: columns
// from the figures' and the headers' positions, a label wrapped over several lines (a group label set one
// character a line beside the rows it spans) joined back. Every report of the repository, in every layout,
// must import cell for cell.
describe("PDF tables drawn without lines (a web page printed by Chromium) import cell for cell", () => {
  const work = scratch("ogi-no-lines-");
  let pdfs = new Map<string, Map<string, string>>();
  beforeAll(async () => {
    pdfs = await printWithoutLines(repositoryReports, work.dir);
  }, 300_000);
  afterAll(() => work.remove());

  const cases = Object.keys(NO_LINE_LAYOUTS).flatMap((layout) => repositoryReports.map((r) => [layout, basename(r), r] as const));
  const exact = cases.filter(([layout]) => layout !== WRAPPED_FIGURES);
  it.each(exact)("%s: %s", async (layout, _name, report) => {
    const file = pdfs.get(layout)!.get(report)!;
    const result = await importDocument(new Uint8Array(readFileSync(file)), "pdf", { source: file });
    expectSameCells(result, report);
  });

  // A figure wrapped inside its cell (「1361」 over 「2」, the row's other figures centred between): which row each
  // piece belongs to the layout does not show. The rows beside it are reported, never filled with a cut figure.
  it.each(cases.filter(([layout]) => layout === WRAPPED_FIGURES))("%s: %s — every cell it cannot read reported, none wrong", async (layout, name, report) => {
    const file = pdfs.get(layout)!.get(report)!;
    const result = await importDocument(new Uint8Array(readFileSync(file)), "pdf", { source: file });
    const expected = parse(readFileSync(report, "utf8")) as { template: TemplateId };
    expect({ name, silent: silentDifferences(result, expected, expected.template) }).toEqual({ name, silent: [] });
  });
});
