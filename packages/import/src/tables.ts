import type { ImportContext } from "./context.js";
import type { RowEvent } from "./events.js";
import { placeRows } from "./place.js";
import { reportReading } from "./reading-report.js";
import { outcomes, readUnit, settleByColumns, type CellOutcome, type UnitReading } from "./resolve.js";
import { TABLE_NUMBER, type TableKey, type TemplateSlots } from "./slots.js";
import { TABLES } from "./table-events.js";
import type { SourceLocation } from "./types.js";

export interface TableCells {
  cells: Map<string, CellOutcome>;
  /** Comments to print above a row. */
  rowComments: Map<string, string[]>;
  tablesFound: number;
  /** Source offset where each table's last row ends. */
  tableEnds: Map<TableKey, number>;
}

/** Place every table's rows, read their cells, settle what the identities settle, and report the rest. */
export function readTables(ctx: ImportContext, events: Map<TableKey, RowEvent[]>, ts: TemplateSlots, tableAnchor: (key: TableKey) => SourceLocation): TableCells {
  const cells = new Map<string, CellOutcome>();
  const rowComments = new Map<string, string[]>();
  let tablesFound = 0;
  const tableEnds = new Map<TableKey, number>();
  for (const key of TABLES) {
    const slots = ts.byTable[key];
    const placement = placeRows(events.get(key)!, slots, ts.headerKeys[key], key === "reviewAndLitigation");
    if (placement.units.length > 0) tablesFound++;
    if (placement.tableEnd !== undefined) tableEnds.set(key, placement.tableEnd);
    const readings: UnitReading[] = placement.units.map(readUnit);
    if (key === "applications") settleByColumns(readings, slots);
    for (const [p, o] of outcomes(readings, (r) => readings.indexOf(r))) cells.set(p, o);

    for (const u of placement.unplaced) {
      const figures = u.pieces.filter((p) => !p.blank).map((p) => p.digits + (p.unit ?? "") + (p.note ? `（${p.note}）` : ""));
      if (figures.length === 0) continue;
      const dup = u.reason === "row-duplicate";
      ctx.report(
        u.reason,
        "warning",
        `表${TABLE_NUMBER[key]}：${dup ? `「${u.label}」行重复出现，` : ""}数值 ${figures.join("、")} 无法放入表中任何一行，未导入`,
        `Table ${TABLE_NUMBER[key]}: ${dup ? `row 「${u.label}」 appears twice; ` : ""}figures ${figures.join(", ")} fit no row of the table and were not imported`,
        ctx.at(u.pieces[0]?.start ?? u.start),
      );
    }
    for (const r of readings) reportReading(ctx, r, key, cells, rowComments);
    for (const s of slots) {
      if (s.cells.some((p) => cells.has(p))) continue;
      const printedAt = placement.seen.get(s.index);
      if (printedAt !== undefined) {
        // Printed, but its figures could not be its cells (too few to be the row): open, with its place.
        for (const p of s.cells) cells.set(p, { state: "uncertain", start: printedAt, unit: -1 });
        ctx.report("cell-uncertain", "warning", `表${TABLE_NUMBER[key]}「${s.label}」：这一行的数值不足以读成它的 ${s.cells.length} 个单元格，单元格留空`, `Table ${TABLE_NUMBER[key]} 「${s.label}」: the row's figures are too few to be its ${s.cells.length} cells; left empty`, ctx.at(printedAt), { path: s.pointer, candidates: [], cells: s.cells });
        continue;
      }
      // A row the source never prints is absent, not blank: the checker must not ask for a 0 there.
      for (const p of s.cells) cells.set(p, { state: "absent" });
      if (placement.units.length > 0 || (key === "applications" && events.get(key)!.length > 0)) {
        ctx.report("row-missing", "error", `表${TABLE_NUMBER[key]}：没有找到「${s.label}」这一行，单元格留空`, `Table ${TABLE_NUMBER[key]}: row 「${s.label}」 not found; its cells are left empty`, tableAnchor(key), {
          path: s.pointer,
        });
      }
    }
    // A table none of whose row labels is printed is not there; one that prints them without figures is.
    if (placement.units.length === 0 && placement.seen.size === 0) {
      ctx.report("row-missing", "error", `没有找到表${TABLE_NUMBER[key]}`, `Table ${TABLE_NUMBER[key]} not found`, tableAnchor(key), { path: `/${key}` });
    }
  }
  return { cells, rowComments, tablesFound, tableEnds };
}
