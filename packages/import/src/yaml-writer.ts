import { IMPORT_STYLE, SCHEMA_ID, writeReportYaml, yamlString, type CellKind, type ProseKey, type Template } from "@ogi-report/core";
import type { CellOutcome } from "./resolve.js";

export interface ReportDraft {
  template: Template;
  agency: string;
  year: number | undefined;
  title?: string;
  published?: string;
  source?: string;
  preamble?: string;
  overview: string;
  problems: string;
  otherMatters: string;
  reviewNote?: string;
  cells: Map<string, CellOutcome>;
  kinds: Map<string, CellKind>;
  /** Comments to print above a row: why its cells are empty, or how one was recovered. */
  rowComments: Map<string, string[]>;
  schema?: string;
}

/** A cell as YAML: the figure as printed, `{ value, note }` with a note, null when blank or unsettled. */
export function cellYaml(o: CellOutcome | undefined, kind: CellKind): string {
  if (!o || o.state !== "value") return "null";
  let v: string;
  if (kind === "amountText") v = o.unit ? JSON.stringify(o.digits + o.unit) : o.digits;
  else v = o.digits;
  return o.note ? `{ value: ${v}, note: ${JSON.stringify(o.note)} }` : v;
}

/** The value a cell has in the plain report object. */
export function cellValue(o: CellOutcome | undefined, kind: CellKind): unknown {
  if (!o || o.state !== "value") return null;
  const v = kind === "amountText" ? (o.unit ? o.digits + o.unit : Number(o.digits)) : Number(o.digits);
  return o.note ? { value: v, note: o.note } : v;
}

/**
 * 「# ogi-absent: 3, 4 -- …」 above a row: those of its cells are not in the source (a row never printed, cells
 * after the end of a cut input); 「# ogi-unsettled: 2 -- …」: printed, but the import could not tell their value.
 * The checker then says so instead of asking for a 0. No list: the whole row.
 */
const MARKS = [
  { state: "absent", mark: "ogi-absent", why: "原文中没有，请按原报告填写 / not in the source" },
  { state: "uncertain", mark: "ogi-unsettled", why: "导入时无法确定，请按原报告填写 / not settled by the import" },
] as const;

function cellMarks(d: ReportDraft, rowPointer: string): string[] {
  const out: string[] = [];
  for (const { state, mark, why } of MARKS) {
    const keys: string[] = [];
    let all = true;
    for (const [pointer, o] of d.cells) {
      if (pointer !== rowPointer && !pointer.startsWith(`${rowPointer}/`)) continue;
      if (o.state === state) keys.push(pointer.slice(rowPointer.length + 1));
      else all = false;
    }
    if (keys.length > 0) out.push(`${mark}${all ? "" : `: ${keys.join(", ")}`} -- ${why}`);
  }
  return out;
}

/** The draft in the canonical layout, as core writes it for every report (the import's face of it: its comments). */
export function writeYaml(d: ReportDraft): string {
  const fields: [string, string][] = [
    ["agency", yamlString(d.agency)],
    ["year", String(d.year ?? "null")],
  ];
  if (d.title) fields.push(["title", yamlString(d.title)]);
  if (d.published) fields.push(["published", `"${d.published}"`]);
  if (d.source) fields.push(["source", yamlString(d.source)]);
  const prose: Record<ProseKey, string | undefined> = { preamble: d.preamble, overview: d.overview, problems: d.problems, otherMatters: d.otherMatters };
  return writeReportYaml({
    template: d.template,
    style: IMPORT_STYLE,
    head: [`yaml-language-server: $schema=${d.schema ?? SCHEMA_ID}`],
    fields,
    prose: (key) => prose[key],
    cell: ({ pointer, kind }) => cellYaml(d.cells.get(pointer), kind),
    rowComments: (pointer) => [...(d.rowComments.get(pointer) ?? []), ...cellMarks(d, pointer)],
    ...(d.reviewNote ? { reviewNote: d.reviewNote } : {}),
  });
}
