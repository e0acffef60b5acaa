import type { LineIndex } from "../positions.js";
import { nodeAt } from "../yaml/tree.js";
import { cellName } from "./labels.js";
import type { Rule, RuleContext } from "./types.js";

/**
 * 「# ogi-absent: 5, 6 -- …」 above a row (written by the importer): those cells are not in the source;
 * 「# ogi-unsettled: 2 -- …」: the source prints them but the import could not tell their value. No list: all.
 */
const MARK = /^\s*#\s*ogi-(absent|unsettled)\b(?:\s*:\s*([^-]*?))?\s*(?:--.*)?$/;

type Mark = "absent" | "unsettled";

/** How a comment right above the cell's row marks this cell, if it does. */
function markOf(ctx: RuleContext, lines: LineIndex, path: readonly (string | number)[], cellStart: number): Mark | undefined {
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

const MARKED: Record<Mark, (name: { zh: string; en: string }) => { zh: string; en: string }> = {
  absent: (n) => ({ zh: `${n.zh}原文中没有（导入时原文缺此单元格）：请按原报告填写`, en: `${n.en} is not in the source (the imported text lacks it): fill it in from the published report` }),
  unsettled: (n) => ({ zh: `${n.zh}导入时无法确定（见上方注释中的候选读法）：请按原报告填写`, en: `${n.en} could not be settled by the import (see the readings in the comment above): fill it in from the published report` }),
};

export const cellBlank: Rule = {
  meta: {
    id: "cell-blank",
    defaultSeverity: "error",
    title: { zh: "单元格不得空白", en: "No blank cells" },
    description: {
      zh: "表格中每个单元格都要填写；没有发生的事项填 0。空白、「/」「—」「-」不等于 0，读者无法区分「没有」和「漏填」。",
      en: "Every cell must be filled in; write 0 for nothing. A blank, 「/」, 「—」 or 「-」 is not zero: readers cannot tell “none” from “forgotten”.",
    },
    basis: {
      zh: "国办公开办函〔2021〕30号：表格数据应完整填报。",
      en: "The national format expects every table cell to be reported.",
    },
    fixable: true,
    scope: "document",
  },
  check(ctx) {
    for (const cell of ctx.cells.values()) {
      if (cell.state !== "blank") continue;
      const name = cellName(cell.spec);
      const written = cell.node.kind === "scalar" && typeof cell.node.value === "string" && cell.node.value.trim() !== "" ? `「${cell.node.value.trim()}」` : "";
      const empty = cell.node.end <= cell.node.start;
      const mark = markOf(ctx, ctx.lines, cell.spec.path, cell.node.start);
      if (mark) {
        // Not the author's blank: an import left it, so asking for a 0 would put a figure the source never printed.
        ctx.report({ path: cell.spec.pointer, at: empty ? undefined : { start: cell.node.start, end: cell.node.end }, message: MARKED[mark](name), actual: null });
        continue;
      }
      ctx.report({
        path: cell.spec.pointer,
        at: empty ? undefined : { start: cell.node.start, end: cell.node.end },
        message: { zh: `${name.zh}空白${written}：没有发生请填 0`, en: `${name.en} is blank${written}: write 0 if there were none` },
        actual: null,
        // Offered only: blank is not zero, so the author must confirm.
        fixes: empty ? [] : [{ title: { zh: "填写 0", en: "Write 0" }, safe: false, edits: [{ start: cell.node.start, end: cell.node.end, newText: "0" }] }],
      });
    }
  },
};
