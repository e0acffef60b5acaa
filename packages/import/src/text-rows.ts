import type { RowEvent } from "./events.js";
import { findKey, fold, labelKey, lcs, type Folded } from "./fold.js";
import type { Slot, TableKey, TemplateSlots } from "./slots.js";
import { cellTokens, HEADER_MASK, MASK, type CellToken } from "./text-cells.js";

interface Note {
  text: string;
  start: number;
  end: number;
}

export interface TextRows {
  events: RowEvent[];
  /** Table notes (「注：…」) with their source offsets. */
  notes: Note[];
}

interface Anchor {
  start: number;
  end: number;
  slot: Slot;
}

/**
 * The rows of a table printed as text, whatever the flattening: the template's row labels anchor the rows
 * (found across line breaks and padding), the table's headers are masked, and the figures between two labels
 * belong to the first. Cells come from the lines' delimiters where they have them (`|`, tabs, `|` lines) and
 * from the digit runs of running text where they do not; placing them is the template's job (`placeRows`).
 */
export function readTextRows(source: string, start: number, end: number, table: TableKey, ts: TemplateSlots): TextRows {
  const f = fold(source, start, end, true);
  const mask = f.text.split("");
  // Table 4 prints its row labels as column headers, away from the figures: they cannot cut the text.
  const anchors = table === "reviewAndLitigation" ? [] : findAnchors(f, ts.byTable[table]).filter((a) => !inSentence(f.text, a) && !inBrackets(f.text, a));
  const hide = (a: number, b: number, by: string) => {
    for (let i = a; i < b; i++) if (mask[i] !== "\n" && mask[i] !== "\t" && mask[i] !== "|" && mask[i] !== MASK) mask[i] = by;
  };
  for (const a of anchors) hide(a.start, a.end, MASK);
  for (const key of ts.headerKeys[table]) {
    for (let hit = findKey(f, key, 0); hit; hit = findKey(f, key, hit.end)) hide(hit.start, noteEnd(f.text, hit.end), HEADER_MASK);
  }
  const notes: Note[] = [];
  const tokens = cellTokens(mask.join(""), f, notes, foreignRow(ts.byTable[table].map((s) => s.key)));
  return { events: rowEvents(anchors, tokens, f), notes };
}

/** Cut the tokens at the anchors: each label starts a row, and takes the figures up to the next label. */
function rowEvents(anchors: Anchor[], tokens: CellToken[], f: Folded): RowEvent[] {
  const events: RowEvent[] = [];
  let current: (RowEvent & { tokens: CellToken[] }) | undefined;
  const close = () => {
    if (!current) return;
    const { tokens: ts, ...ev } = current;
    if (ts.length > 0 || ev.slot) {
      events.push({
        ...ev,
        end: ts.length ? ts[ts.length - 1]!.piece.end : ev.end,
        structured: ts.length > 0 && ts.every((t) => t.exact),
        lossAnywhere: ts.some((t) => t.lossAnywhere),
      });
    }
    current = undefined;
  };
  let a = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    while (a < anchors.length && (!t || anchors[a]!.start <= t.at)) {
      const anchor = anchors[a++]!;
      // A label printed twice in a row (a wrapped label, a repeated header cell) is one label.
      if (current?.slot === anchor.slot && current.tokens.length === 0) continue;
      close();
      current = { label: anchor.slot.key, slot: anchor.slot, pieces: [], tokens: [], start: f.offsets[anchor.start]!, end: f.offsets[anchor.end]!, structured: false };
    }
    if (!t) break;
    // A delimited row without a label of its own is a row by itself (its label was printed elsewhere).
    if (t.rowStart && current && current.tokens.length > 0) close();
    if (t.rowStart && current?.slot && current.tokens.length === 0) close();
    if (!current) current = { label: "", pieces: [], tokens: [], start: t.piece.start, end: t.piece.end, structured: false };
    current.tokens.push(t);
    current.pieces.push(t.piece);
  }
  close();
  return events;
}

/**
 * A label inside a sentence (「本年度内单位行政处罚处理决定数量39件，不存在其他情况。」) names the row, it does not
 * print it: a line that ends as a sentence ends and has words of its own before the label.
 */
function inSentence(text: string, a: Anchor): boolean {
  const lineStart = text.lastIndexOf("\n", a.start - 1) + 1;
  let lineEnd = text.indexOf("\n", a.end);
  if (lineEnd === -1) lineEnd = text.length;
  return /[。！？]\s*$/.test(text.slice(a.end, lineEnd)) && /[\u3400-\u9fff]/.test(text.slice(lineStart, a.start));
}

/**
 * Words opening a delimited row that are no label of the table, nor a piece of one (a variant 「规范性文件」, a
 * wrapped label's tail 「计其他情形）」): fewer than half their characters, brackets left out, run in any label.
 */
function foreignRow(keys: string[]): (lead: string) => boolean {
  return (lead) => {
    const words = labelKey(lead).replace(/\(.*$/, "");
    if (words.length < 4 || !/[\u3400-\u9fff]/.test(words)) return false;
    return keys.every((key) => lcs(key, words) * 2 < words.length);
  };
}

/**
 * A label inside another label's bracketed note (「其他对外管理服务事项（…含行政处罚、行政强制…）」) is a word of
 * that note, not a row: a bracket opened on the line before it and not closed.
 */
function inBrackets(text: string, a: Anchor): boolean {
  const before = text.slice(text.lastIndexOf("\n", a.start - 1) + 1, a.start);
  let depth = 0;
  for (const ch of before) depth += ch === "(" ? 1 : ch === ")" && depth > 0 ? -1 : 0;
  return depth > 0;
}

/** Every row label in the text, the longest first where two overlap. */
function findAnchors(f: Folded, slots: Slot[]): Anchor[] {
  const hits: Anchor[] = [];
  for (const slot of slots) {
    for (let hit = findKey(f, slot.key, 0); hit; hit = findKey(f, slot.key, hit.end)) hits.push({ ...hit, slot });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Anchor[] = [];
  for (const h of hits) {
    const last = kept[kept.length - 1];
    if (last && h.start < last.end) {
      if (h.end - h.start > last.end - last.start && h.start === last.start) kept[kept.length - 1] = h;
      continue;
    }
    kept.push(h);
  }
  return kept;
}

/**
 * Where a header's bracketed note ends (「上一年项目数量(指2019年事项数)」: the filling instructions some reports
 * print in the header): its figures are words of the header, not cells. The note closes at its bracket, or, cut
 * short, at the end of its cell; a header without a note ends where it does.
 */
function noteEnd(text: string, end: number): number {
  let i = end;
  while (text[i] === " ") i++;
  if (text[i] !== "(") return end;
  let depth = 0;
  for (; i < text.length && !/[\n\t|]/.test(text[i]!); i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i + 1;
  }
  return i;
}
