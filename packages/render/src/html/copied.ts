import { escapeAttribute, escapeText } from "./escape.js";

const titles = {
  "zh-CN": "与上一年度报告相同的文字",
  en: "Same wording as last year's report",
} as const;

/** A piece of a passage on one line, and where on the line it must lie: a passage over several lines ends its first
 * line, fills the lines between and begins its last, so a short piece is not marked where it merely recurs. */
export interface PassagePiece {
  text: string;
  place: "anywhere" | "end" | "line" | "start";
}

/**
 * A passage as the YAML source holds it (a copied-prose finding's related range) → the pieces to look for in
 * the printed paragraphs: every line is its own paragraph, and the source's indentation is not part of the text.
 */
export function passagePieces(passage: string): PassagePiece[] {
  const lines = passage.split(/\r?\n/).map((l) => l.trim());
  return lines
    .map((text, i): PassagePiece => ({ text, place: lines.length === 1 ? "anywhere" : i === 0 ? "end" : i === lines.length - 1 ? "start" : "line" }))
    .filter((p) => p.text !== "");
}

/** A paragraph's text, escaped, with every occurrence of the pieces inside <mark class="ogi-copied">. */
export function markCopied(text: string, pieces: readonly PassagePiece[], locale: "zh-CN" | "en"): string {
  const spans: [number, number][] = [];
  for (const { text: piece, place } of pieces) {
    if (place === "anywhere") {
      for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + piece.length)) spans.push([at, at + piece.length]);
    } else if (place === "line" ? text === piece : place === "end" ? text.endsWith(piece) : text.startsWith(piece)) {
      const at = place === "end" ? text.length - piece.length : 0;
      spans.push([at, at + piece.length]);
    }
  }
  if (spans.length === 0) return escapeText(text);
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  const open = `<mark class="ogi-copied" title="${escapeAttribute(titles[locale])}">`;
  let out = "";
  let from = 0;
  for (const [start, end] of merged) {
    out += `${escapeText(text.slice(from, start))}${open}${escapeText(text.slice(start, end))}</mark>`;
    from = end;
  }
  return out + escapeText(text.slice(from));
}
