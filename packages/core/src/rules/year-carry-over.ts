import { okValue, otherRange, previousReport, loadFailureText } from "../cross/previous.js";
import type { Rule } from "./types.js";

export const yearCarryOver: Rule = {
  meta: {
    id: "year-carry-over",
    defaultSeverity: "warning",
    title: { zh: "跨年度：上年结转等于上一年度的结转下年度", en: "Across years: carried over equals last year's carried forward" },
    description: {
      zh: "本年度表三「二、上年结转政府信息公开申请数量」每一栏，应等于上一年度报告「四、结转下年度继续办理」的同一栏。需要上一年度报告：在报告中写 `previous: ../2024/report.yaml`，或 `ogi check --previous <文件>`。",
      en: "Each column of this year's “2. Carried over from last year” equals the same column of last year's “4. Carried forward”. Needs last year's report: `previous: ../2024/report.yaml` in the report, or `ogi check --previous <file>`.",
    },
    basis: { zh: "表三各年度之间的衔接：上年结转的申请即上一年度结转下年度继续办理的申请。", en: "Table 3 across years: what was carried forward last year is what is carried over this year." },
    fixable: true,
    scope: "cross-document",
  },
  check(ctx) {
    const prev = previousReport(ctx);
    if (!prev) return;
    if (prev.failure) {
      const t = loadFailureText(prev.failure);
      ctx.report({ path: "/previous", message: { zh: `上一年度报告：${t.zh}`, en: `Previous year's report: ${t.en}` } });
      return;
    }
    const other = prev.report!;
    const year = ctx.model.year?.value;
    if (year !== undefined && other.year !== undefined && other.year !== year - 1) {
      ctx.report({
        path: "/previous",
        message: { zh: `上一年度报告应为 ${year - 1} 年度，这里是 ${other.year} 年度`, en: `The previous report should be for ${year - 1}, not ${other.year}` },
        expected: year - 1,
        actual: other.year,
      });
      return;
    }
    ctx.template.applicantColumns.forEach((column, c) => {
      const here = `/applications/carriedOver/${c}`;
      const there = `/applications/carriedForward/${c}`;
      const now = okValue(ctx.cells, here);
      const before = okValue(other.cells, there);
      if (now === undefined || before === undefined || now === before) return;
      const cell = ctx.cells.get(here) as { node: { start: number; end: number } };
      ctx.report({
        path: here,
        message: {
          zh: `「二、上年结转」${column.label.zh}栏为 ${now}，上一年度报告「四、结转下年度继续办理」为 ${before}`,
          en: `“2. Carried over”, ${column.label.en} column, is ${now}, but last year's “4. Carried forward” is ${before}`,
        },
        expected: before,
        actual: now,
        related: [
          {
            path: there,
            file: other.path,
            range: otherRange(other, there),
            role: "previous-year",
            message: { zh: `上一年度（${other.year ?? "?"}）结转下年度 = ${before}`, en: `Carried forward in ${other.year ?? "the previous report"} = ${before}` },
          },
        ],
        fixes: [{ title: { zh: `改为 ${before}`, en: `Set to ${before}` }, safe: false, edits: [{ start: cell.node.start, end: cell.node.end, newText: String(before) }] }],
      });
    });
  },
};
