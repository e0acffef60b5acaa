import type { RuleContext } from "../rules/types.js";
import { pairOf } from "../yaml/tree.js";
import { isLoaded, type LoadFailure, type OtherReport } from "./load.js";
import type { Text } from "../templates/types.js";

export function loadFailureText(f: LoadFailure): Text {
  switch (f.problem) {
    case "missing":
      return { zh: `找不到文件 ${f.path}`, en: `file not found: ${f.path}` };
    case "unreadable":
      return { zh: `无法读取文件 ${f.path}`, en: `cannot read ${f.path}` };
    case "not-a-report":
      return { zh: `${f.path} 不是可读取的年度报告（YAML 有误或缺少 template）`, en: `${f.path} is not a readable report (bad YAML or no template)` };
  }
}

/** Last year's report: `ogi check --previous` wins over the document's own `previous:`. */
export function previousReport(ctx: RuleContext): { report?: OtherReport; failure?: LoadFailure; at: string } | undefined {
  const docs = ctx.documents;
  if (!docs) return undefined;
  const declared = pairOf(ctx.root, "previous")?.value;
  const rel = docs.previousOverride ?? (declared?.kind === "scalar" && typeof declared.value === "string" ? declared.value : undefined);
  if (!rel) return undefined;
  const path = docs.previousOverride ? docs.previousOverride : docs.resolve(rel);
  const loaded = docs.load(path);
  return isLoaded(loaded) ? { report: loaded, at: "/previous" } : { failure: loaded, at: "/previous" };
}

/** Last year's report only when it is for the year before this one (year-carry-over reports the mismatch). */
export function previousYearReport(ctx: RuleContext): OtherReport | undefined {
  const other = previousReport(ctx)?.report;
  const y = pairOf(ctx.root, "year")?.value;
  const year = y?.kind === "scalar" && typeof y.value === "number" ? y.value : undefined;
  if (!other || (year !== undefined && other.year !== undefined && other.year !== year - 1)) return undefined;
  return other;
}

export function otherRange(other: OtherReport, pointer: string) {
  const cell = other.cells.get(pointer);
  if (!cell || cell.state === "missing") return other.lines.range(0, 0);
  return other.lines.range(cell.node.start, cell.node.end);
}

export function okValue(cells: ReadonlyMap<string, { state: string; value?: number }>, pointer: string): number | undefined {
  const c = cells.get(pointer);
  return c && c.state === "ok" ? c.value : undefined;
}
