import { okValue, otherRange, previousYearReport } from "../cross/previous.js";
import type { Rule } from "./types.js";

export const yearInForce: Rule = {
  meta: {
    id: "year-in-force",
    defaultSeverity: "info",
    title: { zh: "跨年度：现行有效件数的延续", en: "Across years: documents in force carry on" },
    description: {
      zh: "现行有效件数（本年）一般等于上一年度现行有效件数 + 本年制发 − 本年废止。集中清理、自然失效等正当原因会使其不等，所以本规则只是提示：请在正文中说明原因，或用禁用注释写明理由。仅适用于两年均为 2021 年格式的报告。",
      en: "Documents in force this year usually equal last year's in force + issued − repealed. Clean-ups and expiry legitimately break this, so the rule only asks for an explanation in the prose (or a suppression with its reason). Both years must be on the 2021 template.",
    },
    basis: { zh: "国办公开办函〔2021〕30号 表二第二十条第（一）项「本年制发件数」「本年废止件数」「现行有效件数」。", en: "Table 2, Article 20 item (1), of the 2021 format." },
    fixable: false,
    scope: "cross-document",
  },
  check(ctx) {
    const other = previousYearReport(ctx);
    if (!other || ctx.template.id !== "2021" || other.template.id !== "2021") return;
    for (const row of ["regulations", "normativeDocuments"]) {
      const base = `/activeDisclosure/${row}`;
      const issued = okValue(ctx.cells, `${base}/issued`);
      const repealed = okValue(ctx.cells, `${base}/repealed`);
      const inForce = okValue(ctx.cells, `${base}/inForce`);
      const before = okValue(other.cells, `${base}/inForce`);
      if (issued === undefined || repealed === undefined || inForce === undefined || before === undefined) continue;
      const expected = before + issued - repealed;
      if (expected === inForce) continue;
      const label = row === "regulations" ? { zh: "规章", en: "rules" } : { zh: "行政规范性文件", en: "normative documents" };
      ctx.report({
        path: `${base}/inForce`,
        message: {
          zh: `现行有效${label.zh} ${inForce} 件，按上年 ${before} + 本年制发 ${issued} − 本年废止 ${repealed} 应为 ${expected} 件；如有集中清理或自然失效，请在正文中说明`,
          en: `${inForce} ${label.en} in force, but last year's ${before} + ${issued} issued − ${repealed} repealed = ${expected}; if some were cleaned up or expired, say so in the prose`,
        },
        expected,
        actual: inForce,
        related: [
          {
            path: `${base}/inForce`,
            file: other.path,
            range: otherRange(other, `${base}/inForce`),
            role: "previous-year",
            message: { zh: `上一年度现行有效 = ${before}`, en: `In force last year = ${before}` },
          },
        ],
      });
    }
  },
};
