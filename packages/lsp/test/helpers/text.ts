import { LineIndex, type Position } from "@ogi-report/core";

/** The position of the `nth` occurrence of `needle` in `text`, `delta` characters in. */
export function positionOf(text: string, needle: string, delta = 0, nth = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth}) not in text`);
  }
  return new LineIndex(text).position(at + delta);
}

export interface Edit {
  range: { start: Position; end: Position };
  newText: string;
}

/** Apply LSP text edits (non-overlapping) to a text. */
export function applyTextEdits(text: string, edits: Edit[]): string {
  const lines = new LineIndex(text);
  const sorted = edits.map((e) => ({ start: lines.offset(e.range.start), end: lines.offset(e.range.end), newText: e.newText })).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
