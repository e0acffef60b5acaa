import type { Text } from "@ogi-report/core";
import type { InputKind } from "../types.js";

/** Where something is in a Word or PDF source, in the terms its author sees (all 1-based). */
export interface DocumentPlace {
  /** PDF: the page, and the line on that page as the importer reads it. */
  page?: number;
  line?: number;
  /** DOCX: the table of the document, its row and grid column; or a paragraph outside tables. */
  table?: number;
  row?: number;
  column?: number;
  paragraph?: number;
}

/** A range of the converted text that came from one place of the source. */
export interface PlacedRange {
  start: number;
  end: number;
  place: DocumentPlace;
}

/** A Word or PDF file turned into the HTML or text that `importReport` reads, with the way back to the source. */
export interface ConvertedSource {
  kind: InputKind;
  text: string;
  /** Sorted by start; an inner range (a nested table's cell) follows the range it lies in. */
  ranges: PlacedRange[];
}

export type SourceFailureCode = "source-unreadable" | "docx-legacy" | "pdf-no-text";

/** Why a file could not be turned into text at all. */
export interface SourceFailure {
  failure: SourceFailureCode;
  message: Text;
}

/** The innermost place of the source that a converted offset lies in. */
export function placeAt(ranges: PlacedRange[], offset: number): DocumentPlace | undefined {
  let found: DocumentPlace | undefined;
  for (const r of ranges) {
    if (r.start > offset) break;
    if (offset < r.end) found = r.place;
  }
  return found;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
