import { periodYear, statedPeriods } from "./prose/period.js";
import { asciiDigits } from "./prose/span.js";
import type { Rule } from "./types.js";

export const titleYear: Rule = {
  meta: {
    id: "title-year",
    defaultSeverity: "warning",
    title: { zh: "标题的年度与机关名称", en: "The title's year and agency" },
    description: {
      zh: "`title` 须写出年度（如「2024年度」），且与 `year` 一致；没有 `year` 时与正文所述统计期限的年度一致（有 `year` 时，统计期限由 statistics-period 核对）。标题还须写明 `agency` 的机关名称，全称或按字序的简称（如「上海市科委」）均可。没有 `title` 时不检查。",
      en: "`title` states the year (e.g. 「2024年度」) and it is `year`; without `year`, it is the year of the statistics period the prose states (with `year`, statistics-period checks the period). The title also names the agency in `agency`, in full or shortened keeping its characters in order (上海市科委 for 上海市科学技术委员会). Nothing is checked without `title`.",
    },
    basis: {
      zh: "国办公开办函〔2021〕30号 所附年度报告格式：标题为「<机关名称><年度>年政府信息公开工作年度报告」；年度报告报告的是一个完整年度（条例第四十九条）。",
      en: "The national format's title reads “<agency> <year> annual report on open government information”; the report covers one whole year (Art. 49).",
    },
    fixable: true,
    scope: "document",
  },
  check(ctx) {
    const title = ctx.model.title;
    if (!title) return;
    const at = { start: title.node.start, end: title.node.end };
    const year = ctx.model.year?.value;
    const stated = /(\d{4})\s*年/.exec(asciiDigits(title.value));
    const titleYear = stated ? Number(stated[1]) : undefined;
    if (titleYear === undefined) {
      ctx.report({ path: "/title", at, message: { zh: "标题没有写明报告年度（如「2024年度」）", en: "The title does not state the report year (e.g. 「2024年度」)" } });
    } else if (year !== undefined && titleYear !== year) {
      // The four digits in the YAML text, when they are written there as they read (not full-width, not escaped).
      const found = ctx.text.indexOf(stated![1]!, title.node.start);
      const exact = found >= 0 && found + 4 <= title.node.end;
      const yearAt = { start: found, end: found + 4 };
      ctx.report({
        path: "/title",
        at: exact ? yearAt : at,
        message: { zh: `标题写的是 ${titleYear} 年度，year 为 ${year}`, en: `The title says ${titleYear}, but year is ${year}` },
        expected: year,
        actual: titleYear,
        ...(exact ? { fixes: [{ title: { zh: `标题改为 ${year}`, en: `Change the title to ${year}` }, safe: false, edits: [{ start: yearAt.start, end: yearAt.end, newText: String(year) }] }] } : {}),
      });
    }
    // With no `year`, the title's year stands for the report's; a period of another year is statistics-period's
    // to report when `year` is there.
    if (year === undefined && titleYear !== undefined) {
      for (const part of ctx.model.parts) {
        for (const period of statedPeriods(part.value)) {
          const py = periodYear(period);
          if (py === undefined || py === titleYear) continue;
          ctx.report({
            path: "/title",
            at,
            message: { zh: `标题写的是 ${titleYear} 年度，正文的统计期限「${period.written}」是 ${py} 年`, en: `The title says ${titleYear}, but the statistics period “${period.written}” is in ${py}` },
            expected: py,
            actual: titleYear,
          });
        }
      }
    }
    const agency = ctx.model.agency?.value.replace(/\s+/g, "");
    const named = agencyInTitle(title.value);
    if (agency && !namesAgency(named, agency)) {
      ctx.report({
        path: "/title",
        at,
        message: named
          ? { zh: `标题中的机关「${named}」不是 agency「${agency}」`, en: `The title names “${named}”, not the agency “${agency}”` }
          : { zh: `标题没有写明机关名称「${agency}」`, en: `The title does not name the agency “${agency}”` },
        expected: agency,
        ...(named ? { actual: named } : {}),
      });
    }
  },
};

/** What the title says besides the year and the report's fixed name: the agency as the title writes it. */
function agencyInTitle(title: string): string {
  return asciiDigits(title)
    .replace(/\s+/g, "")
    .replace(/(?:关于)?\d{4}年度?/g, "")
    .replace(/(?:政府信息公开|政务公开)(?:工作)?(?:年度)?报告$/, "")
    .replace(/[《》「」“”"()（）]/g, "");
}

/**
 * The title names the agency in full or shortened the usual way, keeping its characters in order
 * (上海市科委 for 上海市科学技术委员会, 福建省人社厅 for 福建省人力资源和社会保障厅).
 */
function namesAgency(named: string, agency: string): boolean {
  if (!named) return false;
  if (named.includes(agency) || agency.includes(named)) return true;
  let k = 0;
  for (const c of agency) if (c === named[k]) k++;
  return k === named.length && named[0] === agency[0];
}
