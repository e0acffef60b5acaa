import { readFileBytes } from "@ogi-report/node-shell";
import type { Finding } from "@ogi-report/core";
import type { CellSource, DocumentDiagnostic, DocumentImportResult, DocumentKind } from "@ogi-report/import";
import { t, type Locale } from "../locale.js";
import { checkFileText, type Checked, type FileSettings, type RunSwitches } from "./check-file.js";
import type { Target } from "./inputs.js";

type FileTarget = Extract<Target, { kind: "file" }>;

/** Files `ogi check` reads as a published or draft report rather than as YAML: Word, PDF, web page, text. */
export const SOURCE_DOCUMENT = /\.(docx|pdf|html?|txt)$/i;

export function isSourceDocument(target: Target): target is FileTarget {
  return target.kind === "file" && SOURCE_DOCUMENT.test(target.absPath);
}

/** A source document in memory: the import of a file, or why it could not be read. */
export async function importFile(absPath: string, display: string, kind: DocumentKind | undefined, options: { agency?: string; year?: number } = {}): Promise<DocumentImportResult> {
  const bytes = new Uint8Array(readFileBytes(absPath));
  // Loaded only here: the HTML parser and pdf.js are not for `ogi check` of YAML to initialise at start-up.
  const { importDocument, documentKindOf } = await import("@ogi-report/import");
  const chosen = kind ?? documentKindOf(absPath) ?? "text";
  return importDocument(bytes, chosen, { source: display, ...options });
}

/** Why an import read nothing at all (a damaged file, a scanned PDF, an old .doc), if it did not. */
export function importFailure(result: DocumentImportResult): DocumentDiagnostic | undefined {
  return result.diagnostics.find((d) => d.code === "source-unreadable" || d.code === "pdf-no-text" || d.code === "docx-legacy");
}

/**
 * Check a Word, PDF, HTML or text report directly: imported in memory, the YAML checked as any report is, the
 * findings named by the cell they are about and, where the import knows it, the place in the source
 * (`report.pdf#page=2`). What the import itself could not settle comes back as notes for stderr, as `ogi import` says it. A file
 * found by walking a folder is checked only when the import finds the report's tables in it.
 */
export async function checkSourceDocument(target: FileTarget, settings: FileSettings, run: RunSwitches): Promise<Checked> {
  let result: DocumentImportResult;
  try {
    result = await importFile(target.absPath, target.display, undefined);
  } catch (error) {
    return { problems: [{ kind: "unreadable", display: target.display, error }], text: "" };
  }
  const failure = importFailure(result);
  if (!target.explicit && (failure || result.summary.tables < 2)) return { problems: [], text: "" };
  if (failure) return { problems: [{ kind: "unreadable", display: target.display, error: new Error(t(settings.locale, failure.message)) }], text: "" };

  const notes = result.diagnostics.filter((d) => d.severity !== "info").map((d) => describeDocumentDiagnostic(d, settings.locale, target.display));
  // The YAML exists only in memory: nothing is fixed or written back into the user's document.
  const checked: Checked = { ...checkFileText({ ...target, explicit: true }, result.yaml, settings, { ...run, fix: false }), notes };
  if (!checked.result) return checked;
  const { cellSource } = await import("@ogi-report/import");
  const findings = checked.result.findings.map((f) => inSource(f, result, target.display, (pointer) => cellSource(result, pointer)));
  return { ...checked, result: { findings, fixesApplied: 0 } };
}

/**
 * A finding on the imported YAML, placed in the source: the YAML's lines mean nothing to the author of a Word
 * file. The message names the cell, and where its row is printed when that is known (an import diagnostic about
 * it, or its label found once in the source): `report.pdf#page=2,line=5`, `report.docx#table=2,row=4,column=1`.
 * For HTML and text the range is that line and column of the file itself; otherwise the start of the document.
 */
function inSource(f: Finding, result: DocumentImportResult, display: string, cellSource: (pointer: string) => CellSource | undefined): Finding {
  const textual = result.kind === "html" || result.kind === "text";
  // A finding on a cell the import read points at the figure itself, in the file the author checked.
  const figure = textual ? result.cellRanges[f.path] : undefined;
  if (figure && result.converted !== undefined) return atFigure(f, display, lineColumn(result.converted, figure.start), lineColumn(result.converted, figure.end));
  // An import diagnostic's place, where it has one (for Word and PDF its line is in the converted text).
  const near = result.diagnostics.find((d) => d.path !== undefined && (f.path === d.path || f.path.startsWith(`${d.path}/`)) && (textual || d.place));
  const found = near ? undefined : (cellSource(f.path) ?? cellSource(`${f.path}/0`));
  const where = near ? ` ${placeOf(near, display)}` : found?.place ? ` ${placeOf({ place: found.place, location: { offset: 0, line: found.line, column: found.column } }, display)}` : "";
  const line = textual ? (near?.location.line ?? found?.line) : undefined;
  const column = textual ? (near?.location.column ?? found?.column) : undefined;
  const start = line !== undefined && column !== undefined ? { line: line - 1, character: column - 1 } : { line: 0, character: 0 };
  return {
    ...f,
    message: `${f.message} [${f.path}]${where}`,
    range: { start, end: start },
    related: f.related.map((r) => ({ ...r, range: { start, end: start } })),
    fixes: [],
  };
}

/** The finding placed at a figure of an HTML or text file: its range is the figure, its message says where. */
function atFigure(f: Finding, display: string, start: { line: number; character: number }, end: { line: number; character: number }): Finding {
  return {
    ...f,
    message: `${f.message} [${f.path}] ${display}:${start.line + 1}:${start.character + 1}`,
    range: { start, end },
    related: f.related.map((r) => ({ ...r, range: { start, end: start } })),
    fixes: [],
  };
}

/** 0-based line and character of an offset of a text (as a finding's range counts them). */
function lineColumn(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/** `report.pdf#page=3,line=12`, `report.docx#table=2,row=5,column=3`, or `page.html:12:5` for HTML and text. */
export function placeOf(d: Pick<DocumentDiagnostic, "place" | "location">, display: string): string {
  const p = d.place;
  if (p?.page !== undefined) return `${display}#page=${p.page}${p.line !== undefined ? `,line=${p.line}` : ""}`;
  if (p?.table !== undefined) return `${display}#table=${p.table},row=${p.row},column=${p.column}`;
  if (p?.paragraph !== undefined) return `${display}#paragraph=${p.paragraph}`;
  return `${display}:${d.location.line}:${d.location.column}`;
}

/** One line per import diagnostic, placed in the source: `report.pdf#page=2,line=5: warning cell-uncertain: …`. */
export function describeDocumentDiagnostic(d: DocumentDiagnostic, locale: Locale, display: string): string {
  const message = locale === "en" ? d.message.en : d.message.zh;
  return `${placeOf(d, display)}: ${d.severity} ${d.code}: ${message}${d.path ? ` [${d.path}]` : ""}`;
}
