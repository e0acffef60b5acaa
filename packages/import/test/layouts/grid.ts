import { cellsOf, parts, templates, type Template, type TemplateId } from "@ogi-report/core";
import { at, cellText as printed } from "../compare.js";

/**
 * A report as the printed tables hold it: rows of cells, label cells first, then figures ("" for a blank
 * cell). Every layout of the generator flattens these same grids, so the figures they print are the same.
 */
export type Report = Record<string, unknown>;
export type TableKey = "activeDisclosure" | "applications" | "reviewAndLitigation";

export interface GridRow {
  /** Label cells printed to the left of the figures (group labels on the first row of their group). */
  labels: string[];
  values: string[];
  /** A header row: labels only. */
  header?: boolean;
}

export interface TableGrid {
  key: TableKey;
  rows: GridRow[];
}

export interface ReportGrids {
  template: Template;
  title: string;
  headings: string[];
  prose: { overview: string; problems: string; otherMatters: string };
  tables: TableGrid[];
}

export function gridsOf(report: Report): ReportGrids {
  const t = templates[report.template as TemplateId];
  const cells = cellsOf(t);
  const rowValues = (rowPath: string) => cells.filter((c) => c.rowPath.join("/") === rowPath).map((c) => printed(at(report, c.path)));

  const t2: GridRow[] = [];
  for (const b of t.activeDisclosure) {
    t2.push({ labels: [b.item.zh], values: [], header: true });
    t2.push({ labels: [t.activeRowHeading.zh, ...b.columns.map((c) => c.label.zh)], values: [], header: true });
    for (const r of b.rows) t2.push({ labels: [r.label.zh], values: rowValues(`activeDisclosure/${r.key}`) });
  }

  const t3: GridRow[] = [
    { labels: [t.applicationsNote.zh, t.applicantsHeading.zh], values: [], header: true },
    { labels: ["自然人", "法人或其他组织", "总计"], values: [], header: true },
    { labels: t.applicantColumns.filter((c) => c.group).map((c) => c.label.zh), values: [], header: true },
  ];
  const opened = new Set<string>();
  for (const r of t.applicationRows) {
    const groups = r.groups.map((g) => g.zh).filter((g) => !opened.has(g));
    for (const g of groups) opened.add(g);
    t3.push({ labels: [...groups, r.label.zh], values: rowValues(`applications/${r.path.join("/")}`) });
  }

  const review = t.reviewColumns.map((c) => c.label.zh);
  const t4: GridRow[] = [
    { labels: ["行政复议", "行政诉讼"], values: [], header: true },
    { labels: [...review, "未经复议直接起诉", "复议后起诉"], values: [], header: true },
    { labels: [...review, ...review], values: [], header: true },
    { labels: [], values: t.reviewGroups.flatMap((g) => rowValues(`reviewAndLitigation/${g.key}`)) },
  ];

  return {
    template: t,
    title: `${String(report.agency)}${String(report.year)}年政府信息公开工作年度报告`,
    headings: parts.map((p) => p.heading.zh),
    prose: { overview: String(report.overview ?? "").trim(), problems: String(report.problems ?? "").trim(), otherMatters: String(report.otherMatters ?? "").trim() },
    tables: [
      { key: "activeDisclosure", rows: t2 },
      { key: "applications", rows: t3 },
      { key: "reviewAndLitigation", rows: t4 },
    ],
  };
}
