import { cellsOf, templates } from "@ogi-report/core";
import type { DocumentImportResult } from "../import-document.js";
import { placeAt, type DocumentPlace } from "./document.js";

/** Where a cell's row is printed in the source: a place (DOCX, PDF) or a 1-based line and column (HTML, text). */
export interface CellSource {
  place?: DocumentPlace;
  line: number;
  column: number;
}

/**
 * The row of a cell, found in the imported source by its label: the label without its numbering (「（二）」「1.」
 * 「一、」), spaces ignored. Only a label printed exactly once is trusted — a wrong place is worse than none — and
 * table 4's rows, whose labels are column headers, have none.
 */
export function cellSource(result: DocumentImportResult, pointer: string): CellSource | undefined {
  const text = result.converted;
  const cell = cellsOf(templates[result.template]).find((c) => c.pointer === pointer);
  if (!text || !cell || cell.table === "reviewAndLitigation") return undefined;
  const key = cell.row.zh.replace(/^[（(][一二三四五六七八九十]+[)）]|^\d+[.．、]|^[一二三四五六七八九十]+、/, "").replace(/\s/g, "").slice(0, 10);
  if (key.length < 4) return undefined;
  // The text without white space, and where each of its characters is in the text.
  const offsets: number[] = [];
  let squeezed = "";
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    squeezed += text[i];
    offsets.push(i);
  }
  const at = squeezed.indexOf(key);
  if (at < 0 || squeezed.indexOf(key, at + 1) >= 0) return undefined;
  const offset = offsets[at]!;
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  const place = result.ranges ? placeAt(result.ranges, offset) : undefined;
  return { line, column, ...(place ? { place } : {}) };
}
