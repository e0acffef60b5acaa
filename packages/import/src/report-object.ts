import { cellsOf, templates } from "@ogi-report/core";
import type { ImportDiagnostic, ImportOptions, ImportResult } from "./types.js";
import { cellValue, writeYaml, type ReportDraft } from "./yaml-writer.js";

/** The report as a plain object: what the YAML reads back as. */
export function reportObject(d: ReportDraft): Record<string, unknown> {
  const report: Record<string, unknown> = { template: d.template.id, agency: d.agency, year: d.year ?? null };
  if (d.title) report.title = d.title;
  if (d.published) report.published = d.published;
  if (d.source) report.source = d.source;
  // Block scalars end with one line break: the object says what the YAML reads back as.
  const prose = (t: string) => (t ? `${t}\n` : "");
  if (d.preamble) report.preamble = prose(d.preamble);
  report.overview = prose(d.overview);
  const set = (path: (string | number)[], value: unknown) => {
    let o = report as Record<string | number, unknown>;
    for (const k of path.slice(0, -1)) o = (o[k] ??= typeof path[path.indexOf(k) + 1] === "number" ? [] : {}) as Record<string | number, unknown>;
    o[path[path.length - 1]!] = value;
  };
  for (const c of cellsOf(d.template)) set(c.path, cellValue(d.cells.get(c.pointer), c.kind));
  if (d.reviewNote) (report.reviewAndLitigation as Record<string, unknown>).note = d.reviewNote;
  report.problems = prose(d.problems);
  report.otherMatters = prose(d.otherMatters);
  return report;
}

export function emptyResult(options: ImportOptions, diagnostics: ImportDiagnostic[]): ImportResult {
  const template = templates[options.template ?? "2021"];
  const draft: ReportDraft = {
    template,
    agency: options.agency ?? "",
    year: options.year,
    overview: "",
    problems: "",
    otherMatters: "",
    cells: new Map(),
    kinds: new Map(cellsOf(template).map((c) => [c.pointer, c.kind])),
    rowComments: new Map(),
  };
  return {
    yaml: writeYaml(draft),
    report: reportObject(draft),
    template: template.id,
    diagnostics,
    summary: { tables: 0, cellsRead: 0, cellsUncertain: cellsOf(template).length, blanks: 0, absent: 0 },
    cellRanges: {},
  };
}
