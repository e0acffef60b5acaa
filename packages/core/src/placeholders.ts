import { cellIndex, toPointer, type CellSpec } from "./templates/cell-specs.js";
import type { Template } from "./templates/types.js";

/**
 * Figures that cannot drift: prose may say 「本年新收申请{{applications.newReceived.total}}件」 and the figure
 * comes from the table. A reference is the cell's path with dots; a column may be named or numbered
 * (`applications.newReceived.total` = `applications.newReceived.6`; `reviewAndLitigation.review.upheld`).
 */
export const PLACEHOLDER = /\{\{\s*(?:([^{}\s]+)\s*)?\}\}/g;
// Written so that only one split of the spaces can match: with `\s*([^{}\s]*)\s*` the spaces of an unclosed `{{ `
// could be shared out between the two `\s*` in every way, and `{{` before 80,000 spaces took seconds. The group is
// undefined for `{{ }}`.

export interface PlaceholderRef {
  /** The reference as written. */
  ref: string;
  /** Offsets of `{{…}}` in the string searched. */
  start: number;
  end: number;
  cell?: CellSpec;
}

/** The cell a reference names, or undefined. */
export function resolveReference(ref: string, template: Template): CellSpec | undefined {
  const segments = ref.split(".");
  if (segments.length < 2) return undefined;
  const index = cellIndex(template);
  const direct = index.get(toPointer(segments));
  if (direct) return direct;
  const last = segments[segments.length - 1]!;
  const head = segments.slice(0, -1);
  const columns = head[0] === "applications" ? template.applicantColumns.map((c) => c.key) : head[0] === "reviewAndLitigation" ? template.reviewColumns.map((c) => c.key) : [];
  const i = columns.indexOf(last);
  return i >= 0 ? index.get(toPointer([...head, i])) : undefined;
}

export function findPlaceholders(text: string, template: Template): PlaceholderRef[] {
  const out: PlaceholderRef[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const ref = m[1] ?? "";
    const cell = resolveReference(ref, template);
    out.push({ ref, start: m.index!, end: m.index! + m[0].length, ...(cell ? { cell } : {}) });
  }
  return out;
}

/** Every reference that names a cell, for completion: `applications.newReceived.total` style. */
const namesCache = new Map<string, { ref: string; cell: CellSpec }[]>();

export function placeholderNames(template: Template): { ref: string; cell: CellSpec }[] {
  const hit = namesCache.get(template.id);
  if (hit) return hit;
  const out: { ref: string; cell: CellSpec }[] = [];
  namesCache.set(template.id, out);
  for (const [pointer, cell] of cellIndex(template)) {
    const segments = pointer.slice(1).split("/");
    if (cell.table === "applications") segments[segments.length - 1] = template.applicantColumns[cell.columnIndex]!.key;
    else if (cell.table === "reviewAndLitigation") segments[segments.length - 1] = template.reviewColumns[cell.columnIndex]!.key;
    out.push({ ref: segments.join("."), cell });
  }
  return out;
}

/** Look a path up in the plain report object; `{ value, note }` cells give their value. */
function valueAt(report: unknown, path: (string | number)[]): unknown {
  let node: unknown = report;
  for (const s of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[String(s)];
  }
  if (node && typeof node === "object" && "value" in (node as object)) return (node as { value: unknown }).value;
  return node;
}

/**
 * Replace each placeholder with its figure, for rendering. An unknown reference or a blank cell stays as
 * written (the `placeholder` rule reports it), so nothing is silently invented.
 */
export function expandPlaceholders(prose: string, report: unknown, template: Template): string {
  return prose.replace(PLACEHOLDER, (whole, ref: string | undefined) => {
    const cell = resolveReference(ref ?? "", template);
    if (!cell) return whole;
    const value = valueAt(report, cell.path);
    return typeof value === "number" || (typeof value === "string" && value.trim() !== "") ? String(value) : whole;
  });
}
