import type { RowEvent, Truncation } from "./events.js";
import type { Slot } from "./slots.js";
import type { Piece } from "./split.js";

/** Rows of the template that one source row fills (a table-4 row of 15 figures fills all three groups). */
export interface Unit {
  slots: Slot[];
  pieces: Piece[];
  start: number;
  end: number;
  structured: boolean;
  lossAnywhere?: boolean;
  truncated?: Truncation;
  /** The source printed the row's label just before its figures. */
  labelled?: boolean;
}

export interface Unplaced {
  pieces: Piece[];
  start: number;
  reason: "row-duplicate" | "value-unplaced";
  label: string;
}

export interface Placement {
  units: Unit[];
  unplaced: Unplaced[];
  /** Source offset where the table's last row ends (text after it is not table). */
  tableEnd?: number;
  /** Rows whose label the source prints, with where (a row printed but not read is open, not absent). */
  seen: Map<number, number>;
}

/** The template row a printed label names: exact, then the longest row label inside it, then a unique fragment. */
export function matchLabel(label: string, slots: Slot[], headerKeys: string[]): Slot | undefined {
  if (label.length === 0) return undefined;
  const exact = slots.find((s) => s.key === label);
  if (exact) return exact;
  if (headerKeys.includes(label)) return undefined;
  let inside: Slot | undefined;
  for (const s of slots) if (label.includes(s.key) && (!inside || s.key.length > inside.key.length)) inside = s;
  if (inside) return inside;
  if (label.length >= 4) {
    const holders = slots.filter((s) => s.key.includes(label));
    if (holders.length === 1) return holders[0];
  }
  return undefined;
}

const width = (slots: Slot[]) => slots.reduce((n, s) => n + s.cells.length, 0);

/**
 * Place source rows into the template's rows, in source order. A labelled row goes where its label says;
 * a row without a label goes to the next row not yet filled after the last one placed (the order of the
 * printed table). Once every row is filled the table has ended.
 */
export function placeRows(events: RowEvent[], slots: Slot[], headerKeys: string[], multiRow: boolean): Placement {
  const filled = new Set<number>();
  const units: Unit[] = [];
  const unplaced: Unplaced[] = [];
  let cursor = -1;
  let tableEnd: number | undefined;
  const nextFree = (after: number) => slots.find((s) => s.index > after && !filled.has(s.index));
  const seen = new Map<number, number>();
  const cellALine = !events.some((e) => e.structured);

  for (const ev of events) {
    if (filled.size === slots.length) break;
    const labelled = ev.slot ?? matchLabel(ev.label, slots, headerKeys);
    // A printed label with no figure after it is a row the source shows but does not fill: open, not absent.
    // (Unless the input ends right there: then its cells are cut off, absent.)
    if (labelled && !seen.has(labelled.index) && !(ev.truncated && ev.pieces.length === 0)) seen.set(labelled.index, ev.start);
    if (ev.pieces.length === 0) continue;
    const figures = ev.pieces.filter((p) => !p.blank);
    if (!labelled && figures.length === 0) continue; // a layout row of empty cells
    let start = labelled;
    // A row its label names beats one put there by order (an unlabelled row taken for the next free one): that
    // guess was wrong, its figures are reported as fitting no row, never left in a row they are not.
    const guess = labelled && filled.has(labelled.index) ? units.findIndex((u) => !u.labelled && u.slots.includes(labelled)) : -1;
    if (guess >= 0) {
      const [wrong] = units.splice(guess, 1);
      for (const slot of wrong!.slots) filled.delete(slot.index);
      unplaced.push({ pieces: wrong!.pieces, start: wrong!.start, reason: "value-unplaced", label: "" });
    }
    if (labelled && filled.has(labelled.index)) {
      unplaced.push({ pieces: ev.pieces, start: ev.start, reason: "row-duplicate", label: ev.label });
      continue;
    }
    if (!start) start = nextFree(cursor);
    if (!start) {
      if (figures.length) unplaced.push({ pieces: ev.pieces, start: ev.start, reason: "value-unplaced", label: ev.label });
      continue;
    }
    const take: Slot[] = [start];
    const allWhole = ev.pieces.every((p) => p.whole);
    if (allWhole) {
      // Consecutive free rows while the figures fill them (a row of 14 = two rows of 7; table 4's 15 = three
      // groups); blank cells before the first figure and after the last may pad the row.
      let firstFigure = 0;
      while (firstFigure < ev.pieces.length && ev.pieces[firstFigure]!.blank) firstFigure++;
      let lastFigure = ev.pieces.length - 1;
      while (lastFigure >= 0 && ev.pieces[lastFigure]!.blank) lastFigure--;
      const span = lastFigure - firstFigure + 1;
      let n = start.cells.length;
      const more = (s: Slot) => !filled.has(s.index) && (multiRow ? n < Math.max(span, ev.pieces.length - firstFigure) : n < span && n + s.cells.length <= ev.pieces.length);
      for (let s = slots[start.index + 1]; s && more(s); s = slots[s.index + 1]) {
        n += s.cells.length;
        take.push(s);
      }
      if (n < span && !multiRow) take.splice(1);
    } else if (multiRow) {
      for (let s = slots[start.index + 1]; s && !filled.has(s.index); s = slots[s.index + 1]) take.push(s);
    } else if (!labelled) {
      // Figures in running text without a row label before them: stray (a year in a heading, a page number).
      unplaced.push({ pieces: ev.pieces, start: ev.start, reason: "value-unplaced", label: ev.label });
      continue;
    }
    if (!labelled && !ev.truncated && allWhole && figures.length < width(take) && ev.pieces.length * (multiRow ? 2 : 1) < width(take)) {
      // Too few figures to be a row: stray figures (a page number, a figure pulled out of its table).
      unplaced.push({ pieces: ev.pieces, start: ev.start, reason: "value-unplaced", label: ev.label });
      continue;
    }
    // Blanks the layout cannot show may explain a short row, but not one of mostly nothing: that is a stray figure.
    // Unless each figure is a line of its own right after the row's label, in a table printed a cell a line (no
    // row of it delimited: beside `|` rows a lone figure line is a stray): then it is one of the row's cells,
    // which one the layout does not show; the readings offer it in each place.
    const digits = digitCount(ev.pieces);
    const ownLines = cellALine && labelled !== undefined && ev.pieces.every((p) => p.alone);
    if (!allWhole && !ev.truncated && digits < width(take) && (ev.structured || (!labelled && !multiRow) || (digits * 2 < width(take) && !ownLines))) {
      // Too few digits for the row: a list number or a stray figure beside a label, not the row's cells.
      unplaced.push({ pieces: ev.pieces, start: ev.start, reason: "value-unplaced", label: ev.label });
      continue;
    }
    for (const s of take) filled.add(s.index);
    cursor = take[take.length - 1]!.index;
    units.push({ slots: take, pieces: ev.pieces, start: ev.start, end: ev.end, structured: ev.structured, ...(ev.lossAnywhere !== undefined ? { lossAnywhere: ev.lossAnywhere } : {}), ...(ev.truncated ? { truncated: ev.truncated } : {}), ...(labelled ? { labelled: true } : {}) });
    tableEnd = ev.end;
  }
  return { units, unplaced, seen, ...(tableEnd !== undefined ? { tableEnd } : {}) };
}

/** The most cells a set of pieces can make: one per digit of a run, one per whole piece. */
function digitCount(pieces: Piece[]): number {
  return pieces.reduce((n, p) => n + (p.whole || p.blank ? 1 : p.digits.replace(/[^0-9]/g, "").length), 0);
}
