import { cellBlank } from "./cell-blank.js";
import { cellValue } from "./cell-value.js";
import { schemaRule } from "./schema.js";
import { sectionMissing } from "./section-missing.js";
import { t3Balance } from "./t3-balance.js";
import { t3ResultsTotal } from "./t3-results-total.js";
import { t3RowTotal } from "./t3-row-total.js";
import { t4Total } from "./t4-total.js";
import { templateYear } from "./template-year.js";
import type { Rule, RuleMeta } from "./types.js";
import { yamlSyntax } from "./yaml-syntax.js";
import { yearCarryOver } from "./year-carry-over.js";
import { yearInForce } from "./year-in-force.js";
import { sumOfUnits } from "./sum-of-units.js";
import { placeholderRule } from "./placeholder.js";
import { textFigure } from "./text-figure.js";
import { publicationDeadline } from "./publication-deadline.js";
import { statisticsPeriod } from "./statistics-period.js";
import { titleYear } from "./title-year.js";
import { copiedProse } from "./copied-prose.js";
import { internalMeta } from "./internal.js";

/** Document rules, in the order they run. yaml-syntax is reported by the parser stage. */
export const documentRules: Rule[] = [
  schemaRule,
  sectionMissing,
  templateYear,
  cellValue,
  cellBlank,
  t3RowTotal,
  t3ResultsTotal,
  t3Balance,
  t4Total,
  textFigure,
  placeholderRule,
  titleYear,
  publicationDeadline,
  statisticsPeriod,
  // Cross-document rules run only when the front end can read other files.
  yearCarryOver,
  yearInForce,
  sumOfUnits,
  copiedProse,
];

export const suppressionMeta: RuleMeta = {
  id: "suppression",
  defaultSeverity: "warning",
  title: { zh: "禁用注释", en: "Suppression comments" },
  description: {
    zh: "`# ogi-disable-next-line <规则> -- <理由>` 可以关闭下一行的某条规则，但必须写明理由；没有理由、规则名不存在或没有用上的禁用注释都会报告。",
    en: "`# ogi-disable-next-line <rule> -- <reason>` silences a rule on the next line and must give a reason; a suppression without a reason, naming an unknown rule, or silencing nothing is reported.",
  },
  basis: { zh: "OGI Report 约定：每一处例外都要有据可查。", en: "OGI Report: every exception must be explained." },
  fixable: true,
  scope: "meta",
};

export const allRules: RuleMeta[] = [yamlSyntax.meta, ...documentRules.map((r) => r.meta), suppressionMeta, internalMeta];

/** The rules a report can draw, each with a severity setting, a case table and a broken example: all but the tool's own failure. */
export const reportRules: RuleMeta[] = allRules.filter((m) => m.scope !== "tool");

export const ruleMeta = new Map(allRules.map((m) => [m.id, m]));

export function isRuleId(id: string): boolean {
  return ruleMeta.has(id as RuleMeta["id"]);
}

export type { Rule, RuleMeta };
