import type { Position, Range } from "vscode-languageserver/node";

/** The lines of a document as the server holds them (core's LineIndex). */
export interface DocumentLines {
  lineCount: number;
  lineText(line: number): string;
}

/** A whole number; what is not a number at all is a malformed request, which the handler's guard logs. */
function whole(n: unknown, what: string): number {
  if (typeof n !== "number" || Number.isNaN(n)) throw new TypeError(`malformed position: ${what} is ${JSON.stringify(n) ?? String(n)}`);
  return Math.floor(n);
}

/**
 * A position the client sent, inside the document: a line past the end is the end of the document, a character past
 * the end of its line is the end of the line (as the protocol says), anything negative is 0. Every feature then works
 * on lines that exist; unclamped, a line of 2^31 had completion walk 2^31 line numbers.
 */
export function clampPosition(lines: DocumentLines, position: unknown): Position {
  if (position === null || typeof position !== "object") throw new TypeError(`malformed position: ${JSON.stringify(position) ?? String(position)}`);
  const p = position as { line?: unknown; character?: unknown };
  const last = Math.max(0, lines.lineCount - 1);
  const line = whole(p.line, "line");
  if (line < 0) return { line: 0, character: 0 };
  if (line > last) return { line: last, character: lines.lineText(last).length };
  const length = lines.lineText(line).length;
  return { line, character: Math.min(Math.max(0, whole(p.character, "character")), length) };
}

export function clampRange(lines: DocumentLines, range: unknown): Range {
  if (range === null || typeof range !== "object") throw new TypeError(`malformed range: ${JSON.stringify(range) ?? String(range)}`);
  const r = range as { start?: unknown; end?: unknown };
  return { start: clampPosition(lines, r.start), end: clampPosition(lines, r.end) };
}
