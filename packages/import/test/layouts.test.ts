import { describe, expect, it } from "vitest";
import type { TemplateId } from "@ogi-report/core";
import { randomReport } from "./render/random-report.js";
import { allLayouts } from "./layouts/all-layouts.js";
import { judge } from "./layouts/judge.js";
import { reportWithBlanks } from "./layouts/reports.js";

const TEMPLATES: TemplateId[] = ["2021", "2019"];
const SEEDS = [11, 2027, 40961];

describe("every layout of the generator imports to the report, or says what it cannot tell", () => {
  for (const layout of allLayouts) {
    it(`${layout.name}: every cell as printed (no blank cells)`, () => {
      for (const template of TEMPLATES) {
        for (const seed of SEEDS) {
          const v = judge(layout, randomReport(template, seed));
          expect({ seed, template, wrong: v.wrong, indistinguishable: v.indistinguishable, truthNotOffered: v.truthNotOffered }).toEqual({ seed, template, wrong: [], indistinguishable: [], truthNotOffered: [] });
          // Only run-together text has rows that several splits fit (table 2 has no identity to settle them).
          if (!layout.name.includes("run together")) expect({ seed, template, uncertain: v.uncertain }).toEqual({ seed, template, uncertain: [] });
        }
      }
    });

    // A layout that cannot show a blank cell prints some reports exactly as it prints others: the import keeps
    // every reading the text and the identities allow, and leaves open each cell they disagree on.
    it(`${layout.name}: with published blank cells — ${layout.exact ? "kept blank, nothing shifted" : "every cell the layout hides is reported open, none silently wrong"}`, () => {
      for (const template of TEMPLATES) {
        for (const seed of SEEDS) {
          const report = reportWithBlanks(template, seed);
          const v = judge(layout, report);
          // Never one reading picked where the text allows several: that is a silently wrong cell too.
          expect({ seed, template, wrong: v.wrong, indistinguishable: v.indistinguishable }).toEqual({ seed, template, wrong: [], indistinguishable: [] });
          if (layout.exact) expect({ seed, template, uncertain: v.uncertain, indistinguishable: v.indistinguishable, truthNotOffered: v.truthNotOffered }).toEqual({ seed, template, uncertain: [], indistinguishable: [], truthNotOffered: [] });
        }
      }
    });
  }
});
