import { ruleMeta, type RuleId } from "@ogi-report/core";
import { sha256 } from "../../formatters/fingerprint.js";
import { t, type Locale } from "../../locale.js";
import type { AgencySeries } from "./agencies.js";
import type { SplitTables } from "./report-tables.js";
import { agenciesSection } from "./dashboard-agencies.js";
import { findingsSection, reportTemplates } from "./dashboard-findings.js";
import { dashboardScript } from "./dashboard-script.js";
import { dashboardCss } from "./dashboard-style.js";
import { esc } from "./html-escape.js";
import { statusText } from "./text-report.js";
import { shareText } from "./totals.js";
import type { AuditedReport, AuditEntry, AuditStatus, AuditTotals } from "./types.js";

/**
 * The page runs its own script and no other, even if some text of a report were to slip past the escaping. Worked out
 * when a dashboard is written: at module load it made every `ogi` start load node:crypto (~30 ms).
 */
let scriptHash: string | undefined;
const policyHash = () => (scriptHash ??= `sha256-${Buffer.from(sha256(dashboardScript), "hex").toString("base64")}`);

/** What the page shows beyond the counts: the agencies' years, and each report's tables rendered (by index). */
export interface DashboardExtras {
  series: AgencySeries[];
  tables: readonly (SplitTables | undefined)[];
  /** The distinct table layouts the reports share (see TableLayouts). */
  layouts: readonly string[];
  /** The totals per report as CSV, for the page's download button (the same text as --csv writes beside the findings). */
  totalsCsv: string;
  /** The renderer's CSS for its tables and problem marks. */
  reportCss: string;
}

/**
 * A self-contained page: inline CSS, SVG and one inline script, nothing loaded from anywhere (the policy forbids
 * it), so it works from file:// and offline.
 */
export function dashboard(entries: AuditEntry[], reports: AuditedReport[], totals: AuditTotals, locale: Locale, extras: DashboardExtras): string {
  const L = (zh: string, en: string) => esc(t(locale, { zh, en }));
  const ruleIds = Object.keys(totals.rules).sort((a, b) => totals.rules[b]!.reports - totals.rules[a]!.reports || a.localeCompare(b));
  const severity = (id: string) => ruleMeta.get(id as RuleId)?.defaultSeverity ?? "error";
  const share = shareText(totals);

  // Chart: one bar per rule, the number of reports failing it.
  const barH = 26;
  const width = 640;
  const labelW = 170;
  const max = Math.max(1, ...ruleIds.map((id) => totals.rules[id]!.reports));
  const chartH = Math.max(1, ruleIds.length) * barH + 30;
  const bars = ruleIds
    .map((id, i) => {
      const n = totals.rules[id]!.reports;
      const w = Math.round(((width - labelW - 60) * n) / max);
      const y = 10 + i * barH;
      return `<g class="bar ${severity(id)}"><text x="${labelW - 8}" y="${y + 17}" text-anchor="end">${esc(id)}</text><rect x="${labelW}" y="${y + 4}" width="${w}" height="${barH - 8}" rx="3"/><text x="${labelW + w + 6}" y="${y + 17}">${n}</text></g>`;
    })
    .join("");
  const chart = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${chartH}" viewBox="0 0 ${width} ${chartH}" role="img" aria-label="${L("按规则统计的不合格报告数", "Reports failing each rule")}">${bars || `<text x="10" y="24">${L("没有报告违反任何规则", "No report fails any rule")}</text>`}</svg>`;

  const head = `<tr><th>${L("文件", "File")}</th><th>${L("机关", "Agency")}</th><th>${L("年度", "Year")}</th><th>${L("格式", "Template")}</th><th>${L("错误", "Errors")}</th><th>${L("警告", "Warnings")}</th>${ruleIds.map((id) => `<th class="rule">${esc(id)}</th>`).join("")}</tr>`;
  const rows = reports
    .map((r, i) => {
      const cells = ruleIds
        .map((id) => {
          const c = r.rules[id];
          const n = c ? c.errors + c.warnings + c.infos : 0;
          return `<td class="${n ? `hit ${c!.errors ? "error" : c!.warnings ? "warning" : "info"}` : "ok"}">${n || ""}</td>`;
        })
        .join("");
      const status = r.errors > 0 ? "fail" : r.warnings > 0 ? "warn" : "pass";
      return `<tr class="report ${status}" data-report="${i}" tabindex="0"><td class="file">${esc(r.file)}${r.imported ? ` <span class="tag">${L("已导入", "imported")}${r.cellsUncertain ? ` · ${L(`${r.cellsUncertain} 个不确定`, `${r.cellsUncertain} uncertain`)}` : ""}</span>` : ""}</td><td>${esc(r.agency || "?")}</td><td>${r.year ?? "?"}</td><td>${esc(r.template || "?")}</td><td class="num">${r.errors}</td><td class="num">${r.warnings}</td>${cells}</tr>`;
    })
    .join("\n");
  // Every other file given, with what it is: nothing is left out of the page without a word.
  const others = entries
    .filter((e) => e.status !== "checked")
    .map((e) => `<tr class="other ${e.status}"><td class="file">${esc(e.file)}</td><td>${esc(statusText(e.status as Exclude<AuditStatus, "checked">, locale))}</td><td>${esc(e.reason ?? "")}</td></tr>`)
    .join("\n");
  const otherTable = others
    ? `<h2>${L("未审查的文件", "Files not audited")}</h2>\n<table id="others"><thead><tr><th>${L("文件", "File")}</th><th>${L("情况", "Status")}</th><th>${L("原因", "Reason")}</th></tr></thead><tbody>\n${others}\n</tbody></table>`
    : "";
  const stat = (label: string, value: string | number, id: string) => `<div class="stat" id="${id}"><div class="value">${esc(String(value))}</div><div class="label">${label}</div></div>`;
  return `<!DOCTYPE html>
<html lang="${locale === "en" ? "en" : "zh-CN"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${L("政府信息公开年度报告审查汇总", "OGI annual report audit")}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '${policyHash()}'">
<style>${dashboardCss}${extras.reportCss}</style></head><body>
<h1>${L("政府信息公开工作年度报告审查汇总", "Open government information annual reports: audit")}</h1>
<div class="stats">
${stat(L("报告", "reports"), totals.reports, "stat-reports")}
${stat(L("有错误的报告", "reports with errors"), totals.failing, "stat-failing")}
${stat(L("新收申请（件）", "applications received"), totals.received, "stat-received")}
${stat(L("予以公开及部分公开占办结比例", "share granted in full or part"), share, "stat-granted")}
${stat(L("行政复议（件）", "administrative reviews"), totals.reviews, "stat-reviews")}
${stat(L("行政诉讼（件）", "lawsuits"), totals.suits, "stat-suits")}
</div>
<h2>${L("按规则统计的不合格报告数", "Reports failing each rule")}</h2>
${chart}
<h2>${L("各报告的问题（按规则）", "Findings per report and rule")}</h2>
<p class="note">${L("点击一行查看该报告的问题和表格。", "Click a row to open the report's findings and tables.")}</p>
<div class="scroll"><table id="reports" class="sortable"><thead>${head}</thead><tbody>
${rows}
</tbody></table></div>
${agenciesSection(extras.series, locale)}
${findingsSection(reports, extras.totalsCsv, locale)}
${otherTable}
<section id="detail" class="detail" hidden></section>
${reportTemplates(reports, extras.tables, extras.layouts, locale)}
<footer>${L(`共 ${totals.errors} 个错误、${totals.warnings} 个警告。由 ogi audit 生成。`, `${totals.errors} errors and ${totals.warnings} warnings in all. Generated by ogi audit.`)}</footer>
<script>${dashboardScript}</script>
</body></html>
`;
}
