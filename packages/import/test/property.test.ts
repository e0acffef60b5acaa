import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { allLayouts } from "./layouts/all-layouts.js";
import { judge } from "./layouts/judge.js";
import { reportWithBlanks } from "./layouts/reports.js";
import { randomReport } from "./render/random-report.js";

describe("property: import(layout(report)) is the report, or every difference is reported", () => {
  it("for any report and any layout of the generator", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("2021" as const, "2019" as const),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.constantFrom(0, 0.05, 0.2),
        fc.integer({ min: 0, max: allLayouts.length - 1 }),
        (template, seed, blanks, l) => {
          const layout = allLayouts[l]!;
          const report = blanks === 0 ? randomReport(template, seed) : reportWithBlanks(template, seed, blanks);
          const v = judge(layout, report);
          // Differences the text shows are reported (open cells, recovered cells), and so is every cell on which
          // two readings of the text differ: the import never picks one of them.
          expect({ layout: layout.name, wrong: v.wrong, indistinguishable: v.indistinguishable }).toEqual({ layout: layout.name, wrong: [], indistinguishable: [] });
          if (layout.exact) expect({ layout: layout.name, uncertain: v.uncertain, recovered: v.recovered }).toEqual({ layout: layout.name, uncertain: [], recovered: [] });
          // Nothing is absent from a whole document.
          expect(v.result.summary.absent).toBe(0);
        },
      ),
      { numRuns: 60, seed: 14 },
    );
  });
});
