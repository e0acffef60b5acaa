import { SCHEMA_ID, type CellKind, type Template } from "@ogi-report/core";
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

const PLAIN_SAFE = /^[^\s\-?:,\[\]{}#&*!|>'"%@`0-9+.~][^:#\n]*$/u;
const RESERVED = /^(true|false|yes|no|on|off|null|~|y|n)$/i;

/** A string scalar: plain where YAML reads it back as the same string, double-quoted otherwise. */
export function scalar(s: string): string {
  if (PLAIN_SAFE.test(s) && !RESERVED.test(s) && !/\s$/.test(s)) return s;
  return JSON.stringify(s);
}

/**
 * Prose as a literal block scalar, so it reads like the report's own paragraphs. Braces the source printed as text
 * are escaped (`{{` → `\{\{`): left as they are they would be a placeholder, and rendering would print a figure.
 */
function block(key: string, text: string, indent = ""): string[] {
  if (text.length === 0) return [`${indent}${key}: ""`];
  const lines = text.replace(/\{\{+/g, (run) => run.replace(/\{/g, "\\{")).split("\n");
  // A first line starting with a space needs an explicit indentation indicator.
  const header = /^\s/.test(lines[0]!) ? "|2" : "|";
  return [`${indent}${key}: ${header}`, ...lines.map((l) => (l.length ? `${indent}  ${l}` : ""))];
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

function cellMarks(d: ReportDraft, rowPointer: string, indent: string): string[] {
  const out: string[] = [];
  for (const { state, mark, why } of MARKS) {
    const keys: string[] = [];
    let all = true;
    for (const [pointer, o] of d.cells) {
      if (pointer !== rowPointer && !pointer.startsWith(`${rowPointer}/`)) continue;
      if (o.state === state) keys.push(pointer.slice(rowPointer.length + 1));
      else all = false;
    }
    if (keys.length > 0) out.push(`${indent}# ${mark}${all ? "" : `: ${keys.join(", ")}`} -- ${why}`);
  }
  return out;
}

/** Push every line: a spread of a long part's lines would overflow the call stack. */
function append(out: string[], lines: string[]): void {
  for (const l of lines) out.push(l);
}

export function writeYaml(d: ReportDraft): string {
  const t = d.template;
  const out: string[] = [];
  out.push(`# yaml-language-server: $schema=${d.schema ?? SCHEMA_ID}`);
  out.push(`template: "${t.id}"`);
  out.push(`agency: ${scalar(d.agency)}`);
  out.push(`year: ${d.year ?? "null"}`);
  if (d.title) out.push(`title: ${scalar(d.title)}`);
  if (d.published) out.push(`published: "${d.published}"`);
  if (d.source) out.push(`source: ${scalar(d.source)}`);
  if (d.preamble) append(out, block("preamble", d.preamble));
  append(out, block("overview", d.overview));

  const cell = (pointer: string) => cellYaml(d.cells.get(pointer), d.kinds.get(pointer) ?? "count");
  const comments = (pointer: string, indent: string) => [...(d.rowComments.get(pointer) ?? []).map((c) => `${indent}# ${c}`), ...cellMarks(d, pointer, indent)];

  out.push("activeDisclosure:");
  const keyWidth = Math.max(...t.activeDisclosure.flatMap((b) => b.rows.map((r) => r.key.length))) + 2;
  for (const b of t.activeDisclosure) {
    out.push(`  # ${b.item.zh} —— ${b.columns.map((c) => c.label.zh).join(" / ")}`);
    for (const r of b.rows) {
      const rowPointer = `/activeDisclosure/${r.key}`;
      out.push(...comments(rowPointer, "  "));
      const pad = " ".repeat(Math.max(1, keyWidth - r.key.length - 1));
      if (r.single) out.push(`  ${r.key}:${pad}${cell(rowPointer)}`);
      else out.push(`  ${r.key}:${pad}{ ${b.columns.map((c) => `${c.key}: ${cell(`${rowPointer}/${c.key}`)}`).join(", ")} }`);
    }
  }

  out.push("applications:");
  const header = `[${t.applicantColumns.map((c) => c.label.zh).join(", ")}]`;
  let open: string[] = [];
  const rowsWidth = 22;
  out.push(`  #${" ".repeat(rowsWidth - 1)}${header}`);
  for (const row of t.applicationRows) {
    const parents = row.path.slice(0, -1);
    let common = 0;
    while (common < open.length && common < parents.length && open[common] === parents[common]) common++;
    open = open.slice(0, common);
    for (let i = common; i < parents.length; i++) {
      const indent = "  ".repeat(i + 1);
      const group = row.groups[i];
      if (group && i > 0) out.push(`${indent}# ${group.zh}`);
      out.push(`${indent}${parents[i]}:`);
      open.push(parents[i]!);
    }
    const indent = "  ".repeat(parents.length + 1);
    const key = row.path[row.path.length - 1]!;
    const pointer = `/applications/${row.path.join("/")}`;
    out.push(...comments(pointer, indent));
    const pad = " ".repeat(Math.max(1, rowsWidth - indent.length - key.length - 1 + 2));
    const cells = t.applicantColumns.map((_, i) => cell(`${pointer}/${i}`));
    out.push(`${indent}${key}:${pad}[${cells.join(", ")}]`);
  }

  out.push("reviewAndLitigation:");
  out.push(`  #${" ".repeat(rowsWidth)}[${t.reviewColumns.map((c) => c.label.zh).join(", ")}]`);
  for (const g of t.reviewGroups) {
    const pointer = `/reviewAndLitigation/${g.key}`;
    out.push(...comments(pointer, "  "));
    const pad = " ".repeat(Math.max(1, rowsWidth + 1 - g.key.length));
    out.push(`  ${g.key}:${pad}[${t.reviewColumns.map((_, i) => cell(`${pointer}/${i}`)).join(", ")}]`);
  }
  if (d.reviewNote) out.push(`  note: ${JSON.stringify(d.reviewNote)}`);
  append(out, block("problems", d.problems));
  append(out, block("otherMatters", d.otherMatters));
  return out.join("\n") + "\n";
}
