import type { TextEdit } from "vscode-languageserver/node";
import { applyEdits, parseYaml, toPlain, type LineIndex, type ReportModel, type TMap, type TNode, type TPair } from "@ogi-report/core";
import { displayWidth } from "./display-width.js";
import type { PlainEdit } from "@ogi-report/core";

/** A `key: [a, b, c]` or `key: { … }` written on one line: a row of the printed table. */
interface Row {
  pair: TPair;
  /** Display columns up to and including the colon. */
  keyWidth: number;
  /** Display column where the value starts now. */
  valueAt: number;
  /** The figures as written, when the value is a one-line flow sequence we can re-space safely. */
  items?: string[];
  /** The mapping the row belongs to: its siblings share the value column. */
  siblings: TMap;
  /** The top-level part: its rows share column widths. */
  table: string;
}

/**
 * Align rows into columns like the printed table: values of sibling rows start in one column, and each
 * figure is right-aligned to its column's width across the whole table. Only whitespace between a key's colon
 * and its row, and inside the row's brackets, changes: never a figure, a key or a comment. A document with a
 * syntax problem is left alone. It reads the report's model (the tree the check parsed, with its ranges): only the
 * text after the edits is parsed again, to prove they changed no data.
 */
export function formatReport(model: ReportModel): PlainEdit[] {
  const { text, lines, root } = model;
  if (model.syntaxProblems.length > 0) return [];
  const rows: Row[] = [];
  collect(root, text, lines, rows, "");
  if (rows.length === 0) return [];

  const widths = new Map<string, number[]>();
  for (const row of rows) {
    if (!row.items) continue;
    const w = widths.get(row.table) ?? [];
    row.items.forEach((item, i) => (w[i] = Math.max(w[i] ?? 0, displayWidth(item))));
    widths.set(row.table, w);
  }
  const valueColumn = sharedValueColumns(rows);

  const edits: PlainEdit[] = [];
  for (const row of rows) {
    const gap = " ".repeat(valueColumn.get(row.siblings)! - row.keyWidth);
    const value = row.pair.value;
    const colonEnd = text.indexOf(":", row.pair.keyEnd) + 1;
    let replacement: string;
    let end: number;
    if (row.items) {
      const w = widths.get(row.table)!;
      replacement = `:${gap}[${row.items.map((item, i) => " ".repeat(w[i]! - displayWidth(item)) + item).join(", ")}]`;
      end = value.end;
    } else {
      replacement = `:${gap}`;
      end = value.start;
    }
    if (text.slice(colonEnd - 1, end) !== replacement) edits.push({ start: colonEnd - 1, end, newText: replacement });
  }
  return safe(text, root, edits) ? edits : [];
}

function collect(map: TMap, text: string, lines: LineIndex, rows: Row[], table: string): void {
  for (const pair of map.pairs) {
    const value = pair.value;
    const here = table || pair.key;
    if (value.kind === "map" && !value.flow) {
      collect(value, text, lines, rows, here);
      continue;
    }
    if ((value.kind !== "seq" && value.kind !== "map") || !value.flow) continue;
    const line = lines.position(pair.keyStart).line;
    if (lines.position(value.end).line !== line) continue;
    // Between key and value only `:` and blanks: no tag, anchor or comment to carry along.
    const between = text.slice(pair.keyEnd, value.start);
    if (!/^:[ \t]+$/.test(between)) continue;
    const keyWidth = displayWidth(text.slice(lines.lineStart(line), pair.keyEnd + 1));
    const valueAt = displayWidth(text.slice(lines.lineStart(line), value.start));
    const row: Row = { pair, keyWidth, valueAt, siblings: map, table: here };
    if (value.kind === "seq") {
      const items = rowItems(value, text);
      if (!items) continue;
      row.items = items;
    }
    rows.push(row);
  }
}

/**
 * Where sibling rows' values start: the column most of them already share when it leaves room for every key
 * (so a hand-aligned header comment above the rows stays aligned), else one blank after the longest key.
 */
function sharedValueColumns(rows: Row[]): Map<TMap, number> {
  const groups = new Map<TMap, Row[]>();
  for (const row of rows) groups.set(row.siblings, [...(groups.get(row.siblings) ?? []), row]);
  const out = new Map<TMap, number>();
  for (const [map, group] of groups) {
    const needed = Math.max(...group.map((r) => r.keyWidth + 1));
    const counts = new Map<number, number>();
    for (const r of group) counts.set(r.valueAt, (counts.get(r.valueAt) ?? 0) + 1);
    // Most common column; ties go to the smaller one, so the result does not depend on row order.
    const [common] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]!;
    out.set(map, common >= needed && counts.get(common)! > group.length / 2 ? common : needed);
  }
  return out;
}

/** The items' text, when everything between them is blanks and single commas (no trailing comma, no comment). */
function rowItems(seq: Extract<TNode, { kind: "seq" }>, text: string): string[] | undefined {
  if (seq.items.length === 0 || text[seq.start] !== "[" || text[seq.end - 1] !== "]") return undefined;
  let cursor = seq.start + 1;
  const out: string[] = [];
  for (let i = 0; i < seq.items.length; i++) {
    const item = seq.items[i]!;
    const gap = text.slice(cursor, item.start);
    if (!(i === 0 ? /^[ \t]*$/ : /^[ \t]*,[ \t]*$/).test(gap)) return undefined;
    const source = text.slice(item.start, item.end);
    if (source.includes("\n") || source.trim() !== source || source === "") return undefined;
    out.push(source);
    cursor = item.end;
  }
  if (!/^[ \t]*$/.test(text.slice(cursor, seq.end - 1))) return undefined;
  return out;
}

/** The promise, checked: the same text once blanks are ignored, and the same data. */
function safe(text: string, root: TMap, edits: PlainEdit[]): boolean {
  if (edits.length === 0) return true;
  const after = applyEdits(text, edits).text;
  const squeeze = (s: string) => s.replace(/[ \t]+/g, "");
  if (squeeze(after) !== squeeze(text)) return false;
  const a = parseYaml(after);
  return a.problems.length === 0 && a.root !== undefined && JSON.stringify(toPlain(a.root)) === JSON.stringify(toPlain(root));
}

export function toTextEdits(lines: LineIndex, edits: PlainEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: lines.range(e.start, e.end), newText: e.newText }));
}
