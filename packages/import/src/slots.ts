import { cellsOf, REVIEW_TOTAL_COLUMN, TOTAL_COLUMN, type CellKind, type Template } from "@ogi-report/core";
import { labelKey } from "./fold.js";

export type TableKey = "activeDisclosure" | "applications" | "reviewAndLitigation";

/** One printed row of a template: the unit the importer places values into. */
export interface Slot {
  table: TableKey;
  /** Row index within its table, in printed order. */
  index: number;
  /** JSON Pointer of the row (`/applications/results/granted`). */
  pointer: string;
  label: string;
  key: string;
  /** Pointers of the row's cells, in printed order. */
  cells: string[];
  kinds: CellKind[];
  /** Index of the cell that is the sum of the cells before it (table 3: 总计; table 4: 总计). */
  totalAt?: number;
}

export interface TemplateSlots {
  template: Template;
  byTable: Record<TableKey, Slot[]>;
  /** Labels printed in the tables that are not row labels: headers, group labels, block items, notes. */
  headerKeys: Record<TableKey, string[]>;
}

const cache = new Map<string, TemplateSlots>();

export function slotsOf(template: Template): TemplateSlots {
  const hit = cache.get(template.id);
  if (hit) return hit;
  const byTable: Record<TableKey, Slot[]> = { activeDisclosure: [], applications: [], reviewAndLitigation: [] };
  const rows = new Map<string, Slot>();
  for (const cell of cellsOf(template)) {
    const pointer = "/" + cell.rowPath.join("/");
    let slot = rows.get(pointer);
    if (!slot) {
      const list = byTable[cell.table];
      slot = {
        table: cell.table,
        index: list.length,
        pointer,
        label: cell.row.zh,
        key: labelKey(cell.row.zh),
        cells: [],
        kinds: [],
        ...(cell.table === "applications" ? { totalAt: TOTAL_COLUMN } : {}),
        ...(cell.table === "reviewAndLitigation" ? { totalAt: REVIEW_TOTAL_COLUMN } : {}),
      };
      rows.set(pointer, slot);
      list.push(slot);
    }
    slot.cells.push(cell.pointer);
    slot.kinds.push(cell.kind);
  }
  const headers = (texts: string[]) => [...new Set(texts.map(labelKey).filter((k) => k.length > 0))].sort((a, b) => b.length - a.length);
  const headerKeys: Record<TableKey, string[]> = {
    activeDisclosure: headers([
      ...template.activeDisclosure.flatMap((b) => [b.item.zh, ...b.columns.map((c) => c.label.zh)]),
      template.activeRowHeading.zh,
      "单位:万元",
    ]),
    applications: headers([
      ...template.applicantColumns.flatMap((c) => [c.label.zh, c.group?.zh ?? ""]),
      ...template.applicationRows.flatMap((r) => r.groups.map((g) => g.zh)),
      template.applicationsNote.zh,
      template.applicantsHeading.zh,
    ]),
    reviewAndLitigation: headers([
      ...template.reviewColumns.map((c) => c.label.zh),
      ...template.reviewGroups.flatMap((g) => [g.label.zh, g.group?.zh ?? ""]),
    ]),
  };
  const result = { template, byTable, headerKeys };
  cache.set(template.id, result);
  return result;
}

export const TABLE_NUMBER: Record<TableKey, number> = { activeDisclosure: 2, applications: 3, reviewAndLitigation: 4 };
