import { extname } from "node:path";
import { importFile } from "../check/source-document.js";
import { EXIT_TROUBLE } from "../exit.js";
import type { Io } from "../io.js";
import type { OutputPlan } from "../output-file.js";
import { t, type Locale } from "../locale.js";
import { describeFsError } from "../report-error.js";
import { finishImport } from "./import-result.js";

/** Word and PDF files, by their name: read as bytes, not as text. */
export function binaryKindOf(file: string): "docx" | "pdf" | undefined {
  const ext = extname(file).toLowerCase();
  return ext === ".docx" || ext === ".docm" ? "docx" : ext === ".pdf" ? "pdf" : undefined;
}

/** `ogi import report.docx|report.pdf`: a file that cannot be read at all (a scan, a .doc) is exit 2 with the reason. */
export async function importBinary(io: Io, locale: Locale, absPath: string, display: string, kind: "docx" | "pdf", output: OutputPlan | undefined, options: { agency?: string; year?: number }): Promise<number> {
  let result;
  try {
    result = await importFile(absPath, display, kind, options);
  } catch (error) {
    io.stderr(`ogi: ${t(locale, { zh: `无法读取 ${display}`, en: `cannot read ${display}` })}: ${describeFsError(error, locale)}\n`);
    return EXIT_TROUBLE;
  }
  const failure = result.diagnostics.find((d) => d.code === "source-unreadable" || d.code === "pdf-no-text" || d.code === "docx-legacy");
  if (failure) {
    io.stderr(`ogi: ${display}: ${failure.code}: ${t(locale, failure.message)}\n`);
    return EXIT_TROUBLE;
  }
  return finishImport(io, locale, result, display, output);
}
