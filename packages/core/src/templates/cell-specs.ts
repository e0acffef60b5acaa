import { TOTAL_COLUMN } from "./applications.js";
import { REVIEW_TOTAL_COLUMN } from "./review.js";
import type { CellKind, Template, Text } from "./types.js";

export type TableId = "activeDisclosure" | "applications" | "reviewAndLitigation";

/** One cell of a template: where it lives in the YAML and what the printed table calls it. */
export interface CellSpec {
  table: TableId;
  /** Path segments from the document root, e.g. ["applications","results","total",6]. */
  path: (string | number)[];
  pointer: string;
  /** Path of the row that holds the cell (the row key for table 2 single-cell rows). */
  rowPath: string[];
  row: Text;
  /** Group labels printed to the left of / above the row (block item for table 2). */
  groups: Text[];
  column: Text;
  columnGroup?: Text;
  columnIndex: number;
  kind: CellKind;
  /** The cell is a printed total (「总计」 column or 「（七）总计」 row). */
  isTotal: boolean;
}

export function toPointer(path: readonly (string | number)[]): string {
  return path.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

export function fromPointer(pointer: string): string[] {
  if (pointer === "") return [];
  const segments = pointer.slice(1).split("/");
  // Template pointers have no escapes: only a pointer with "~" needs unescaping.
  return pointer.includes("~") ? segments.map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")) : segments;
}

const cache = new Map<string, CellSpec[]>();

/** Every cell of the template, in printed order: table 2, table 3 row by row, table 4. */
export function cellsOf(template: Template): CellSpec[] {
  const hit = cache.get(template.id);
  if (hit) return hit;
  const cells: CellSpec[] = [];
  for (const block of template.activeDisclosure) {
    for (const row of block.rows) {
      block.columns.forEach((column, columnIndex) => {
        const path = row.single ? ["activeDisclosure", row.key] : ["activeDisclosure", row.key, column.key];
        cells.push({
          table: "activeDisclosure",
          path,
          pointer: toPointer(path),
          rowPath: ["activeDisclosure", row.key],
          row: row.label,
          groups: [block.item],
          column: column.label,
          columnIndex,
          kind: column.kind,
          isTotal: false,
        });
      });
    }
  }
  for (const row of template.applicationRows) {
    template.applicantColumns.forEach((column, columnIndex) => {
      const path = ["applications", ...row.path, columnIndex];
      cells.push({
        table: "applications",
        path,
        pointer: toPointer(path),
        rowPath: ["applications", ...row.path],
        row: row.label,
        groups: row.groups,
        column: column.label,
        ...(column.group ? { columnGroup: column.group } : {}),
        columnIndex,
        kind: "count",
        isTotal: columnIndex === TOTAL_COLUMN || row.role === "resultsTotal",
      });
    });
  }
  for (const group of template.reviewGroups) {
    template.reviewColumns.forEach((column, columnIndex) => {
      const path = ["reviewAndLitigation", group.key, columnIndex];
      cells.push({
        table: "reviewAndLitigation",
        path,
        pointer: toPointer(path),
        rowPath: ["reviewAndLitigation", group.key],
        row: group.label,
        groups: group.group ? [group.group] : [],
        column: column.label,
        columnIndex,
        kind: column.kind,
        isTotal: columnIndex === REVIEW_TOTAL_COLUMN,
      });
    });
  }
  cache.set(template.id, cells);
  return cells;
}

/** Cell lookup by JSON Pointer. */
const indexCache = new Map<string, Map<string, CellSpec>>();

export function cellIndex(template: Template): Map<string, CellSpec> {
  let index = indexCache.get(template.id);
  if (!index) {
    index = new Map(cellsOf(template).map((c) => [c.pointer, c]));
    indexCache.set(template.id, index);
  }
  return index;
}
