import { documentKindOf, importDocument, importReport, type DocumentImportResult, type DocumentPlace, type ImportResult } from "@ogi-report/import";
import { decodeText, isBinary } from "./decode.js";
import { fileKind, namedKind } from "./kind.js";

export type Opened =
  | { kind: "yaml"; name: string; text: string }
  | { kind: "imported"; name: string; result: ImportResult }
  /** No text, Word or PDF file (a photo, a Word 97–2003 .doc, a spreadsheet): the report in the editor stays. */
  | { kind: "refused"; name: string };

/**
 * A file the user opened or dropped: report YAML as it is; a published page or text, a Word file or a PDF imported
 * in the page (pdf.js runs inside the page's own script: nothing is sent anywhere, no worker file is loaded).
 */
export async function openFile(file: File): Promise<Opened> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const binary = documentKindOf(file.name);
  if (binary === "docx" || binary === "pdf") {
    return { kind: "imported", name: file.name, result: forPage(await importDocument(bytes, binary, { source: file.name })) };
  }
  // Bytes named as text are read as text (the checker or the importer then says what is wrong in them, and where);
  // under another name or none, bytes that are no text would only become an empty report in place of the user's.
  if (!namedKind(file.name) && isBinary(bytes)) return { kind: "refused", name: file.name };
  const text = decodeText(bytes);
  const kind = fileKind(file.name, text);
  if (kind === "yaml") return { kind: "yaml", name: file.name, text };
  return { kind: "imported", name: file.name, result: importReport(text, kind, { source: file.name }) };
}

/**
 * The import note lists diagnostics by their message: a Word or PDF diagnostic says its place in the source there
 * (「第 2 页」, 「表 3 第 5 行」), since its line and column are in the converted text the user never sees.
 */
function forPage(result: DocumentImportResult): ImportResult {
  const diagnostics = result.diagnostics.map((d) => {
    const where = d.place ? placeWords(d.place) : undefined;
    const message = where ? { zh: `${d.message.zh}（${where.zh}）`, en: `${d.message.en} (${where.en})` } : d.message;
    // Codes beyond the text importer's (pdf-no-text…) are shown as they are.
    return { ...d, message } as ImportResult["diagnostics"][number];
  });
  return { ...result, diagnostics };
}

function placeWords(p: DocumentPlace): { zh: string; en: string } | undefined {
  if (p.page !== undefined) return { zh: `第 ${p.page} 页${p.line !== undefined ? `第 ${p.line} 行` : ""}`, en: `page ${p.page}${p.line !== undefined ? `, line ${p.line}` : ""}` };
  if (p.table !== undefined) return { zh: `第 ${p.table} 个表格第 ${p.row} 行第 ${p.column} 列`, en: `table ${p.table}, row ${p.row}, column ${p.column}` };
  if (p.paragraph !== undefined) return { zh: `第 ${p.paragraph} 段`, en: `paragraph ${p.paragraph}` };
  return undefined;
}
