import { addends, okValue, setTotalFix } from "./term-values.js";
import { identitiesFor } from "./identities.js";
import type { Rule } from "./types.js";

export const t3Balance: Rule = {
  meta: {
    id: "t3-balance",
    defaultSeverity: "error",
    title: { zh: "表三勾稽关系：一 + 二 = 三（七）+ 四", en: "Table 3 balance: 1 + 2 = 3(7) + 4" },
    description: {
      zh: "表三每一栏：本年新收（一）加上年结转（二），等于本年度办理结果总计（三（七））加结转下年度继续办理（四）。",
      en: "In every column of table 3: new applications (1) plus carried over (2) equals the results total (3(7)) plus carried forward (4).",
    },
    basis: {
      zh: "表三表头注明：「本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和」。",
      en: "Printed in table 3: “item 1 plus item 2 equals item 3 plus item 4” for each column.",
    },
    fixable: true,
    scope: "document",
  },
  check(ctx) {
    for (const { column, received, carriedOver, total, forward, terms } of identitiesFor(ctx.template, "t3-balance")) {
      const n = okValue(ctx, received);
      const o = okValue(ctx, carriedOver);
      const t = okValue(ctx, total);
      const f = okValue(ctx, forward);
      if (n === undefined || o === undefined || t === undefined || f === undefined || n + o === t + f) continue;
      ctx.report({
        path: forward,
        message: {
          zh: `${column.label.zh}栏：一（${n}）+ 二（${o}）= ${n + o}，三（七）（${t}）+ 四（${f}）= ${t + f}，两者应相等`,
          en: `${column.label.en} column: 1 (${n}) + 2 (${o}) = ${n + o}, but 3(7) (${t}) + 4 (${f}) = ${t + f}; they must be equal`,
        },
        expected: n + o - t,
        actual: f,
        related: [...addends(ctx, [received, carriedOver]), ...addends(ctx, [total], "subtrahend")],
        fixes: setTotalFix(ctx, forward, n + o - t, { zh: `「四、结转下年度继续办理」${column.label.zh}栏`, en: `“4. Carried forward”, ${column.label.en}` }),
        identity: { terms, residual: n + o - t - f },
      });
    }
  },
};
