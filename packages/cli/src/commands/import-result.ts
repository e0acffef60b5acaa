import type { DocumentImportResult, ImportResult } from "@ogi-report/import";
import { describeDocumentDiagnostic } from "../check/source-document.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_TROUBLE } from "../exit.js";
import type { Io } from "../io.js";
import { t, type Locale } from "../locale.js";
import { writeOutput, type OutputPlan } from "../output-file.js";
import { describeFsError } from "../report-error.js";
import { terminalText } from "../terminal-text.js";

/** The YAML to stdout or `-o`, the summary and the diagnostics to stderr, and the exit status. */
export async function finishImport(io: Io, locale: Locale, result: ImportResult | DocumentImportResult, display: string, plan: OutputPlan | undefined): Promise<number> {
  if (plan === undefined) io.stdout(result.yaml);
  else {
    try {
      writeOutput(plan, result.yaml);
    } catch (error) {
      io.stderr(`ogi: ${t(locale, { zh: `无法写入 ${plan.display}`, en: `cannot write ${plan.display}` })}: ${describeFsError(error, locale)}\n`);
      return EXIT_TROUBLE;
    }
  }
  io.stderr(await describeImport(result, display, locale));
  return result.diagnostics.some((d) => d.severity === "error") ? EXIT_FINDINGS : EXIT_OK;
}

/** The summary line and one line per diagnostic, as `ogi import` prints them on stderr. */
export async function describeImport(result: ImportResult | DocumentImportResult, display: string, locale: Locale): Promise<string> {
  const { formatDiagnostic } = await import("@ogi-report/import");
  const s = result.summary;
  const line = t(locale, {
    zh: `${display}：格式 ${result.template}，找到表格 ${s.tables} 个，读出单元格 ${s.cellsRead} 个（其中空白 ${s.blanks} 个），不确定 ${s.cellsUncertain} 个`,
    en: `${display}: template ${result.template}, tables found ${s.tables}, cells read ${s.cellsRead} (${s.blanks} blank), cells uncertain ${s.cellsUncertain}`,
  });
  const lines = result.diagnostics.map((d) => ("place" in d && d.place ? describeDocumentDiagnostic(d, locale, display) : formatDiagnostic(d as ImportResult["diagnostics"][number], locale, display)));
  // Diagnostics quote the source, which is as untrusted as a report.
  return [line, ...lines].map(terminalText).join("\n") + "\n";
}
