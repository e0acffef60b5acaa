import { t, type Locale } from "../../locale.js";
import { metricWords, METRICS, type AgencySeries } from "./agencies.js";
import type { AuditedReport, AuditTotals } from "./types.js";

export type Cell = string | number | null;

/** A sheet of the exports: the same rows go to CSV and to XLSX. */
export interface ExportTable {
  name: string;
  header: string[];
  rows: Cell[][];
}

const share = (granted: number | null, handled: number | null): number | null => (granted !== null && handled ? Math.round((granted / handled) * 1000) / 10 : null);

/** One row per finding, with the report it is in and the cell it names. */
export function findingsTable(reports: AuditedReport[], locale: Locale): ExportTable {
  const L = (zh: string, en: string) => t(locale, { zh, en });
  return {
    name: L("问题", "Findings"),
    header: [L("文件", "File"), L("机关", "Agency"), L("年度", "Year"), L("格式", "Template"), L("规则", "Rule"), L("级别", "Severity"), L("单元格", "Cell"), L("位置", "Pointer"), L("行", "Line"), L("说明", "Message")],
    rows: reports.flatMap((r) => r.findings.map((f) => [r.file, r.agency, r.year, r.template, f.ruleId, f.severity, f.cell, f.path, f.line, f.message])),
  };
}

/** One row per report with its counts and figures, the copied-prose share against the year before, and the totals. */
export function totalsTable(reports: AuditedReport[], totals: AuditTotals, series: AgencySeries[], locale: Locale): ExportTable {
  const L = (zh: string, en: string) => t(locale, { zh, en });
  const copied = new Map<number, number | null>();
  for (const s of series) for (const y of s.years) copied.set(y.report, y.copied);
  const rows: Cell[][] = reports.map((r, i) => {
    const f = r.figures;
    const c = copied.get(i);
    return [r.file, r.agency, r.year, r.template, r.errors, r.warnings, f.received, f.handled, f.granted, share(f.granted, f.handled), f.reviews, f.suits, c === undefined || c === null ? null : Math.round(c * 1000) / 10];
  });
  rows.push([L("合计", "Total"), "", null, "", totals.errors, totals.warnings, totals.received, totals.handled, totals.granted, share(totals.granted, totals.handled), totals.reviews, totals.suits, null]);
  return {
    name: L("合计", "Totals"),
    header: [
      L("文件", "File"), L("机关", "Agency"), L("年度", "Year"), L("格式", "Template"), L("错误", "Errors"), L("警告", "Warnings"),
      L("新收申请", "Received"), L("办结", "Handled"), L("予以公开和部分公开", "Granted in full or part"), L("公开比例（%）", "Share granted (%)"),
      L("行政复议", "Reviews"), L("行政诉讼", "Suits"), L("与上一年度相同的文字（%）", "Prose shared with the year before (%)"),
    ],
    rows,
  };
}

/** Each agency's years, a row per year: the figures the dashboard charts, and the changes that stand out. */
export function agenciesTable(series: AgencySeries[], reports: AuditedReport[], locale: Locale): ExportTable {
  const L = (zh: string, en: string) => t(locale, { zh, en });
  const percent = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
  return {
    name: L("机关逐年", "Agencies"),
    header: [L("机关", "Agency"), L("年度", "Year"), L("文件", "File"), ...METRICS.map((m) => t(locale, metricWords[m]) + (m === "grantedShare" ? " (%)" : "")), L("与上一年度相同的文字（%）", "Prose shared with the year before (%)"), L("变化突出", "Changes that stand out")],
    rows: series.flatMap((s) =>
      s.years.map((y) => [
        s.name,
        y.year,
        reports[y.report]!.file,
        ...METRICS.map((m) => (m === "grantedShare" ? percent(y.values[m]) : y.values[m])),
        percent(y.copied),
        Object.entries(y.jumps).map(([m, change]) => `${t(locale, metricWords[m as keyof typeof metricWords])} ${change}`).join("; "),
      ]),
    ),
  };
}
