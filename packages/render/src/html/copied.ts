import { escapeAttribute, escapeText } from "./escape.js";

const titles = {
  "zh-CN": "与上一年度报告相同的文字",
  en: "Same wording as last year's report",
} as const;

/**
 * A passage as the YAML source holds it (a copied-prose finding's related range) → the pieces to look for in
 * the printed paragraphs: every line is its own paragraph, and the source's indentation is not part of the text.
 */
export function passagePieces(passage: string): string[] {
  return passage.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
}

/** A paragraph's text, escaped, with every occurrence of the pieces inside <mark class="ogi-copied">. */
export function markCopied(text: string, pieces: readonly string[], locale: "zh-CN" | "en"): string {
  const spans: [number, number][] = [];
  for (const piece of pieces) {
    for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + piece.length)) spans.push([at, at + piece.length]);
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
