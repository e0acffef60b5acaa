import { addends, okSum, okValue, setTotalFix, values } from "./term-values.js";
import { identitiesFor } from "./identities.js";
import type { Rule } from "./types.js";

export const t4Total: Rule = {
  meta: {
    id: "t4-total",
    defaultSeverity: "error",
    title: { zh: "表四每组：维持 + 纠正 + 其他 + 尚未审结 = 总计", en: "Table 4 groups: upheld + corrected + other + pending = total" },
    description: {
      zh: "表四行政复议、未经复议直接起诉、复议后起诉三组，每组的结果维持、结果纠正、其他结果、尚未审结之和等于该组总计。",
      en: "In each of table 4's three groups (reconsideration, direct suit, suit after reconsideration), upheld + corrected + other + pending equals the group's total.",
    },
    basis: {
      zh: "国办公开办函〔2021〕30号、〔2019〕60号 表四「政府信息公开行政复议、行政诉讼情况」。",
      en: "Table 4 of the national formats.",
    },
    fixable: true,
    scope: "document",
  },
  check(ctx) {
    for (const { group, parts, target, terms } of identitiesFor(ctx.template, "t4-total")) {
      const computed = okSum(ctx, parts);
      const reported = okValue(ctx, target);
      if (computed === undefined || reported === undefined || computed === reported) continue;
      const got = values(ctx, parts)!;
      ctx.report({
        path: target,
        message: {
          zh: `「${group.label.zh}」总计为 ${reported}，维持、纠正、其他、尚未审结之和为 ${computed}（${got.join("+")}）`,
          en: `“${group.label.en}”: the total is ${reported}, but upheld + corrected + other + pending = ${computed} (${got.join("+")})`,
        },
        expected: computed,
        actual: reported,
        related: addends(ctx, parts),
        fixes: setTotalFix(ctx, target, computed, { zh: `「${group.label.zh}」总计`, en: `the “${group.label.en}” total` }),
        identity: { terms, residual: reported - computed },
      });
    }
  },
};
