import { cellName } from "./labels.js";
import type { Rule } from "./types.js";

export const cellValue: Rule = {
  meta: {
    id: "cell-value",
    defaultSeverity: "error",
    title: { zh: "单元格数值类型", en: "Cell value type" },
    description: {
      zh: "件数为不小于 0 的整数；本年收费金额为不小于 0 的小数（万元，按原样保存，不经浮点）；2019 年格式「本年增/减」可为负数。文本形式的数字（如 \"12\"、全角「５」）、小数件数、负数件数都属于本规则。",
      en: "Counts are whole numbers ≥ 0; fees collected are decimals ≥ 0 in 万元, kept exact; 2019's “change this year” may be negative. Numbers written as text (\"12\", full-width 「５」), fractional or negative counts are all this rule.",
    },
    basis: {
      zh: "国办公开办函〔2021〕30号、〔2019〕60号 各表栏目均为件数或金额。",
      en: "Every cell of the national tables is a count or an amount.",
    },
    fixable: true,
    scope: "document",
  },
  check(ctx) {
    for (const cell of ctx.cells.values()) {
      if (cell.state !== "invalid") continue;
      const name = cellName(cell.spec);
      const fixes = cell.suggestion
        ? [
            {
              title: { zh: `改为 ${cell.suggestion.text}`, en: `Change to ${cell.suggestion.text}` },
              safe: cell.suggestion.safe,
              edits: [{ start: cell.node.start, end: cell.node.end, newText: cell.suggestion.text }],
            },
          ]
        : [];
      ctx.report({
        path: cell.spec.pointer,
        at: { start: cell.node.start, end: cell.node.end },
        message: { zh: `${name.zh}：${cell.problem.zh}`, en: `${name.en}: ${cell.problem.en}` },
        actual: cell.node.kind === "scalar" ? cell.node.source : null,
        fixes,
      });
    }
  },
};
