import { cellIndex, cellName, checkText, isTemplateId, looksLikeReport, pick, REVIEW_TOTAL_COLUMN, templates, TOTAL_COLUMN, type Finding, type ReportModel } from "@ogi-report/core";
import { readTextFile } from "@ogi-report/node-shell";
import { t, type Locale } from "../../locale.js";
import { describeError, describeFsError } from "../../report-error.js";
import { kindOf } from "../import.js";
import type { AuditedReport, AuditEntry, AuditFinding, AuditInput } from "./types.js";

type Importer = (typeof import("@ogi-report/import"))["importReport"];

/** How much of a page or text found on a walk is read to decide whether it is a report at all. */
export const SNIFF_CHARS = 64 * 1024;

/**
 * Words every annual report carries near its top (its title, the national table headings): a page or text without
 * any of them in its first `SNIFF_CHARS` is not imported (a 1.5 MB novel costs a glance, not an import).
 */
const REPORT_WORDS = /政府信息公开|政务公开|信息公开工作年度报告|主动公开政府信息|收到和处理政府信息公开申请/;

export function mayBeReport(text: string): boolean {
  return REPORT_WORDS.test(text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text);
}

/**
 * One file, whatever happens: read, decided, imported or checked. A file that breaks the tool becomes an
 * `internal` entry (the other files are still audited).
 */
export function examine(importReport: Importer, input: AuditInput, locale: Locale): { entry: AuditEntry; report?: AuditedReport; yaml?: string } {
  const entry = (status: AuditEntry["status"], reason: string) => ({ entry: { file: input.display, status, reason } });
  if (input.skipped) return entry(input.skipped.status, describeFsError(input.skipped.reason, locale));
  let text: string;
  try {
    text = readTextFile(input.path);
  } catch (error) {
    return entry("unreadable", describeFsError(error, locale));
  }
  try {
    const isYaml = /\.ya?ml$/i.test(input.display);
    // A file met on a walk is audited only when it is a report (a CI config, a README are not).
    if (!input.explicit && isYaml && !looksLikeReport(text)) return entry("not-a-report", t(locale, { zh: "YAML 中没有 template:，不是年度报告", en: "YAML without a template: key" }));
    // Named or found, a page or text is imported only when it looks like a report (importing a long unrelated text costs seconds).
    if (!isYaml && !mayBeReport(text)) {
      return entry("not-a-report", t(locale, { zh: `前 ${SNIFF_CHARS / 1024} KB 中没有年度报告的标题或表格`, en: `no report title or table heading in its first ${SNIFF_CHARS / 1024} KB` }));
    }
    const report = auditText(importReport, input.display, text, locale);
    if (report === "no-table") return entry("no-table", t(locale, { zh: "导入时没有找到年度报告的表格", en: "the import found no table of a report in it" }));
    return { entry: { file: input.display, status: "checked" }, report: report.report, yaml: report.yaml };
  } catch (error) {
    return entry("internal", describeError(error));
  }
}

/** A cell's figure as the rules read it (a plain or `{ value, note }` number); null when blank, invalid or absent. */
function figure(model: ReportModel | undefined, pointer: string): number | null {
  const cell = model?.cells.get(pointer);
  return cell?.state === "ok" ? cell.value : null;
}

/** A report's findings and figures, and the YAML checked: imported first when it is a page or text (or given imported: Word, PDF). */
export function auditText(importReport: Importer, display: string, text: string, locale: Locale, imported?: { yaml: string; cellsUncertain: number }): { report: AuditedReport; yaml: string } | "no-table" {
  const isYaml = /\.ya?ml$/i.test(display);
  let yaml = imported?.yaml ?? text;
  let cellsUncertain = imported?.cellsUncertain;
  if (!isYaml && !imported) {
    const result = importReport(text, kindOf(display, text), { source: display });
    if (result.summary.tables === 0) return "no-table";
    yaml = result.yaml;
    cellsUncertain = result.summary.cellsUncertain;
  }
  // The check's own model of the report: its figures are read as the rules read them, with no second parse.
  const { findings, model } = checkText(yaml, { locale });
  const rules: AuditedReport["rules"] = {};
  for (const f of findings) {
    const r = (rules[f.ruleId] ??= { errors: 0, warnings: 0, infos: 0 });
    if (f.severity === "error") r.errors++;
    else if (f.severity === "warning") r.warnings++;
    else r.infos++;
  }
  const applications = (row: string) => figure(model, `/applications/${row}/${TOTAL_COLUMN}`);
  const review = (group: string) => figure(model, `/reviewAndLitigation/${group}/${REVIEW_TOTAL_COLUMN}`);
  const granted = applications("results/granted");
  const partly = applications("results/partiallyGranted");
  const suitsDirect = review("litigationDirect");
  const suitsAfter = review("litigationAfterReview");
  const report: AuditedReport = {
    file: display,
    imported: !isYaml,
    agency: model?.agency?.value ?? "",
    year: model?.year?.value ?? null,
    template: typeof model?.templateWritten?.value === "string" ? model.templateWritten.value : "",
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length,
    rules,
    ...(cellsUncertain !== undefined ? { cellsUncertain } : {}),
    figures: {
      received: applications("newReceived"),
      granted: granted === null && partly === null ? null : (granted ?? 0) + (partly ?? 0),
      handled: applications("results/total"),
      reviews: review("review"),
      suits: suitsDirect === null && suitsAfter === null ? null : (suitsDirect ?? 0) + (suitsAfter ?? 0),
    },
    findings: findings.map((f) => auditFinding(f, model?.templateId, locale)),
  };
  return { report, yaml };
}

function auditFinding(f: Finding, template: unknown, locale: Locale): AuditFinding {
  const spec = isTemplateId(template) ? cellIndex(templates[template]).get(f.path) : undefined;
  return { ruleId: f.ruleId, severity: f.severity, message: f.message, path: f.path, cell: spec ? pick(cellName(spec), locale) : "", line: f.range.start.line + 1 };
}
