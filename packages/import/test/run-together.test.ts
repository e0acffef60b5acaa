import { afterAll, describe, expect, it } from "vitest";
import type { TemplateId } from "@ogi-report/core";
import { judge } from "./layouts/judge.js";
import { reportWithBlanks } from "./layouts/reports.js";
import { runTogether } from "./layouts/text-layouts.js";

// Run-together text shows no blank cell: a published blank leaves no trace, so every reading that the digits
// and the identities allow must survive, and the cells the readings disagree on stay open. 200 random reports
// per template (8% of the cells of tables 3 and 4 blank), in batches that each fit a test's time.
const RUNS = Number(process.env.OGI_RUN_TOGETHER_RUNS ?? 200);
const BATCH = 25;
const tally = new Map<TemplateId, { reports: number; cells: number; open: number }>();

describe("cells run together with published blanks: every reading the text and the identities allow is kept", () => {
  for (const template of ["2021", "2019"] as TemplateId[]) {
    for (let first = 1; first <= RUNS; first += BATCH) {
      const last = Math.min(RUNS, first + BATCH - 1);
      it(`${template}: random reports ${first}–${last}, no cell silently wrong`, { timeout: 180_000 }, () => {
        const wrong: string[] = [];
        const t = tally.get(template) ?? { reports: 0, cells: 0, open: 0 };
        for (let n = first; n <= last; n++) {
          const seed = n * 7919;
          const v = judge({ ...runTogether, kind: "text" }, reportWithBlanks(template, seed));
          t.reports++;
          t.cells += v.cells;
          t.open += v.uncertain.length;
          const offered = (p: string) => v.result.diagnostics.some((d) => d.code === "cell-uncertain" && d.cells?.includes(p) && (d.candidates?.length ?? 0) > 0);
          for (const w of v.wrong) wrong.push(`seed ${seed}: imported wrong ${w}`);
          // One reading picked among several: the import prints as the report does, yet differs from it.
          for (const w of v.indistinguishable) wrong.push(`seed ${seed}: one reading of several picked ${w}`);
          // Candidates named that leave the true figure out (a row too short to read names none: nothing left out).
          for (const w of v.truthNotOffered.filter(offered)) wrong.push(`seed ${seed}: truth not among the candidates ${w}`);
        }
        tally.set(template, t);
        expect(wrong).toEqual([]);
      });
    }
  }
  afterAll(() => {
    for (const [template, t] of tally) console.log(`run together, ${template}: ${t.reports} reports, ${t.cells} cells, ${t.open} open (${((100 * t.open) / t.cells).toFixed(1)}%)`);
  });
});
