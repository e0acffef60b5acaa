import { copiedProseShare, COPIED_SHARE_THRESHOLD } from "@ogi-report/core";
import type { AuditedReport } from "./types.js";

/** The figures followed year after year, as the dashboard and the exports name them. */
export const METRICS = ["received", "handled", "grantedShare", "reviews", "suits", "findings"] as const;
export type Metric = (typeof METRICS)[number];

export const metricWords: Record<Metric, { zh: string; en: string }> = {
  received: { zh: "新收申请（件）", en: "Applications received" },
  handled: { zh: "办结（件）", en: "Applications handled" },
  grantedShare: { zh: "予以公开和部分公开比例", en: "Share granted in full or part" },
  reviews: { zh: "行政复议（件）", en: "Administrative reviews" },
  suits: { zh: "行政诉讼（件）", en: "Lawsuits" },
  findings: { zh: "问题（错误与警告）", en: "Findings (errors and warnings)" },
};

export const copiedWords = { zh: "与上一年度相同的文字", en: "Prose shared with the year before" };

/** A figure as printed: a share in per cent, a count as it is, a dash for none. */
export const metricText = (m: Metric, v: number | null): string => (v === null ? "—" : m === "grantedShare" ? `${(v * 100).toFixed(1)}%` : String(v));

/** One year of an agency: the report that stands for it, and its figures. */
export interface AgencyYear {
  year: number;
  /** Index into the audited reports of the report shown for this year. */
  report: number;
  /** Other reports of the same agency and year (a page and its text version, say), also by index. */
  others: number[];
  values: Record<Metric, number | null>;
  /** Share of parts 一, 五, 六 found in the year before's report; null when there is no report for the year before. */
  copied: number | null;
  /** Metrics whose change from the year before stands out, with the change as printed. */
  jumps: Partial<Record<Metric, string>>;
}

export interface AgencySeries {
  name: string;
  years: AgencyYear[];
}

/**
 * A change stands out when a count moves by half or more and by at least this many (a handful of applications
 * doubling is noise), or the share granted moves by this many points or more.
 */
const JUMP_RATIO = 0.5;
const JUMP_MIN_COUNT = 10;
const JUMP_SHARE_POINTS = 0.15;

/**
 * How an agency is written varies from year to year (full-width brackets, blanks, a line break in a title):
 * reports are grouped by the name with those differences taken out.
 */
export function agencyKey(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, "").replace(/[（(]/g, "(").replace(/[）)]/g, ")");
}

/** Reports grouped by agency, each agency's years in order, with the year-over-year comparisons. */
export function agencySeries(reports: AuditedReport[], yamls: readonly string[]): AgencySeries[] {
  const groups = new Map<string, { name: string; byYear: Map<number, number[]> }>();
  reports.forEach((r, i) => {
    if (!r.agency || r.year === null) return;
    const key = agencyKey(r.agency);
    const g = groups.get(key) ?? { name: r.agency, byYear: new Map<number, number[]>() };
    groups.set(key, g);
    g.byYear.set(r.year, [...(g.byYear.get(r.year) ?? []), i]);
  });
  const series: AgencySeries[] = [];
  for (const g of groups.values()) {
    const years: AgencyYear[] = [];
    for (const year of [...g.byYear.keys()].sort((a, b) => a - b)) {
      const [report, ...others] = [...g.byYear.get(year)!].sort((a, b) => preference(reports[a]!) - preference(reports[b]!) || a - b);
      const before = years.at(-1)?.year === year - 1 ? years.at(-1) : undefined;
      const values = valuesOf(reports[report!]!);
      const copied = before ? (copiedProseShare(yamls[report!]!, yamls[before.report]!)?.share ?? null) : null;
      years.push({ year, report: report!, others, values, copied, jumps: before ? jumpsOf(before.values, values) : {} });
    }
    series.push({ name: g.name, years });
  }
  // Agencies with the most years first: they are what an office follows.
  return series.sort((a, b) => b.years.length - a.years.length || a.name.localeCompare(b.name, "zh-CN"));
}

/** Which of several reports of one agency and year to show: the YAML as written, then the import with fewest doubts. */
function preference(r: AuditedReport): number {
  return (r.imported ? 1_000_000 : 0) + (r.cellsUncertain ?? 0);
}

function valuesOf(r: AuditedReport): Record<Metric, number | null> {
  const f = r.figures;
  return {
    received: f.received,
    handled: f.handled,
    grantedShare: f.granted !== null && f.handled ? f.granted / f.handled : null,
    reviews: f.reviews,
    suits: f.suits,
    findings: r.errors + r.warnings,
  };
}

function jumpsOf(before: Record<Metric, number | null>, now: Record<Metric, number | null>): Partial<Record<Metric, string>> {
  const jumps: Partial<Record<Metric, string>> = {};
  for (const m of METRICS) {
    const a = before[m];
    const b = now[m];
    if (a === null || b === null) continue;
    if (m === "grantedShare") {
      if (Math.abs(b - a) >= JUMP_SHARE_POINTS) jumps[m] = `${b > a ? "+" : ""}${((b - a) * 100).toFixed(1)} pt`;
      continue;
    }
    if (Math.abs(b - a) < JUMP_MIN_COUNT) continue;
    if (a === 0) jumps[m] = `+${b}`;
    else if (Math.abs(b - a) / a >= JUMP_RATIO) jumps[m] = `${b > a ? "+" : ""}${Math.round(((b - a) / a) * 100)}%`;
  }
  return jumps;
}

/** The copied-prose share as printed, marked when it is above the rule's threshold. */
export function copiedText(share: number | null): string {
  return share === null ? "—" : `${(share * 100).toFixed(1)}%`;
}

export const copiedStandsOut = (share: number | null): boolean => share !== null && share > COPIED_SHARE_THRESHOLD;

/** The series for `--format json`: reports named by file rather than by index. */
export function agenciesJson(series: AgencySeries[], reports: AuditedReport[]) {
  return series.map((s) => ({
    name: s.name,
    years: s.years.map((y) => ({ year: y.year, file: reports[y.report]!.file, otherFiles: y.others.map((i) => reports[i]!.file), ...y.values, copiedProseShare: y.copied, standsOut: y.jumps })),
  }));
}
