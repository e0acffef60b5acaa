import { checkText, type CheckOptions } from "./check.js";
import type { Finding } from "./findings.js";

export interface PlainEdit {
  start: number;
  end: number;
  newText: string;
}

/** Apply edits that do not overlap (later ones that overlap an earlier one are skipped). */
export function applyEdits(text: string, edits: PlainEdit[]): { text: string; applied: number } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: PlainEdit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.start < lastEnd || (e.start === lastEnd && e.start === e.end && kept.length > 0 && kept[kept.length - 1]!.start === e.start)) continue;
    kept.push(e);
    lastEnd = e.end;
  }
  let out = text;
  for (let i = kept.length - 1; i >= 0; i--) {
    const e = kept[i]!;
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  }
  return { text: out, applied: kept.length };
}

export interface FixAllResult {
  text: string;
  /** Number of fixes applied over all passes. */
  applied: number;
  findings: Finding[];
}

/** Apply every safe fix, re-check, repeat until nothing safe is left (bounded). Comments and layout stay. */
export function fixAll(text: string, options: CheckOptions = {}, maxPasses = 5): FixAllResult {
  let current = text;
  let applied = 0;
  let findings = checkText(current, options).findings;
  for (let pass = 0; pass < maxPasses; pass++) {
    const edits = findings.flatMap((f) => f.fixes.filter((x) => x.safe).slice(0, 1).flatMap((x) => x.edits));
    if (edits.length === 0) break;
    const result = applyEdits(current, edits);
    if (result.applied === 0 || result.text === current) break;
    current = result.text;
    applied += result.applied;
    findings = checkText(current, options).findings;
  }
  return { text: current, applied, findings };
}
