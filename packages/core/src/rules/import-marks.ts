import type { LineIndex } from "../positions.js";
import { nodeAt } from "../yaml/tree.js";
import type { CellRead } from "./cell-reads.js";
import type { RuleContext } from "./types.js";

/**
 * 「# ogi-absent: 5, 6 -- …」 above a row (written by the importer): those cells are not in the source;
 * 「# ogi-unsettled: 2 -- …」: the source prints them but the import could not tell their value. No list: all.
 */
const MARK = /^\s*#\s*ogi-(absent|unsettled)\b(?:\s*:\s*([^-]*?))?\s*(?:--.*)?$/;

export type Mark = "absent" | "unsettled";

/** How a comment right above the cell's row marks this cell, if it does. */
export function markOf(ctx: RuleContext, lines: LineIndex, path: readonly (string | number)[], cellStart: number): Mark | undefined {
  const row = nodeAt(ctx.root, path.slice(0, -1));
  const rowLine = row ? lines.position(row.start).line : undefined;
  const key = String(path[path.length - 1]);
  // Flow rows sit on their key's line; a block row starts on the line after its key.
  for (const line of new Set([lines.position(cellStart).line, ...(rowLine === undefined ? [] : [rowLine, rowLine - 1])])) {
    for (let l = line - 1; l >= 0 && lines.lineText(l).trim().startsWith("#"); l--) {
      const m = MARK.exec(lines.lineText(l));
      if (m && (!m[2] || m[2].split(/[,\s]+/).includes(key))) return m[1] as Mark;
    }
  }
  return undefined;
}

/** A blank the import left (not in the source, or not settled): its value is unknown, not the author's blank. */
export function importGap(ctx: RuleContext, cell: CellRead): boolean {
  return cell.state === "blank" && markOf(ctx, ctx.lines, cell.spec.path, cell.node.start) !== undefined;
}
