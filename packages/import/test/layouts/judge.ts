import { cellsOf, templates, type TemplateId } from "@ogi-report/core";
import { importReport, type ImportResult, type InputKind } from "@ogi-report/import";
import { at, compareCells } from "../compare.js";
import type { Report } from "./grid.js";

export interface Layout {
  name: string;
  kind: InputKind;
  /** Blank cells survive the flattening: the import owes the report itself. */
  exact: boolean;
  render(report: Report): string;
}

export interface Verdict {
  cells: number;
  /** Imported as certain and not what the report says, while the layout prints the two differently. */
  wrong: string[];
  /** Left open and reported (`cell-uncertain`, or absent with `row-missing`). */
  uncertain: string[];
  /** Derived from an identity where the source shows nothing, and reported as such (`cell-recovered`). */
  recovered: string[];
  /** Imported differently, but the layout prints the report and the import the same: no reader can tell. */
  indistinguishable: string[];
  /** Open cells whose true value the report's candidates leave out. */
  truthNotOffered: string[];
  result: ImportResult;
}

const setAt = (o: Report, path: (string | number)[], v: unknown) => {
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((x, k) => x[k] as Record<string | number, unknown>, o);
  parent[path[path.length - 1]!] = v;
};

/** Import a report printed in a layout and account for every cell. */
export function judge(layout: Layout, report: Report): Verdict {
  const template = report.template as TemplateId;
  const text = layout.render(report);
  const result = importReport(text, layout.kind);
  const cmp = compareCells(result, report, template);
  const recoveredPaths = new Set(result.diagnostics.filter((d) => d.code === "cell-recovered").map((d) => d.path));
  const wrongPointers = cmp.wrong.map((w) => w.slice(0, w.indexOf(":")));
  const recovered = wrongPointers.filter((p) => recoveredPaths.has(p));
  let wrong = wrongPointers.filter((p) => !recoveredPaths.has(p));
  let indistinguishable: string[] = [];
  if (wrong.length > 0) {
    // The import's reading, its open cells filled with the truth: printed the same, the difference is not in the text.
    const reading = structuredClone(report);
    const specs = new Map(cellsOf(templates[template]).map((c) => [c.pointer, c]));
    for (const p of wrong) setAt(reading, specs.get(p)!.path, at(result.report, specs.get(p)!.path));
    if (layout.render(reading) === text) [indistinguishable, wrong] = [wrong, []];
  }
  return { cells: cellsOf(templates[template]).length, wrong, uncertain: cmp.uncertain, recovered, indistinguishable, truthNotOffered: cmp.truthNotOffered, result };
}
