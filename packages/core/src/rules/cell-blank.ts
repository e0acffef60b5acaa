import { markOf, type Mark } from "./import-marks.js";
import { cellName } from "./labels.js";
import type { Rule } from "./types.js";

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
