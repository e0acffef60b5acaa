import { readCellText } from "./cell-text.js";
import type { Folded } from "./fold.js";
import type { Piece } from "./split.js";

/** Marks a character of a row label in the masked text: not a figure, not prose. */
export const MASK = "¦";
/** Marks a character of a table header (column labels, group labels, the table's note). */
export const HEADER_MASK = "¤";
const MASKS = /[¦¤]/g;

/** A figure or a blank cell of a text table, at its folded position. */
export interface CellToken {
  at: number;
  piece: Piece;
  /** Its line printed cell boundaries (`|`, tabs, `|` lines): a blank there is visible, none can vanish. */
  exact: boolean;
  /** A `| … |` line of an extraction, which drops cells anywhere (not just at the end). */
  lossAnywhere: boolean;
  /** The first figure of a delimited row that prints no row label: a row of its own. */
  rowStart?: boolean;
}

/**
 * How a text table marks its cells, judged over the whole table (a single line cannot tell `|a|b|` with
 * outer pipes from `|a|b` with a blank first cell).
 */
export interface CellStyle {
  /** Lines close their last cell with `|` (「0 |」, `| a | b |`). */
  closer: boolean;
  /** Lines open their first cell with `|`. */
  opener: boolean;
  /** Cells are lines between `|` lines of their own. */
  separatorLines: boolean;
  /**
   * A cell a paragraph: one empty line between cells, and each empty cell one more line break (a CMS export as
   * text), so that 「label」, eight breaks, 「0」 is six empty cells and then the 0. Only proven by a run of an even
   * number of empty lines: where an empty cell is an empty paragraph (two breaks), every run is odd, and a run
   * of three is one empty cell there but two here.
   */
  paragraphs: boolean;
}

const PIPES_ONLY = /^\|+$/;
const MD_SEPARATOR = /^\|?(\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$/;
const NOTE_LINE = /^[注註]\s*[:：]/;
const NOTE_ONLY = /^\([^()]*[\u3400-\u9fff][^()]*\)$/;
const CJK = /[\u3400-\u9fff]/;
/** What a figure may carry that is written in characters: its unit, a note right after it. */
const FIGURE_WORDS = /(?<=\d)(?:万元|元)?(?: ?\([^()]*\))?/g;

export function cellStyle(lines: string[]): CellStyle {
  const piped = lines.map((l) => l.trim()).filter((l) => l.includes("|") && !PIPES_ONLY.test(l) && !MD_SEPARATOR.test(l));
  const share = (pred: (l: string) => boolean) => piped.length > 0 && piped.filter(pred).length * 2 > piped.length;
  const onePipe = (l: string) => l.indexOf("|") === l.lastIndexOf("|");
  // 「a|b|」 is a row whose last cell is blank; 「| a | b |」, 「a |」 (a cell a line) and 「a | b |」 close their cells.
  return {
    closer: share((l) => l.endsWith("|") && (l.startsWith("|") || onePipe(l) || /\s\|$/.test(l))),
    opener: share((l) => l.startsWith("|") && l.endsWith("|")),
    separatorLines: piped.length === 0 && lines.some((l) => PIPES_ONLY.test(l.trim())),
    paragraphs: piped.length === 0 && paragraphGaps(lines),
  };
}

/** Are the cells paragraphs with one break an empty cell: most runs of empty lines one long, some even? */
function paragraphGaps(lines: string[]): boolean {
  let gaps = 0;
  let single = 0;
  let even = false;
  let run = -1;
  for (const l of lines) {
    if (l.trim() === "") {
      if (run >= 0) run++;
      continue;
    }
    if (run > 0) {
      gaps++;
      if (run === 1) single++;
      if (run % 2 === 0) even = true;
    }
    run = 0;
  }
  return even && gaps >= 8 && single * 3 > gaps * 2;
}

/** Figures in running text: 「15130000154」 is one piece, 「0 1 1 0 2」 five, 「55（含自然失效29件）」 one with a note. */
const PIECE = /([-+]?\d+(?:\.\d+)?)(万元|元)?(?: ?\(([^()¦¤]*)\))?|(\/|—+)/g;

/**
 * The figures and blank cells of a table's lines, in order. Delimited lines (`|`, tabs) give one piece per cell,
 * blanks included; other lines are running text whose digit runs may hold several cells (pieces not `whole`).
 * Prose lines (CJK and no label of the table) are skipped: page headers, notes, sentences between rows.
 */
export function cellTokens(masked: string, f: Folded, notes: { text: string; start: number; end: number }[], foreignRow: (lead: string) => boolean = () => false): CellToken[] {
  const lines: { text: string; at: number }[] = [];
  for (let at = 0; at <= masked.length; ) {
    let nl = masked.indexOf("\n", at);
    if (nl === -1) nl = masked.length;
    lines.push({ text: masked.slice(at, nl), at });
    at = nl + 1;
  }
  const style = cellStyle(lines.map((l) => l.text));
  const firstFilled = lines.findIndex((l) => l.text.trim() !== "");
  // For each line, the next filled line at or after it.
  const nextFilled: number[] = new Array(lines.length + 1).fill(-1);
  for (let i = lines.length - 1; i >= 0; i--) nextFilled[i] = lines[i]!.text.trim() !== "" ? i : nextFilled[i + 1]!;
  /** Is the next filled line after `li` a figure on its own? */
  const figureAfter = (li: number) => {
    const next = lines[nextFilled[li + 1]!]?.text ?? "";
    return !/[¦¤]/.test(next) && readCellText(next).kind === "figure";
  };
  const out: CellToken[] = [];
  const src = (i: number) => f.offsets[Math.min(i, f.offsets.length - 1)]!;
  const whole = (text: string, at: number, end: number, lossAnywhere: boolean) => {
    const read = readCellText(text.replace(MASKS, ""));
    const start = src(at);
    const stop = src(end);
    if (read.kind === "blank") {
      if (!/[¦¤]/.test(text)) out.push({ at, piece: { digits: "", blank: true, whole: true, start, end: stop }, exact: true, lossAnywhere });
    } else if (read.kind === "figure") {
      out.push({ at, piece: { digits: read.digits, ...(read.unit ? { unit: read.unit } : {}), ...(read.note ? { note: read.note } : {}), whole: true, start, end: stop }, exact: true, lossAnywhere });
    }
  };

  lines.forEach((line, li) => {
    const t = line.text;
    const trimmed = t.trim();
    if (trimmed === "") {
      // Between two `|` lines an empty line is an empty cell.
      const prev = lines[li - 1]?.text.trim() ?? "";
      const next = lines[li + 1]?.text.trim() ?? "";
      if (style.separatorLines && PIPES_ONLY.test(prev) && PIPES_ONLY.test(next)) whole("", line.at, line.at, false);
      // Paragraph cells: the first empty line parts two cells, each further one is an empty cell.
      // Only before a figure: an empty header cell (「本年增/减」, break, 「行政事业性收费」) is no cell of a row.
      else if (style.paragraphs && prev === "" && li > firstFilled && figureAfter(li)) whole("", line.at, line.at, false);
      return;
    }
    if (NOTE_LINE.test(trimmed)) {
      const lead = line.at + t.indexOf(trimmed);
      notes.push({ text: f.text.slice(lead, lead + trimmed.length).replace(/^[注註]\s*[:：]\s*/, ""), start: src(lead), end: src(lead + trimmed.length) });
      return;
    }
    if (MD_SEPARATOR.test(trimmed)) return;
    const last = out[out.length - 1];
    if (NOTE_ONLY.test(trimmed) && last && !last.piece.blank && !last.piece.note) {
      // 「55」 then 「（含自然失效 29 件）」 on the next line: the note of that figure, which is one whole cell.
      const lead = line.at + t.indexOf(trimmed);
      last.piece = { ...last.piece, note: trimmed.slice(1, -1).replace(/ /g, ""), whole: true, end: src(lead + trimmed.length) };
      return;
    }
    if (PIPES_ONLY.test(trimmed)) {
      // 「|||」 pads a row to the grid: blank cells; a lone 「|」 closes an empty cell where lines close cells.
      const n = trimmed.length - (style.closer ? 0 : 1);
      const at = line.at + t.indexOf("|");
      for (let k = 0; k < n; k++) whole("", at + k, at + k, false);
      return;
    }
    const delimiter = t.includes("|") ? "|" : t.includes("\t") ? "\t" : undefined;
    if (delimiter) {
      const cells: { text: string; at: number; end: number }[] = [];
      let from = 0;
      for (let i = 0; i <= t.length; i++) {
        if (i === t.length || t[i] === delimiter) {
          cells.push({ text: t.slice(from, i), at: line.at + from, end: line.at + i });
          from = i + 1;
        }
      }
      if (delimiter === "|") {
        if (style.opener && trimmed.startsWith("|") && cells[0]!.text.trim() === "") cells.shift();
        if (style.closer && trimmed.endsWith("|") && cells[cells.length - 1]!.text.trim() === "") cells.pop();
      }
      const md = delimiter === "|" && style.opener && style.closer;
      // An extraction's Markdown row ends in empty cells where it lost the last cells: short, not blank.
      if (md) while (cells.length > 1 && cells[cells.length - 1]!.text.trim() === "") cells.pop();
      // A row the template does not have (「其他主动公开文件（…）| 186 | 86 | 255」): its figures are no row's —
      // not the next free row's either. (A label variant or a wrapped label's tail is not foreign: see text-rows.)
      const lead = cells.find((c) => c.text.trim() !== "")?.text ?? "";
      const figures = cells.some((c) => c.text !== lead && readCellText(c.text.replace(MASKS, "")).kind === "figure");
      if (figures && !/[¦¤]/.test(lead) && foreignRow(lead)) return;
      // A line of labels only pads with empty cells; they are not the figures of any row.
      const labelsOnly = !t.includes(MASK) && cells.every((c) => c.text.trim() === "" || readCellText(c.text.replace(MASKS, "")).kind !== "figure");
      const first = out.length;
      for (const c of cells) {
        if (labelsOnly && c.text.trim() === "") continue;
        if (/[¦¤]/.test(c.text)) running(c.text, c.at, true);
        else whole(c.text, c.at, c.end, md);
      }
      if (!t.includes(MASK) && cells.length > 1 && out.length > first) out[first]!.rowStart = true;
      return;
    }
    running(t, line.at, false);
  });
  return out;

  /** Running text: digit runs after a label; a line of prose without any label is skipped. */
  function running(text: string, at: number, exact: boolean) {
    if (!/[¦¤]/.test(text) && CJK.test(text.replace(FIGURE_WORDS, ""))) return;
    PIECE.lastIndex = 0;
    for (let m = PIECE.exec(text); m; m = PIECE.exec(text)) {
      const i = at + m.index;
      const s = src(i);
      const e = src(i + m[0].length);
      if (m[4]) {
        out.push({ at: i, piece: { digits: "", blank: true, whole: true, start: s, end: e }, exact, lossAnywhere: false });
        continue;
      }
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (/^\d{1,2}$/.test(m[0]) && /^(\.[\u3400-\u9fff]|、)/.test(after)) continue; // 「1.申请人…」: a list number
      const note = m[3]?.replace(/ /g, "");
      const hasNote = note !== undefined && CJK.test(note);
      const figureEnd = hasNote ? e : src(i + m[1]!.length + (m[2]?.length ?? 0));
      const before = text[m.index - 1];
      const next = text[m.index + m[0].length];
      const spaced = (before === undefined || /[\s|]/.test(before)) && (next === undefined || /[\s|]/.test(next));
      out.push({
        at: i,
        piece: {
          digits: m[1]!.replace(/^\+/, ""),
          ...(m[2] ? { unit: m[2] } : {}),
          ...(hasNote ? { note } : {}),
          // A figure with a note beside it is one whole cell: notes follow a cell, never a run.
          whole: hasNote,
          ...(spaced ? { spaced } : {}),
          ...(text.trim() === m[0].trim() ? { alone: true } : {}),
          start: s,
          end: figureEnd,
        },
        exact,
        lossAnywhere: false,
      });
      if (!hasNote && m[3] !== undefined) PIECE.lastIndex = m.index + m[1]!.length + (m[2]?.length ?? 0);
    }
  }
}
