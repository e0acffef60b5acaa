import { ruleMeta, type RuleId } from "@ogi-report/core";
import { t, type Locale } from "../../locale.js";
import { statusText } from "./text-report.js";
import { shareText } from "./totals.js";
import type { AuditedReport, AuditEntry, AuditStatus, AuditTotals } from "./types.js";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A self-contained page: inline CSS and SVG only, nothing loaded from anywhere, no script. */
export function dashboard(entries: AuditEntry[], reports: AuditedReport[], totals: AuditTotals, locale: Locale): string {
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
    .map((r) => {
      const cells = ruleIds
        .map((id) => {
          const c = r.rules[id];
          const n = c ? c.errors + c.warnings + c.infos : 0;
          return `<td class="${n ? `hit ${c!.errors ? "error" : c!.warnings ? "warning" : "info"}` : "ok"}">${n || ""}</td>`;
        })
        .join("");
      const status = r.errors > 0 ? "fail" : r.warnings > 0 ? "warn" : "pass";
      return `<tr class="report ${status}"><td class="file">${esc(r.file)}${r.imported ? ` <span class="tag">${L("已导入", "imported")}${r.cellsUncertain ? ` · ${L(`${r.cellsUncertain} 个不确定`, `${r.cellsUncertain} uncertain`)}` : ""}</span>` : ""}</td><td>${esc(r.agency || "?")}</td><td>${r.year ?? "?"}</td><td>${esc(r.template || "?")}</td><td class="num">${r.errors}</td><td class="num">${r.warnings}</td>${cells}</tr>`;
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
<style>
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:24px;color:#1f2933;background:#fff}
h1{font-size:22px;margin:0 0 16px}h2{font-size:17px;margin:28px 0 10px}
.stats{display:flex;flex-wrap:wrap;gap:12px}.stat{border:1px solid #d9e2ec;border-radius:8px;padding:10px 16px;min-width:120px}
.stat .value{font-size:22px;font-weight:600}.stat .label{font-size:12px;color:#52606d}
table{border-collapse:collapse;font-size:13px}th,td{border:1px solid #d9e2ec;padding:4px 8px;text-align:left}
th{background:#f0f4f8}th.rule{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-weight:500}
td.num{text-align:right}td.hit{text-align:center;font-weight:600}td.hit.error{background:#fde2e1;color:#b42318}
td.hit.warning{background:#fef3c7;color:#92400e}td.hit.info{background:#e0f2fe;color:#075985}
tr.other td{color:#52606d}tr.fail td.file{border-left:4px solid #d64545}tr.warn td.file{border-left:4px solid #e0a800}tr.pass td.file{border-left:4px solid #3f9142}
.tag{font-size:11px;color:#52606d;background:#f0f4f8;border-radius:4px;padding:1px 4px}
svg text{font-size:12px;fill:#1f2933}.bar rect{fill:#d64545}.bar.warning rect{fill:#e0a800}.bar.info rect{fill:#3b82c4}
footer{margin-top:24px;font-size:12px;color:#7b8794}
</style></head><body>
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
<table id="reports"><thead>${head}</thead><tbody>
${rows}
</tbody></table>
${otherTable}
<footer>${L(`共 ${totals.errors} 个错误、${totals.warnings} 个警告。由 ogi audit 生成。`, `${totals.errors} errors and ${totals.warnings} warnings in all. Generated by ogi audit.`)}</footer>
</body></html>
`;
}
