import { periodYear, statedPeriods, type DayOfYear, type StatedPeriod } from "./prose/period.js";
import { proseSpan } from "./prose/span.js";
import type { Rule } from "./types.js";

export const statisticsPeriod: Rule = {
  meta: {
    id: "statistics-period",
    defaultSeverity: "warning",
    title: { zh: "统计期限为报告年度全年", en: "The statistics period is the whole report year" },
    description: {
      zh: "正文说明统计期限的句子（如「本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止」，以及「统计期间」「统计时限」等写法，日期可写作 2024年1月1日、2024.1.1 或省略年份的 1月1日）必须是报告年度的 1 月 1 日至 12 月 31 日。问题标在该句上。",
      en: "A sentence of the prose that states the statistics period (「本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止」 and variants with 统计期间, 统计时限; dates as 2024年1月1日, 2024.1.1 or 1月1日 without a year) must state 1 January to 31 December of the report's year. The finding marks that sentence.",
    },
    basis: {
      zh: "《中华人民共和国政府信息公开条例》第四十九条：年度报告报告的是「上一年度」的政府信息公开工作，即一个完整的自然年度。",
      en: "Art. 49 of the Regulations: the annual report covers the previous year's work, a whole calendar year.",
    },
    fixable: false,
    scope: "document",
  },
  check(ctx) {
    const year = ctx.model.year?.value;
    for (const part of ctx.model.parts) {
      for (const period of statedPeriods(part.value)) {
        const wanted = year ?? periodYear(period);
        if (wanted === undefined || isWholeYear(period, wanted)) continue;
        const at = proseSpan(part.node, ctx.text, part.value, period.start, period.end);
        ctx.report({
          path: part.path,
          ...(at ? { at } : {}),
          message: {
            zh: `统计期限「${period.written}」应为 ${wanted}年1月1日至${wanted}年12月31日${year === undefined ? "" : `（报告年度 ${year}）`}`,
            en: `The statistics period “${period.written}” should run from 1 January to 31 December ${wanted}${year === undefined ? "" : ` (the report year)`}`,
          },
          expected: `${wanted}-01-01/${wanted}-12-31`,
          actual: `${iso(period.from, period.from.year ?? period.to.year)}/${iso(period.to, period.to.year ?? period.from.year)}`,
        });
      }
    }
  },
};

function isWholeYear(p: StatedPeriod, year: number): boolean {
  const fromYear = p.from.year ?? p.to.year ?? year;
  const toYear = p.to.year ?? p.from.year ?? year;
  return fromYear === year && toYear === year && p.from.month === 1 && p.from.day === 1 && p.to.month === 12 && p.to.day === 31;
}

function iso(d: DayOfYear, year: number | undefined): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${year ?? "????"}-${two(d.month)}-${two(d.day)}`;
}
