import type { Highlight, Severity } from "@ogi-report/render";

export interface PointedProblem {
  path: string | undefined;
  severity: Severity;
  message: string;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Problems → the cells to mark in the preview, keyed by the finding's JSON Pointer (which is the cell's
 * `data-pointer`). Several findings on one cell: the worst severity shows, and every message is in the tooltip.
 */
export function highlightsOf(problems: readonly PointedProblem[]): Map<string, Highlight> {
  const out = new Map<string, Highlight>();
  for (const p of problems) {
    if (!p.path) continue;
    const seen = out.get(p.path);
    if (!seen) out.set(p.path, { severity: p.severity, message: p.message });
    else out.set(p.path, { severity: rank[p.severity] < rank[seen.severity] ? p.severity : seen.severity, message: `${seen.message}\n${p.message}` });
  }
  return out;
}
