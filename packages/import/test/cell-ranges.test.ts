import { describe, expect, it } from "vitest";
import { cellsOf, templates, type TemplateId } from "@ogi-report/core";
import { at, cellText } from "./compare.js";
import { allLayouts } from "./layouts/all-layouts.js";
import { reportWithBlanks } from "./layouts/reports.js";
import { randomReport } from "./render/random-report.js";
import { importReport } from "@ogi-report/import";
import { pipeRows } from "./layouts/text-layouts.js";

/** What a range of the source prints: tags dropped, full-width digits read as digits (padding is not the figure). */
const printed = (s: string) =>
  s
    .replace(/<[^>]*>/g, "")
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s/g, "");

describe("every cell read carries the range of its figure in the source", () => {
  for (const layout of allLayouts) {
    it(`${layout.name}: the source at each cell's range prints that cell's figure`, () => {
      for (const template of ["2021", "2019"] as TemplateId[]) {
        for (const report of [randomReport(template, 77), reportWithBlanks(template, 78)]) {
          const text = layout.render(report);
          const result = importReport(text, layout.kind);
          const read = cellsOf(templates[template]).filter((c) => result.cellRanges[c.pointer]);
          // A layout that shows every cell gives every cell a range.
          if (layout.exact) expect(read.length).toBe(cellsOf(templates[template]).length);
          const off = read
            .map((c) => ({ pointer: c.pointer, want: cellText(at(result.report, c.path)), range: result.cellRanges[c.pointer]! }))
            .filter((c) => printed(text.slice(c.range.start, c.range.end)) !== c.want.replace(/（.*）$/, ""))
            .map((c) => `${c.pointer}: ${JSON.stringify(text.slice(c.range.start, c.range.end))} for ${JSON.stringify(c.want)}`);
          expect({ template, off }).toEqual({ template, off: [] });
        }
      }
    });
  }

  it("an HTML page whose tables are paragraphs of text: each range is in the markup, not in the page's text", () => {
    for (const template of ["2021", "2019"] as TemplateId[]) {
      const report = randomReport(template, 79);
      const html = `<html><head><title>x</title></head><body>${pipeRows
        .render(report)
        .split("\n")
        .map((l) => `<p style="margin:0">${l.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
        .join("\n")}</body></html>`;
      const result = importReport(html, "html");
      const cells = cellsOf(templates[template]);
      expect(cells.filter((c) => !result.cellRanges[c.pointer])).toEqual([]);
      const off = cells.filter((c) => {
        const r = result.cellRanges[c.pointer]!;
        return printed(html.slice(r.start, r.end)) !== cellText(at(report, c.path));
      });
      expect({ template, off: off.map((c) => c.pointer) }).toEqual({ template, off: [] });
    }
  });
});
