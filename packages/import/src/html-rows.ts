import { readCellText } from "./cell-text.js";
import type { RowEvent } from "./events.js";
import type { FlowTable } from "./flow.js";
import { labelKey } from "./fold.js";
import type { TableKey, TemplateSlots } from "./slots.js";
import type { Piece } from "./split.js";

/**
 * The rows of an HTML table: the label is every label cell of the grid row, group labels carried down by
 * rowspan included; the figures are the row's own cells after its last label (a colspan cell counts once).
 */
export function htmlRows(table: FlowTable): RowEvent[] {
  return table.rows.map((row) => {
    const read = row.cells.map((c) => readCellText(c.text));
    let lastLabel = -1;
    read.forEach((r, i) => {
      if (r.kind === "label") lastLabel = i;
    });
    const label = row.cells
      .slice(0, lastLabel + 1)
      .filter((_, i) => read[i]!.kind === "label")
      .map((c) => labelKey(c.text))
      .join("");
    const pieces: Piece[] = [];
    row.cells.forEach((c, i) => {
      if (i <= lastLabel || c.carried) return;
      const r = read[i]!;
      const figure = { start: c.textStart, end: c.textEnd };
      if (r.kind === "blank") pieces.push({ digits: "", blank: true, whole: true, start: c.start, end: c.end, figure });
      else if (r.kind === "figure") pieces.push({ digits: r.digits, ...(r.unit ? { unit: r.unit } : {}), ...(r.note ? { note: r.note } : {}), whole: true, start: c.start, end: c.end, figure });
    });
    return { label, pieces, start: row.start, end: row.end, structured: true };
  });
}

/** Which of the three tables an HTML table is, by the labels it prints (not by where it stands). */
export function classifyTable(table: FlowTable, ts: TemplateSlots): TableKey | undefined {
  const keys = table.rows.flatMap((r) => r.cells.filter((c) => !c.carried).map((c) => labelKey(c.text))).filter((k) => k.length > 1);
  let best: TableKey | undefined;
  let bestScore = 0;
  for (const t of ["activeDisclosure", "applications", "reviewAndLitigation"] as TableKey[]) {
    const known = new Set([...ts.byTable[t].map((s) => s.key), ...ts.headerKeys[t]]);
    let score = 0;
    for (const k of keys) if (known.has(k) || ts.byTable[t].some((s) => s.key.length > 3 && k.includes(s.key))) score++;
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return bestScore >= 2 ? best : undefined;
}
