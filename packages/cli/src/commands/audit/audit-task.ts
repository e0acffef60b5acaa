import { t, type Locale } from "../../locale.js";
import { describeError, describeFsError } from "../../report-error.js";
import { importFailure, importFile } from "../../check/source-document.js";
import { auditText, examine } from "./examine.js";
import type { AuditedReport, AuditEntry, AuditInput } from "./types.js";

/** Word and PDF: read as bytes and imported (pdf.js, the OOXML reader), then audited as the import's YAML. */
export const BINARY_DOCUMENT = /\.(docx|pdf)$/i;

/** A file to audit, as it crosses to a worker thread (one the walk could not open never does). */
export interface AuditJob {
  display: string;
  path: string;
  explicit: boolean;
}

/** What every file of an audit shares. */
export interface AuditShared {
  locale: Locale;
}

/** One file audited: plain data, the same from any thread. */
export interface AuditOutcome {
  entry: AuditEntry;
  report?: AuditedReport;
  yaml?: string;
}

/** The audit task, on the main thread or a worker: one file read, imported when it is not YAML, and checked. */
export async function auditTask(job: AuditJob, shared: AuditShared): Promise<AuditOutcome> {
  // Loaded with the first file: the HTML parser and pdf.js are not for other commands to initialise at start-up.
  const { importReport } = await import("@ogi-report/import");
  if (!BINARY_DOCUMENT.test(job.path)) return examine(importReport, job, shared.locale);
  return examineDocument(importReport, job, shared.locale);
}

async function examineDocument(importReport: Parameters<typeof examine>[0], input: AuditInput, locale: Locale): Promise<AuditOutcome> {
  const entry = (status: AuditEntry["status"], reason: string): AuditOutcome => ({ entry: { file: input.display, status, reason } });
  let result;
  try {
    result = await importFile(input.path, input.display, undefined);
  } catch (error) {
    return entry("unreadable", describeFsError(error, locale));
  }
  try {
    const failure = importFailure(result);
    if (failure) return entry("unreadable", t(locale, failure.message));
    const audited = result.summary.tables === 0 ? "no-table" : auditText(importReport, input.display, result.yaml, locale, { yaml: result.yaml, cellsUncertain: result.summary.cellsUncertain });
    if (audited === "no-table") return entry("no-table", t(locale, { zh: "导入时没有找到年度报告的表格", en: "the import found no table of a report in it" }));
    return { entry: { file: input.display, status: "checked" }, report: audited.report, yaml: audited.yaml };
  } catch (error) {
    return entry("internal", describeError(error));
  }
}
