import { addends, okSum, okValue, setTotalFix } from "./term-values.js";
import { identitiesFor } from "./identities.js";
import type { Rule } from "./types.js";

export const t3ResultsTotal: Rule = {
  meta: {
    id: "t3-results-total",
    defaultSeverity: "error",
    title: { zh: "表三每栏：（七）总计等于各办理结果之和", en: "Table 3 columns: (7) Total equals the sum of all results" },
    description: {
      zh: "表三每一栏中，「（七）总计」必须等于（一）至（六）全部办理结果之和（2021 年格式 21 项，2019 年格式 19 项）。格式没有小计行，（三）至（六）只是分组。",
      en: "In every column of table 3, “(7) Total” must equal the sum of all result items (1)–(6): 21 items on template 2021, 19 on template 2019. The groups (3)–(6) have no subtotal rows.",
    },
    basis: {
      zh: "国办公开办函〔2021〕30号、〔2019〕60号 表三「三、本年度办理结果」：（七）总计为各项办理结果之和。",
      en: "Table 3, “3. Results this year”, of the national formats: (7) Total is the sum of the result items.",
    },
    fixable: true,
    scope: "document",
  },
  check(ctx) {
    for (const { column, parts, target, terms } of identitiesFor(ctx.template, "t3-results-total")) {
      const computed = okSum(ctx, parts);
      const reported = okValue(ctx, target);
      if (computed === undefined || reported === undefined || computed === reported) continue;
      ctx.report({
        path: target,
        message: {
          zh: `「（七）总计」${column.label.zh}栏为 ${reported}，各办理结果之和为 ${computed}`,
          en: `“(7) Total”, ${column.label.en} column, is ${reported}, but the result items sum to ${computed}`,
        },
        expected: computed,
        actual: reported,
        related: addends(ctx, parts).filter((r) => (ctx.cells.get(r.path) as { value?: number }).value !== 0),
        fixes: setTotalFix(ctx, target, computed, { zh: `「（七）总计」${column.label.zh}栏`, en: `“(7) Total”, ${column.label.en}` }),
        identity: { terms, residual: reported - computed },
      });
    }
  },
};
