import { strFromU8 } from "fflate";
import { diagnostic } from "./diagnostics.js";
import { importReport } from "./import.js";
import { placeAt, type ConvertedSource, type DocumentPlace, type PlacedRange, type SourceFailure, type SourceFailureCode } from "./sources/document.js";
import { readDocx } from "./sources/docx.js";
import { readPdf } from "./sources/pdf.js";
import type { DiagnosticCode, ImportDiagnostic, ImportOptions, ImportResult, InputKind } from "./types.js";

export type DocumentKind = "docx" | "pdf" | InputKind;

export type DocumentDiagnosticCode = DiagnosticCode | SourceFailureCode | "pdf-pages-without-text" | "pdf-table-cut";

/** An import diagnostic with its place in the Word or PDF source (page; table, row, column; paragraph). */
export interface DocumentDiagnostic extends Omit<ImportDiagnostic, "code"> {
  code: DocumentDiagnosticCode;
  place?: DocumentPlace;
}

export interface DocumentImportResult extends Omit<ImportResult, "diagnostics"> {
  kind: DocumentKind;
  diagnostics: DocumentDiagnostic[];
  /** The HTML or text that was imported (for DOCX and PDF, what they were turned into): where locations point. */
  converted?: string;
  /** DOCX and PDF: which part of `converted` came from which place of the source. */
  ranges?: PlacedRange[];
}

const DOCUMENT_KINDS: Record<string, DocumentKind> = {
  ".docx": "docx", ".docm": "docx", ".pdf": "pdf",
  ".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text", ".md": "text",
};

/** The kind of a source document by its file name, or undefined when the name does not say. */
export function documentKindOf(fileName: string): DocumentKind | undefined {
  const m = /\.[^./\\]+$/.exec(fileName.toLowerCase());
  return m ? DOCUMENT_KINDS[m[0]] : undefined;
}

/**
 * Import a report from a file's bytes: a Word document, a PDF with a text layer, an HTML page or text. Word and
 * PDF are turned into HTML and text here and read by `importReport`; each diagnostic then also carries its place
 * in the source. A file that cannot be read at all (a scan without text, a .doc, a broken file) gives an empty
 * report with one error saying why. Never throws.
 */
export async function importDocument(bytes: Uint8Array, kind: DocumentKind, options: ImportOptions = {}): Promise<DocumentImportResult> {
  if (kind === "html" || kind === "text") {
    const text = strFromU8(bytes);
    return { ...importReport(text, kind, options), kind, converted: text };
  }
  let converted: ConvertedSource | SourceFailure;
  try {
    converted = kind === "docx" ? readDocx(bytes) : await readPdf(bytes);
  } catch (error) {
    converted = { failure: "source-unreadable", message: { zh: `无法读取文件：${String(error)}`, en: `Cannot read the file: ${String(error)}` } };
  }
  if ("failure" in converted) {
    const empty = importReport("", "text", options);
    const d: DocumentDiagnostic = { code: converted.failure, severity: "error", message: converted.message, location: { offset: 0, line: 1, column: 1 } };
    return { ...empty, kind, diagnostics: [d] };
  }
  const result = importReport(converted.text, converted.kind, options);
  const ranges = converted.ranges;
  const diagnostics: DocumentDiagnostic[] = result.diagnostics.map((d) => {
    const place = placeAt(ranges, d.location.offset);
    return place ? { ...d, place } : d;
  });
  if ("pagesWithoutText" in converted) {
    const pages = (converted as { pagesWithoutText: number[] }).pagesWithoutText;
    if (pages.length > 0) {
      const list = pages.join(", ");
      const d = diagnostic("no-report", "warning", `第 ${list} 页没有文字层（图像或扫描件），其中的内容未能读取`, `Page${pages.length > 1 ? "s" : ""} ${list} have no text layer (images or scans); nothing on them was read`, { offset: 0, line: 1, column: 1 });
      diagnostics.unshift({ ...d, code: "pdf-pages-without-text", place: { page: pages[0]! } });
    }
  }
  if ("pagesCutByEdge" in converted) {
    const pages = (converted as { pagesCutByEdge: number[] }).pagesCutByEdge;
    if (pages.length > 0) {
      const list = pages.join(", ");
      const d = diagnostic("no-report", "warning", `第 ${list} 页的表格超出页面边缘，边缘外的数值没有印出，相应单元格未导入（请用原始的 Word 文件或网页）`, `The table on page${pages.length > 1 ? "s" : ""} ${list} runs past the page's edge: the figures beyond it are not printed and their cells are not imported (use the original Word file or web page)`, { offset: 0, line: 1, column: 1 });
      diagnostics.unshift({ ...d, code: "pdf-table-cut", place: { page: pages[0]! } });
    }
  }
  return { ...result, kind, diagnostics, converted: converted.text, ranges };
}

/** `report.pdf#page=3`, `report.docx#table=2,row=5,column=3`: where a diagnostic is, in the source's own terms. */
export function formatPlace(place: DocumentPlace): string {
  if (place.page !== undefined) return `page=${place.page}${place.line !== undefined ? `,line=${place.line}` : ""}`;
  if (place.table !== undefined) return `table=${place.table},row=${place.row},column=${place.column}`;
  return place.paragraph !== undefined ? `paragraph=${place.paragraph}` : "";
}
