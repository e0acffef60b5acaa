import type { Position, Range } from "vscode-languageserver/node";

/** The lines of a document as the server holds them (core's LineIndex). */
export interface DocumentLines {
  lineCount: number;
  lineText(line: number): string;
}

/** A whole number, or `fallback` for what a client should not have sent (a string, null, NaN). */
function whole(n: unknown, fallback: number): number {
  return typeof n === "number" && Number.isFinite(n) ? Math.floor(n) : fallback;
}

/**
 * A position the client sent, inside the document: a line past the end is the end of the document, a character past
 * the end of its line is the end of the line (as the protocol says), anything negative or not a number is 0. Every
 * feature then works on lines that exist; unclamped, a line of 2^31 had completion walk 2^31 line numbers.
 */
export function clampPosition(lines: DocumentLines, position: unknown): Position {
  const p = (position ?? {}) as { line?: unknown; character?: unknown };
  const last = Math.max(0, lines.lineCount - 1);
  const line = whole(p.line, 0);
  if (line < 0) return { line: 0, character: 0 };
  if (line > last) return { line: last, character: lines.lineText(last).length };
  const length = lines.lineText(line).length;
  return { line, character: Math.min(Math.max(0, whole(p.character, 0)), length) };
}

export function clampRange(lines: DocumentLines, range: unknown): Range {
  const r = (range ?? {}) as { start?: unknown; end?: unknown };
  return { start: clampPosition(lines, r.start), end: clampPosition(lines, r.end) };
}
