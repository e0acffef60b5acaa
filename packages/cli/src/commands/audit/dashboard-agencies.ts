import { t, type Locale } from "../../locale.js";
import { copiedStandsOut, copiedText, copiedWords, metricText, metricWords, METRICS, type AgencySeries, type AgencyYear, type Metric } from "./agencies.js";
import { esc } from "./html-escape.js";

/** Per agency, its years side by side: a line chart per figure, the changes that stand out marked. */
export function agenciesSection(series: AgencySeries[], locale: Locale): string {
  const L = (zh: string, en: string) => esc(t(locale, { zh, en }));
  if (series.length === 0) return "";
  const cards = series.map((s, i) => agencyCard(s, i, locale)).join("\n");
  return `<h2>${L("各机关逐年情况", "Each agency, year by year")}</h2>
<p class="note">${L("变化突出的年份（件数增减一半以上且至少 10 件，或公开比例变化 15 个百分点以上）以红色标出；与上一年度相同的文字比较一、五、六部分。年度旁的 +n 表示该年度另有 n 个文件（同一报告的网页和文本等），图表取原始 YAML 或导入时不确定单元格最少的一份。", "Years whose change stands out (a count up or down by half and by 10 or more, or the share granted by 15 points or more) are marked red; prose shared with the year before compares parts 1, 5 and 6. +n by a year: n more files of that year (a page and its text, say); the figures are those of the YAML as written, or of the import with the fewest uncertain cells.")}</p>
${cards}`;
}

function agencyCard(s: AgencySeries, index: number, locale: Locale): string {
  const L = (zh: string, en: string) => esc(t(locale, { zh, en }));
  const head = `<tr><th>${L("年度", "Year")}</th><th>${L("趋势", "Trend")}</th>${s.years.map((y) => `<th class="num year" data-report="${y.report}" tabindex="0" title="${L("查看该年度报告", "Open this year's report")}">${y.year}${y.others.length ? `<sup>+${y.others.length}</sup>` : ""}</th>`).join("")}</tr>`;
  const rows = METRICS.map((m) => {
    const cells = s.years.map((y) => {
      const jump = y.jumps[m];
      return `<td class="num${jump ? " jump" : ""}" data-metric="${m}"${jump ? ` title="${L("较上一年度", "vs the year before")} ${esc(jump)}"` : ""}>${esc(metricText(m, y.values[m]))}${jump ? `<small>${esc(jump)}</small>` : ""}</td>`;
    });
    return `<tr><th scope="row">${esc(t(locale, metricWords[m]))}</th><td class="spark">${sparkline(s.years, m)}</td>${cells.join("")}</tr>`;
  });
  const copied = s.years.map((y) => `<td class="num${copiedStandsOut(y.copied) ? " jump" : ""}" data-metric="copied">${esc(copiedText(y.copied))}</td>`);
  rows.push(`<tr><th scope="row">${esc(t(locale, copiedWords))}</th><td class="spark">${sparkline(s.years, "copied")}</td>${copied.join("")}</tr>`);
  const span = s.years.length > 1 ? `${s.years[0]!.year}–${s.years.at(-1)!.year}` : String(s.years[0]!.year);
  return `<section class="agency" id="agency-${index}" data-agency="${esc(s.name)}"><h3>${esc(s.name)} <span class="tag">${esc(span)} · ${L(`${s.years.length} 个年度`, `${s.years.length} year${s.years.length === 1 ? "" : "s"}`)}</span></h3>
<table class="years"><thead>${head}</thead><tbody>${rows.join("")}</tbody></table></section>`;
}

/** A small line chart of one figure over the years; a gap where a year has no value, a red dot where it jumps. */
function sparkline(years: AgencyYear[], m: Metric | "copied"): string {
  const W = 150;
  const H = 36;
  const pad = 4;
  const value = (y: AgencyYear) => (m === "copied" ? y.copied : y.values[m]);
  const values = years.map(value).filter((v): v is number => v !== null);
  if (values.length === 0) return "";
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const x = (i: number) => (years.length === 1 ? W / 2 : pad + ((W - 2 * pad) * i) / (years.length - 1));
  const y = (v: number) => (hi === lo ? H / 2 : H - pad - ((H - 2 * pad) * (v - lo)) / (hi - lo));
  const segments: string[][] = [[]];
  years.forEach((yr, i) => {
    const v = value(yr);
    if (v === null) segments.push([]);
    else segments.at(-1)!.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  });
  const lines = segments.filter((s) => s.length > 1).map((s) => `<polyline points="${s.join(" ")}"/>`).join("");
  const dots = years
    .map((yr, i) => {
      const v = value(yr);
      if (v === null) return "";
      const hot = m === "copied" ? copiedStandsOut(v) : yr.jumps[m] !== undefined;
      return `<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="${hot ? 3.5 : 2}"${hot ? ` class="hot"` : ""}/>`;
    })
    .join("");
  return `<svg class="sparkline" xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" aria-hidden="true">${lines}${dots}</svg>`;
}
