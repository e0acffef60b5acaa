import { cellsOf, checkText, templates, type TemplateId } from "@ogi-report/core";
import type { ImportResult } from "@ogi-report/import";

export const at = (o: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>((x, k) => (x == null ? undefined : (x as Record<string | number, unknown>)[k]), o);

/** How a cell value prints in a candidate list: 「55（含自然失效29件）」, 「73802895.90元」. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") {
    const { value, note } = v as { value: unknown; note?: string };
    return `${String(value)}${note ? `（${note}）` : ""}`;
  }
  return String(v);
}

export interface CellComparison {
  /** Pointers whose imported value differs from the oracle while the import claimed certainty. */
  wrong: string[];
  /** Pointers left null as uncertain. */
  uncertain: string[];
  /** Uncertain cells whose true value is not among the candidates the import reported. */
  truthNotOffered: string[];
}

/** Compare every cell of an import with an oracle report (a fixture, or the figures a renderer used). */
export function compareCells(result: ImportResult, expected: unknown, template: TemplateId): CellComparison {
  const out: CellComparison = { wrong: [], uncertain: [], truthNotOffered: [] };
  const uncertainDiagnostics = result.diagnostics.filter((d) => d.code === "cell-uncertain");
  for (const cell of cellsOf(templates[template])) {
    const want = at(expected, cell.path);
    const got = at(result.report, cell.path);
    if (JSON.stringify(want) === JSON.stringify(got)) continue;
    const diag = uncertainDiagnostics.find((d) => d.cells?.includes(cell.pointer));
    if (got === null && diag) {
      out.uncertain.push(cell.pointer);
      // Which position in the reported candidate rows is this cell?
      const index = diag.cells!.indexOf(cell.pointer);
      const offered = (diag.candidates ?? []).some((c) => c[index] === cellText(want) || c[index] === "?");
      if (!offered && (diag.candidates?.length ?? 0) < 50) out.truthNotOffered.push(cell.pointer);
      continue;
    }
    out.wrong.push(`${cell.pointer}: expected ${JSON.stringify(want)}, imported ${JSON.stringify(got)}`);
  }
  return out;
}

/** Findings as `rule path`, leaving out the prose checks (the fixtures' prose is a summary, not the text). */
export function findingKeys(yaml: string): string[] {
  return checkText(yaml)
    .findings.filter((f) => f.ruleId !== "text-figure")
    .map((f) => `${f.ruleId} ${f.path}`)
    .sort();
}
