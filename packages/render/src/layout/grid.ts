import { cellsOf, type CellKind, type CellSpec, type TableId, type Template } from "@ogi-report/core";
import { cellText, valueAt } from "../values.js";

/**
 * A printed table as a grid of merged cells, independent of the output format: the three tables are laid
 * out once from the template data, and HTML, DOCX and Markdown only say how to draw a merged cell.
 */
export interface Grid {
  table: TableId;
  /** Grid columns after merging (table 3 on template 2021: 3 label columns + 7 figure columns). */
  columns: number;
  /** Relative widths of the grid columns, for formats that need them (DOCX). */
  widths: number[];
  /** Leading rows that head the table (repeated on every printed page). */
  headerRows: number;
  rows: GridCell[][];
}

/**
 * - note: the 勾稽关系 note in table 3's corner
 * - header: a column heading (or a table-2 block heading)
 * - group: a row group printed to the left of its rows (「三、本年度办理结果」, 「（三）不予公开」)
 * - label: a row's own label
 * - figure: a cell of the report
 */
export type CellRole = "note" | "header" | "group" | "label" | "figure";

export interface GridCell {
  role: CellRole;
  text: string;
  rowSpan: number;
  colSpan: number;
  /** figure: the cell's JSON Pointer; label: its row's. Lets a preview jump to the YAML and mark problems. */
  pointer?: string;
  kind?: CellKind;
  /** A printed total (「总计」 column, 「（七）总计」 row). */
  isTotal?: boolean;
}

export function textCell(role: Exclude<CellRole, "figure">, text: string, span: { rowSpan?: number; colSpan?: number } = {}, pointer?: string): GridCell {
  return { role, text, rowSpan: span.rowSpan ?? 1, colSpan: span.colSpan ?? 1, ...(pointer !== undefined ? { pointer } : {}) };
}

export function figureCell(spec: CellSpec, report: unknown, colSpan = 1): GridCell {
  return {
    role: "figure",
    text: cellText(valueAt(report, spec.path)),
    rowSpan: 1,
    colSpan,
    pointer: spec.pointer,
    kind: spec.kind,
    ...(spec.isTotal ? { isTotal: true } : {}),
  };
}

/** The template's cells of one table, by row path ("applications/results/total"), in column order. */
export function cellsByRow(template: Template, table: TableId): Map<string, CellSpec[]> {
  const rows = new Map<string, CellSpec[]>();
  for (const cell of cellsOf(template)) {
    if (cell.table !== table) continue;
    const key = cell.rowPath.join("/");
    const row = rows.get(key) ?? [];
    row[cell.columnIndex] = cell;
    rows.set(key, row);
  }
  return rows;
}

/**
 * Where each cell sits: `starts[r][i]` is the first grid column of row r's i-th cell, and `places[r][c]` the
 * cell covering grid position (r, c), whether it starts there or reaches it by a span from above or the left.
 */
export function placeCells(grid: Grid): { starts: number[][]; places: (GridCell | undefined)[][] } {
  const places: (GridCell | undefined)[][] = grid.rows.map(() => new Array<GridCell | undefined>(grid.columns).fill(undefined));
  const starts = grid.rows.map((row, r) => {
    let c = 0;
    return row.map((cell) => {
      while (c < grid.columns && places[r]![c] !== undefined) c++;
      const start = c;
      for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) if (places[r + dr]) places[r + dr]![c + dc] = cell;
      c += cell.colSpan;
      return start;
    });
  });
  return { starts, places };
}
