import { readCellText } from "./cell-text.js";
import type { RowEvent } from "./events.js";
import { findKey, fold, labelKey, type Folded } from "./fold.js";
import type { Slot, TableKey, TemplateSlots } from "./slots.js";
import type { Piece } from "./split.js";

interface Cell {
  text: string;
  start: number;
  end: number;
}

export interface TextRows {
  events: RowEvent[];
  /** Table notes (「注：…」) with their source offsets. */
  notes: Cell[];
}

const MD_SEPARATOR = /^\|?(\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$/;
const ONLY_PIPES = /^\|+$/;

/**
 * The rows of a table printed as text, in any of the shapes crawlers and extractors leave: markdown tables,
 * one row per line with `|` between cells, one cell per line ending in 「 |」, or everything run together.
 * Running text is cut at the row labels of the template; the figures between two labels belong to the first.
 */
export function readTextRows(source: string, start: number, end: number, table: TableKey, ts: TemplateSlots): TextRows {
  const events: RowEvent[] = [];
  const notes: Cell[] = [];
  let loose: { start: number; end: number } | undefined;
  let seed: Cell[] = [];

  const flushLoose = () => {
    if (loose) events.push(...freeTextEvents(source, loose.start, loose.end, table, ts));
    loose = undefined;
  };
  const flushSeed = () => {
    if (seed.length) events.push(cellsEvent(seed, false));
    seed = [];
  };

  let lineStart = start;
  while (lineStart < end) {
    let lineEnd = source.indexOf("\n", lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    const raw = source.slice(lineStart, lineEnd);
    const line = raw.trim();
    const lead = lineStart + raw.indexOf(line);
    if (line === "") {
      // keep accumulating: blank lines separate nothing in extracted text
    } else if (MD_SEPARATOR.test(line)) {
      flushLoose();
      flushSeed();
    } else if (ONLY_PIPES.test(line)) {
      flushLoose();
      flushSeed();
    } else if (/^[注註]\s*[:：]/.test(line)) {
      flushLoose();
      flushSeed();
      notes.push({ text: line.replace(/^[注註]\s*[:：]\s*/, ""), start: lead, end: lead + line.length });
    } else if (line.startsWith("|") && line.indexOf("|", 1) !== -1) {
      flushLoose();
      flushSeed();
      events.push(cellsEvent(splitCells(line, lead, true), true));
    } else if (line.endsWith("|") && line.indexOf("|") === line.length - 1) {
      flushLoose();
      seed.push({ text: line.slice(0, -1), start: lead, end: lead + line.length - 1 });
    } else if (line.includes("|")) {
      flushLoose();
      flushSeed();
      events.push(cellsEvent(splitCells(line, lead, false), false));
    } else {
      flushSeed();
      loose = loose ? { start: loose.start, end: lineEnd } : { start: lineStart, end: lineEnd };
    }
    lineStart = lineEnd + 1;
  }
  flushLoose();
  flushSeed();
  return { events, notes };
}

function splitCells(line: string, at: number, markdown: boolean): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || line[i] === "|") {
      cells.push({ text: line.slice(from, i), start: at + from, end: at + i });
      from = i + 1;
    }
  }
  if (markdown) {
    // 「| a | b |」: the outer pipes close the row; empty cells at the end pad a PDF extraction's grid.
    cells.shift();
    while (cells.length && cells[cells.length - 1]!.text.trim() === "") cells.pop();
  }
  return cells;
}

/** A delimited row: label cells, then the cells after the last label are its figures. */
function cellsEvent(cells: Cell[], markdown: boolean): RowEvent {
  void markdown;
  const read = cells.map((c) => readCellText(c.text));
  let lastLabel = -1;
  read.forEach((r, i) => {
    if (r.kind === "label") lastLabel = i;
  });
  const label = cells
    .slice(0, lastLabel + 1)
    .map((c) => labelKey(c.text))
    .join("");
  const pieces: Piece[] = [];
  for (let i = lastLabel + 1; i < cells.length; i++) {
    const r = read[i]!;
    const c = cells[i]!;
    if (r.kind === "blank") pieces.push({ digits: "", blank: true, whole: true, start: c.start, end: c.end });
    else if (r.kind === "figure") pieces.push({ digits: r.digits, ...(r.unit ? { unit: r.unit } : {}), ...(r.note ? { note: r.note } : {}), whole: true, start: c.start, end: c.end });
  }
  return { label, pieces, start: cells[0]?.start ?? 0, end: cells[cells.length - 1]?.end ?? 0, structured: true };
}

/** Figures in running text: 「15130000154」 is one piece, 「0 1 1 0 2」 five, 「55（含自然失效29件）」 one with a note. */
const PIECE = /([-+]?\d+(?:\.\d+)?)(万元|元)?(?: ?\(([^()¦]*)\))?|(\/|—+)/g;

function freeTextEvents(source: string, start: number, end: number, table: TableKey, ts: TemplateSlots): RowEvent[] {
  const f = fold(source, start, end);
  const mask = f.text.split("");
  // Table 4 prints its row labels as column headers, away from the figures: they cannot cut the text.
  const slots = table === "reviewAndLitigation" ? [] : ts.byTable[table];
  const anchors = findAnchors(f, slots);
  for (const a of anchors) for (let i = a.start; i < a.end; i++) mask[i] = "¦";
  for (const key of ts.headerKeys[table]) {
    let from = 0;
    for (let hit = findKey(f, key, from); hit; hit = findKey(f, key, from)) {
      for (let i = hit.start; i < hit.end; i++) mask[i] = "¦";
      from = hit.end;
    }
  }
  const masked = mask.join("");
  const piecesIn = (a: number, b: number): Piece[] => {
    const out: Piece[] = [];
    PIECE.lastIndex = a;
    for (let m = PIECE.exec(masked); m && m.index < b; m = PIECE.exec(masked)) {
      const s = f.offsets[m.index]!;
      const e = f.offsets[Math.min(m.index + m[0].length, f.text.length)]!;
      if (m[4]) {
        out.push({ digits: "", blank: true, whole: true, start: s, end: e });
        continue;
      }
      const after = masked.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (/^\d{1,2}$/.test(m[0]) && /^(\.[\u3400-\u9fff]|、)/.test(after)) continue; // 「1.申请人…」: a list number
      const note = m[3]?.replace(/ /g, "");
      const hasNote = note !== undefined && /[\u3400-\u9fff]/.test(note);
      const figureEnd = hasNote ? e : f.offsets[m.index + m[1]!.length + (m[2]?.length ?? 0)]!;
      out.push({
        digits: m[1]!.replace(/^\+/, ""),
        ...(m[2] ? { unit: m[2] } : {}),
        ...(hasNote ? { note } : {}),
        // A figure with a note beside it is one whole cell: notes follow a cell, never a run.
        whole: hasNote,
        start: s,
        end: figureEnd,
      });
      if (!hasNote && m[3] !== undefined) PIECE.lastIndex = m.index + m[1]!.length + (m[2]?.length ?? 0);
    }
    return out;
  };
  const events: RowEvent[] = [];
  const first = anchors[0]?.start ?? f.text.length;
  const before = piecesIn(0, first);
  if (before.length) events.push({ label: "", pieces: before, start: before[0]!.start, end: before[before.length - 1]!.end, structured: false });
  anchors.forEach((a, i) => {
    const until = anchors[i + 1]?.start ?? f.text.length;
    const pieces = piecesIn(a.end, until);
    events.push({ label: a.slot.key, slot: a.slot, pieces, start: f.offsets[a.start]!, end: pieces.length ? pieces[pieces.length - 1]!.end : f.offsets[a.end]!, structured: false });
  });
  return events;
}

/** Every row label in the text, the longest first where two overlap. */
function findAnchors(f: Folded, slots: Slot[]): { start: number; end: number; slot: Slot }[] {
  const hits: { start: number; end: number; slot: Slot }[] = [];
  for (const slot of slots) {
    let from = 0;
    for (let hit = findKey(f, slot.key, from); hit; hit = findKey(f, slot.key, from)) {
      hits.push({ ...hit, slot });
      from = hit.end;
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof hits = [];
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
