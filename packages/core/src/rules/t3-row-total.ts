import { addends, okSum, okValue, setTotalFix, values } from "./term-values.js";
import { identitiesFor } from "./identities.js";
import type { Rule } from "./types.js";

export const t3RowTotal: Rule = {
  meta: {
    id: "t3-row-total",
    defaultSeverity: "error",
    title: { zh: "表三每行：六类申请人之和等于总计", en: "Table 3 rows: the six applicant columns sum to the total" },
    description: {
      zh: "表三每一行中，自然人与五类法人或其他组织之和必须等于「总计」栏。",
      en: "In every row of table 3, natural persons plus the five kinds of legal persons or other organisations must equal the “Total” column.",
    },
    basis: {
      zh: "国办公开办函〔2021〕30号、〔2019〕60号 表三「申请人情况」栏目结构：总计为各类申请人之和。",
      en: "Table 3 of the national formats (2021 No. 30, 2019 No. 60): “Total” is the sum of the applicant columns.",
    },
    fixable: true,
    scope: "document",
  },
  check(ctx) {
    for (const { row, parts, target, terms } of identitiesFor(ctx.template, "t3-row-total")) {
      const computed = okSum(ctx, parts);
      const reported = okValue(ctx, target);
      if (computed === undefined || reported === undefined || computed === reported) continue;
      const got = values(ctx, parts)!;
      const label = { zh: `「${row.label.zh}」总计栏`, en: `“${row.label.en}” total` };
      ctx.report({
        path: target,
        message: {
          zh: `「${row.label.zh}」总计栏为 ${reported}，六类申请人之和为 ${computed}（${got.join("+")}）`,
          en: `“${row.label.en}”: the Total column is ${reported}, but the six applicant columns sum to ${computed} (${got.join("+")})`,
        },
        expected: computed,
        actual: reported,
        related: addends(ctx, parts),
        fixes: setTotalFix(ctx, target, computed, label),
        identity: { terms, residual: reported - computed },
      });
    }
  },
};
