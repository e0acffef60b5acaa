import { t, type Locale } from "../../locale.js";
import { esc, jsonAttribute } from "./html-escape.js";
import type { SplitTables } from "./report-tables.js";
import type { AuditedReport } from "./types.js";

const severityWords = { error: { zh: "错误", en: "error" }, warning: { zh: "警告", en: "warning" }, info: { zh: "提示", en: "info" } } as const;

/** Every finding of every report, one row each, with a filter per column that an office sorts its work by. */
export function findingsSection(reports: AuditedReport[], totalsCsv: string, locale: Locale): string {
  const L = (zh: string, en: string) => esc(t(locale, { zh, en }));
  const rows = reports.flatMap((r, i) =>
    r.findings.map(
      (f) =>
        `<tr class="finding ${f.severity}" data-report="${i}" data-pointer="${esc(f.path)}" tabindex="0" data-rule="${esc(f.ruleId)}" data-severity="${f.severity}" data-agency="${esc(r.agency)}" data-year="${r.year ?? ""}" data-template="${esc(r.template)}">` +
        `<td>${esc(r.agency || "?")}</td><td class="num">${r.year ?? "?"}</td><td>${esc(r.template || "?")}</td><td class="sev" data-v="${["error", "warning", "info"].indexOf(f.severity)}">${esc(t(locale, severityWords[f.severity]))}</td>` +
        `<td>${esc(f.ruleId)}</td><td>${esc(f.cell || f.path)}</td><td class="msg">${esc(f.message)}</td><td class="file">${esc(r.file)}:${f.line}</td></tr>`,
    ),
  );
  const options = (key: "rule" | "severity" | "agency" | "year" | "template", all: string, values: string[], label = (v: string) => v) =>
    `<label>${all}<select name="${key}" data-filter="${key}"><option value="">${L("全部", "all")}</option>${[...new Set(values)]
      .sort((a, b) => a.localeCompare(b, "zh-CN"))
      .map((v) => `<option value="${esc(v)}">${esc(label(v))}</option>`)
      .join("")}</select></label>`;
  const all = reports.flatMap((r) => r.findings.map((f) => ({ r, f })));
  const filters = [
    options("rule", L("规则", "Rule"), all.map((x) => x.f.ruleId)),
    options("severity", L("级别", "Severity"), all.map((x) => x.f.severity), (v) => t(locale, severityWords[v as keyof typeof severityWords])),
    options("agency", L("机关", "Agency"), all.map((x) => x.r.agency)),
    options("year", L("年度", "Year"), all.map((x) => String(x.r.year ?? ""))),
    options("template", L("格式", "Template"), all.map((x) => x.r.template)),
  ].join("");
  // The HTML parser turns CR LF in an attribute into LF; a CR written as a reference stays, so the download is the file.
  return `<h2>${L("全部问题", "All findings")}</h2>
<div id="filters" class="filters">${filters}<span class="count">${L("显示", "showing")} <b id="shown">${rows.length}</b> / ${rows.length}</span>
<button type="button" id="download-findings">${L("下载显示的问题（CSV）", "Download the findings shown (CSV)")}</button>
<button type="button" id="download-totals" data-csv="${esc(totalsCsv).replace(/\r/g, "&#13;")}">${L("下载各报告合计（CSV）", "Download the totals per report (CSV)")}</button></div>
<p class="note">${L("点击表头排序，点击一行查看该报告的问题和表格。", "Click a heading to sort, a row to open the report's findings and tables.")}</p>
<div class="scroll"><table id="findings" class="sortable"><thead>${findingsHead(locale)}</thead><tbody>
${rows.join("\n")}
</tbody></table></div>`;
}

function findingsHead(locale: Locale): string {
  const L = (zh: string, en: string) => esc(t(locale, { zh, en }));
  return `<tr><th>${L("机关", "Agency")}</th><th class="num">${L("年度", "Year")}</th><th>${L("格式", "Template")}</th><th>${L("级别", "Severity")}</th><th>${L("规则", "Rule")}</th><th>${L("单元格", "Cell")}</th><th>${L("说明", "Message")}</th><th>${L("文件", "File")}</th></tr>`;
}

/**
 * What a click on a report opens: its findings with the cells named, and its tables as the renderer lays them out
 * with the problem cells marked. Each report is an inert <template> (parsed, never laid out until opened), so a
 * page of hundreds of reports opens as fast as one; its tables are a layout shared with the reports laid out alike
 * and its own figures, which the page's script joins when the report is opened.
 */
export function reportTemplates(reports: AuditedReport[], tables: readonly (SplitTables | undefined)[], layouts: readonly string[], locale: Locale): string {
  const L = (zh: string, en: string) => esc(t(locale, { zh, en }));
  const reportsHtml = reports.map((r, i) => {
      // The rows are the findings table's own, copied in when the report is opened: a page holds each finding once.
      const list = r.findings.length
        ? `<table class="report-findings"><thead>${findingsHead(locale)}</thead><tbody></tbody></table>`
        : `<p>${L("没有发现问题。", "No findings.")}</p>`;
      return `<template id="report-${i}"><h2>${esc(r.agency || "?")} ${r.year ?? "?"} <span class="tag">${esc(r.file)}</span></h2>
<button type="button" class="close">${L("关闭", "Close")}</button>
<h3>${L(`问题（${r.findings.length}）`, `Findings (${r.findings.length})`)}</h3>${list}
<h3>${L("表格（问题单元格已标出）", "Tables (problem cells marked)")}</h3>${tablesHolder(tables[i]) || `<p>${L("无法按格式排出表格。", "The tables cannot be laid out for this report.")}</p>`}</template>`;
    });
  return [...layouts.map((l, i) => `<template id="layout-${i}">${l}</template>`), ...reportsHtml].join("\n");
}

function tablesHolder(split: SplitTables | undefined): string {
  return split ? `<div class="tables" data-layout="${split.layout}" data-figures=${jsonAttribute(split.figures)}></div>` : "";
}
