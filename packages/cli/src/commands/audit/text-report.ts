import { t, type Locale } from "../../locale.js";
import { terminalText } from "../../terminal-text.js";
import type { AgencySeries } from "./agencies.js";
import { agencyText } from "./agency-text.js";
import { shareText } from "./totals.js";
import type { AuditedReport, AuditEntry, AuditStatus, AuditTotals } from "./types.js";

const statusWords: Record<Exclude<AuditStatus, "checked">, { zh: string; en: string }> = {
  "no-table": { zh: "没有找到表格", en: "no table found" },
  "not-a-report": { zh: "不是年度报告", en: "not a report" },
  unreadable: { zh: "无法读取", en: "unreadable" },
  internal: { zh: "内部错误", en: "internal error" },
};

export function statusText(status: Exclude<AuditStatus, "checked">, locale: Locale): string {
  return t(locale, statusWords[status]);
}

/**
 * A line per file given, in order (a report with its counts, any other file with what it is), the agencies with
 * several years, then the totals.
 */
export function textReport(entries: AuditEntry[], reports: AuditedReport[], totals: AuditTotals, series: AgencySeries[], locale: Locale): string {
  const byFile = new Map(reports.map((r) => [r.file, r]));
  const lines = entries.map((e) => {
    const r = byFile.get(e.file);
    if (e.status !== "checked" || !r) return terminalText(`${e.file}  ${statusText(e.status as Exclude<AuditStatus, "checked">, locale)}: ${e.reason ?? ""}`);
    const head = `${r.file}  ${r.agency || "?"}  ${r.year ?? "?"}  ${r.template || "?"}`;
    const counts = t(locale, { zh: `${r.errors} 个错误，${r.warnings} 个警告`, en: `${r.errors} error${r.errors === 1 ? "" : "s"}, ${r.warnings} warning${r.warnings === 1 ? "" : "s"}` });
    const uncertain = r.cellsUncertain ? t(locale, { zh: `；导入时 ${r.cellsUncertain} 个单元格不确定`, en: `; ${r.cellsUncertain} cells uncertain on import` }) : "";
    const rules = Object.entries(r.rules)
      .map(([id, c]) => `${id}×${c.errors + c.warnings + c.infos}`)
      .join(", ");
    return terminalText(`${head}  ${counts}${rules ? ` (${rules})` : ""}${uncertain}`);
  });
  lines.push(...agencyText(series, reports, locale));
  const share = shareText(totals);
  lines.push(
    t(locale, {
      zh: `合计：${totals.reports} 份报告，${totals.failing} 份有错误（${totals.errors} 个错误，${totals.warnings} 个警告）；新收申请 ${totals.received} 件，予以公开和部分公开 ${totals.granted} / 办结 ${totals.handled}（${share}）；行政复议 ${totals.reviews} 件，行政诉讼 ${totals.suits} 件`,
      en: `Total: ${totals.reports} reports, ${totals.failing} with errors (${totals.errors} errors, ${totals.warnings} warnings); applications received ${totals.received}, granted in full or part ${totals.granted} of ${totals.handled} handled (${share}); reviews ${totals.reviews}, suits ${totals.suits}`,
    }),
  );
  return lines.join("\n") + "\n";
}
