import { describe, expect, it } from "vitest";
import { cellsOf, templates, type TemplateId } from "@ogi-report/core";
import { at, cellText } from "./compare.js";
import { allLayouts } from "./layouts/all-layouts.js";
import { reportWithBlanks } from "./layouts/reports.js";
import { randomReport } from "./render/random-report.js";
import { importReport } from "@ogi-report/import";

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
});
