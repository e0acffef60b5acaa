import { describe, expect, it } from "vitest";
import { checkText } from "@ogi-report/core";
import { importReport } from "@ogi-report/import";
import { compareCells } from "./compare.js";
import { cellLinesPipe, pipeRows, spaceRows, tabRows, type TextLayout } from "./layouts/text-layouts.js";
import { randomReport } from "./render/random-report.js";

/** Every cut of a text: at the end of each line of the tables, inside each figure of two or more digits, and after each item number. */
function cuts(text: string): number[] {
  const tablesStart = text.indexOf("二、主动公开政府信息情况");
  const tablesEnd = text.indexOf("五、存在的主要问题及改进情况");
  const out: number[] = [];
  for (let i = text.indexOf("\n", tablesStart); i !== -1 && i < tablesEnd; i = text.indexOf("\n", i + 1)) out.push(i);
  for (const m of text.slice(tablesStart, tablesEnd).matchAll(/\d{2,}/g)) out.push(tablesStart + m.index + 1);
  // Right after the item number of a label (「…0 |\n3.」): a point that may start a label or a decimal.
  for (const m of text.slice(tablesStart, tablesEnd).matchAll(/\d\.(?=\D)/g)) out.push(tablesStart + m.index + 2);
  return out;
}

describe("a text cut anywhere inside its tables: every cell right, open, or absent — never a wrong figure", () => {
  const report = randomReport("2021", 4242);
  for (const layout of [pipeRows, tabRows, cellLinesPipe, spaceRows] as TextLayout[]) {
    it(layout.name, () => {
      const text = layout.render(report);
      const points = cuts(text);
      expect(points.length).toBeGreaterThan(60);
      for (const n of points) {
        const cut = text.slice(0, n);
        const result = importReport(cut, "text");
        const cmp = compareCells(result, report, "2021");
        // A cell the cut leaves out is null and reported (absent, or open); a figure is never shortened.
        expect({ n, tail: cut.slice(-12), wrong: cmp.wrong.filter((w) => !w.endsWith("imported null")) }).toEqual({ n, tail: cut.slice(-12), wrong: [] });
        const nulls = cmp.wrong.map((w) => w.slice(0, w.indexOf(":")));
        const marked = new Set(checkText(result.yaml, { locale: "en" }).findings.filter((f) => f.ruleId === "cell-blank" && !/write 0/.test(f.message)).map((f) => f.path));
        expect({ n, unmarked: nulls.filter((p) => !marked.has(p)) }).toEqual({ n, unmarked: [] });
      }
    });
  }
});
