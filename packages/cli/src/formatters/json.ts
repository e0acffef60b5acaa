import type { Finding } from "@ogi-report/core";
import { displayPath } from "./paths.js";
import type { Formatter } from "./types.js";

/**
 * The JSON contract of DESIGN.md, field for field and in that order; `fixes` is the one addition it allows.
 * Related locations keep path, range and role, as the contract says, plus `file` when in another report.
 */
export const json: Formatter = ({ results, summary, cwd }) => {
  const out = {
    files: results.map((r) => ({ file: r.display, findings: r.findings.map((f) => findingJson(f, cwd)) })),
    summary,
  };
  return { output: JSON.stringify(out, null, 2) + "\n" };
};

export function findingJson(f: Finding, cwd: string) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    path: f.path,
    range: f.range,
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.actual !== undefined ? { actual: f.actual } : {}),
    // `file` only for a location in another report (last year's, a unit's), relative to the working folder.
    related: f.related.map((r) => ({ ...(r.file !== undefined ? { file: displayPath(r.file, cwd) } : {}), path: r.path, range: r.range, role: r.role })),
    fixes: f.fixes.map((x) => ({ title: x.title, safe: x.safe, edits: x.edits.map((e) => ({ start: e.start, end: e.end, range: e.range, newText: e.newText })) })),
  };
}
