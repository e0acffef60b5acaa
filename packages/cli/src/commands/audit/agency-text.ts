import { t, type Locale } from "../../locale.js";
import { terminalText } from "../../terminal-text.js";
import { copiedStandsOut, copiedText, copiedWords, metricText, metricWords, METRICS, type AgencySeries } from "./agencies.js";
import type { AuditedReport } from "./types.js";

/**
 * Agencies with more than one year, for the terminal: a line per figure with its value each year, a change that
 * stands out followed by the change and `!`, and the prose each year shares with the year before.
 */
export function agencyText(series: AgencySeries[], reports: AuditedReport[], locale: Locale): string[] {
  const several = series.filter((s) => s.years.length > 1);
  if (several.length === 0) return [];
  const lines = [t(locale, { zh: "各机关逐年情况：", en: "Agencies year by year:" })];
  const colon = t(locale, { zh: "：", en: ": " });
  for (const s of several) {
    const files = s.years.reduce((n, y) => n + 1 + y.others.length, 0);
    lines.push(
      terminalText(
        `${s.name}  ${s.years[0]!.year}–${s.years.at(-1)!.year}  ${t(locale, { zh: `${s.years.length} 个年度，${files} 个文件`, en: `${s.years.length} years, ${files} files` })}`,
      ),
    );
    for (const m of METRICS) {
      const values = s.years.map((y) => `${y.year} ${metricText(m, y.values[m])}${y.jumps[m] ? ` (${y.jumps[m]}!)` : ""}`);
      lines.push(`  ${t(locale, metricWords[m])}${colon}${values.join(" · ")}`);
    }
    lines.push(`  ${t(locale, copiedWords)}${colon}${s.years.map((y) => `${y.year} ${copiedText(y.copied)}${copiedStandsOut(y.copied) ? "!" : ""}`).join(" · ")}`);
    const failing = s.years.filter((y) => reports[y.report]!.errors > 0).map((y) => `${y.year} ${Object.keys(reports[y.report]!.rules).join(", ")}`);
    if (failing.length) lines.push(`  ${t(locale, { zh: "有错误的年度", en: "Years with errors" })}${colon}${terminalText(failing.join(" · "))}`);
  }
  return lines;
}
