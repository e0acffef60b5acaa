import { cellName } from "./labels.js";
import type { Rule } from "./types.js";

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
