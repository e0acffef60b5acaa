import type { CellKind } from "@ogi-report/core";
import type { Slot, TableKey } from "./slots.js";
import { placeWithLost, splitRow, type Identity, type Piece, type SourceRange, type SplitCell } from "./split.js";
import type { Unit } from "./place.js";
import { survivingReadings, type Equation, type Term } from "./column-search.js";

/** What the import settled for one cell. */
export type CellOutcome =
  | { state: "value"; digits: string; unit?: string; note?: string; start: number; end: number; recovered?: boolean; figure?: SourceRange }
  | { state: "blank"; start: number; end: number; figure?: SourceRange }
  | { state: "uncertain"; start: number; unit: number; cut?: boolean }
  /** Not in the source: a row never printed, or cells after the end of a truncated input. */
  | { state: "absent" };

export interface UnitReading {
  unit: Unit;
  /** Readings still possible after every identity was applied. */
  candidates: SplitCell[][];
  overflow: boolean;
  identitiesRelaxed: boolean;
  /** Figures beyond the row's width (a delimited row with too many cells). */
  excess: Piece[];
}

function identitiesOf(slots: Slot[]): Identity[] {
  const out: Identity[] = [];
  let off = 0;
  for (const s of slots) {
    if (s.totalAt !== undefined) out.push({ from: off, to: off + s.cells.length, totalAt: off + s.totalAt });
    off += s.cells.length;
  }
  return out;
}

/** Every reading of a unit's figures that fits its rows (before the column identities). */
export function readUnit(unit: Unit): UnitReading {
  const kinds = unit.slots.flatMap((s) => s.kinds);
  const ids = identitiesOf(unit.slots);
  if (unit.truncated) return readCutUnit(unit, kinds);
  let pieces = unit.pieces;
  let excess: Piece[] = [];
  if (pieces.every((p) => p.whole) && (unit.structured || pieces.length >= kinds.length)) {
    if (pieces.length > kinds.length) {
      // Padding cells of the grid at either end of the row: every way to drop them is a reading.
      const fitted = dropEdgeBlanks(pieces, kinds.length, unit.labelled === true);
      if (fitted.length > 0) {
        const all = fitted.flatMap((p) => splitRow(p, kinds, ids));
        const strict = all.filter((r) => !r.identitiesRelaxed);
        const use = strict.length ? strict : all;
        return { unit, candidates: dedupe(use.flatMap((r) => r.candidates)), overflow: use.some((r) => r.overflow), identitiesRelaxed: strict.length === 0 && ids.length > 0, excess };
      }
      while (pieces.length > kinds.length && pieces[pieces.length - 1]!.blank) pieces = pieces.slice(0, -1);
      excess = pieces.slice(kinds.length);
      pieces = pieces.slice(0, kinds.length);
    }
    if (pieces.length < kinds.length) {
      const read = splitRow(pieces, kinds.slice(0, pieces.length), []).candidates[0];
      if (!read) return { unit, candidates: [], overflow: false, identitiesRelaxed: false, excess };
      // Delimited cells keep their places: what is short is the row's end, unless an extraction lost cells anywhere.
      const anywhere = unit.lossAnywhere ?? !unit.structured;
      let placed = placeWithLost(read, kinds.length, ids, anywhere);
      const relaxed = placed.length === 0;
      if (relaxed) placed = placeWithLost(read, kinds.length, [], anywhere);
      return { unit, candidates: dedupe(placed), overflow: false, identitiesRelaxed: relaxed, excess };
    }
  }
  const r = splitRow(pieces, kinds, ids, !unit.structured);
  return { unit, candidates: dedupe(r.candidates), overflow: r.overflow, identitiesRelaxed: r.identitiesRelaxed, excess };
}

/**
 * A row the end of the input cuts: what was read fills the first cells, the rest are absent, and a figure with
 * nothing after it is not trusted. Run-together digits, whose cells cannot be counted, leave the row open.
 */
function readCutUnit(unit: Unit, kinds: CellKind[]): UnitReading {
  const pieces = unit.pieces.slice();
  // An empty cell at the cut is where the text stops, not a blank the report printed.
  while (pieces.length > 0 && pieces[pieces.length - 1]!.blank) pieces.pop();
  const last = pieces[pieces.length - 1];
  const cut = unit.truncated!.figureCut && last !== undefined && !last.blank ? pieces.pop() : undefined;
  const none = { overflow: false, identitiesRelaxed: false, excess: [] as Piece[] };
  const counted = pieces.every((p) => p.whole || p.spaced);
  const read = counted && pieces.length <= kinds.length ? splitRow(pieces.map((p) => ({ ...p, whole: true })), kinds.slice(0, pieces.length), []).candidates[0] : undefined;
  if (!read) return { unit, candidates: [], ...none };
  const end = unit.pieces[unit.pieces.length - 1]?.end ?? unit.end;
  const row: SplitCell[] = [...read];
  if (cut && row.length < kinds.length) row.push({ start: cut.start, end: cut.end, lost: true });
  while (row.length < kinds.length) row.push({ start: end, end, absent: true });
  return { unit, candidates: [row], ...none };
}

/**
 * The rows left by dropping `pieces.length - width` blank pieces from the two ends, every way it can be done. A
 * row printed after its label starts right there: only its end can be padding.
 */
function dropEdgeBlanks(pieces: Piece[], width: number, labelled: boolean): Piece[][] {
  const extra = pieces.length - width;
  const out: Piece[][] = [];
  for (let front = 0; front <= (labelled ? 0 : extra); front++) {
    const back = extra - front;
    const dropped = [...pieces.slice(0, front), ...pieces.slice(pieces.length - back)];
    if (dropped.every((p) => p.blank)) out.push(pieces.slice(front, pieces.length - back));
  }
  return out;
}

const cellKey = (c: SplitCell) => (c.digits === undefined ? (c.lost ? "?" : c.absent ? "-" : "") : c.digits + (c.unit ?? "") + (c.note ? `(${c.note})` : "") + (c.lost ? "?" : ""));

function dedupe(rows: SplitCell[][]): SplitCell[][] {
  const seen = new Map<string, SplitCell[]>();
  for (const r of rows) {
    const k = r.map(cellKey).join("|");
    if (!seen.has(k)) seen.set(k, r);
  }
  return [...seen.values()];
}

export function cellTexts(row: SplitCell[]): string[] {
  return row.map((c) => (c.digits === undefined ? (c.lost ? "?" : "") : c.digits + (c.unit ?? "") + (c.note ? `（${c.note}）` : "")));
}

/**
 * Table 3's column identities settle rows that more than one reading fits: for every column, （七）总计 = the sum of
 * the result items, and 一 + 二 = 三（七） + 四. The readings kept are those of the combinations that break the
 * fewest identities (none, if the published table balances); column-search.ts finds them.
 */
export function settleByColumns(readings: UnitReading[], slots: Slot[]): void {
  const open = readings.filter((r) => r.candidates.length > 1 && !r.overflow);
  if (open.length === 0) return;
  const openIndex = new Map(open.map((r, i) => [r, i]));
  const where = new Map<string, { reading: UnitReading; offset: number }>();
  for (const r of readings) {
    let off = 0;
    for (const s of r.unit.slots) {
      where.set(s.pointer, { reading: r, offset: off });
      off += s.cells.length;
    }
  }
  const byRole = (pred: (s: Slot) => boolean) => slots.filter(pred).map((s) => s.pointer);
  const total = slots.find((s) => s.pointer.endsWith("/results/total"));
  if (!total) return;
  const items = byRole((s) => s.pointer.startsWith("/applications/results/") && s !== total);
  const newReceived = byRole((s) => s.pointer === "/applications/newReceived");
  const carried = byRole((s) => s.pointer === "/applications/carriedOver");
  const forward = byRole((s) => s.pointer === "/applications/carriedForward");
  // A blank cell is not a zero: it is a count the report did not print, as is a row not read or read many ways.
  const term = (pointer: string, column: number): Term => {
    const w = where.get(pointer);
    const row = w ? openIndex.get(w.reading) : undefined;
    if (w && row !== undefined) return { row, offset: w.offset + column };
    const digits = w && w.reading.candidates.length === 1 && !w.reading.overflow ? w.reading.candidates[0]![w.offset + column]?.digits : undefined;
    return { row: -1, offset: 0, ...(digits === undefined ? {} : { fixed: Number(digits) }) };
  };
  const equations: Equation[] = [];
  for (let c = 0; c < 7; c++) {
    const terms = (pointers: string[]) => pointers.map((p) => term(p, c));
    equations.push({ plus: terms(items), minus: terms([total.pointer]) });
    equations.push({ plus: terms([...newReceived, ...carried]), minus: terms([total.pointer, ...forward]) });
  }
  const values = open.map((r) => r.candidates.map((cells) => cells.map((cell) => (cell.digits === undefined ? undefined : Number(cell.digits)))));
  const keys = open.map((r) => r.candidates.map((cells) => cells.map(cellKey)));
  const kept = survivingReadings(values, keys, equations);
  open.forEach((r, i) => {
    r.candidates = r.candidates.filter((_, k) => kept[i]!.has(k));
  });
}

/** The outcome of every cell: settled where all surviving readings agree on it. */
export function outcomes(readings: UnitReading[], unitIndex: (r: UnitReading) => number): Map<string, CellOutcome> {
  const out = new Map<string, CellOutcome>();
  for (const r of readings) {
    let off = 0;
    for (const s of r.unit.slots) {
      s.cells.forEach((pointer, i) => {
        const cells = r.candidates.map((c) => c[off + i]!);
        const first = cells[0];
        // A list cut at its limit does not show every reading: its cells agree on nothing.
        const agree = first !== undefined && !r.overflow && cells.every((c) => cellKey(c) === cellKey(first));
        if (agree && first?.absent) {
          out.set(pointer, { state: "absent" });
        } else if (!agree || !first || (first.lost && first.digits === undefined)) {
          out.set(pointer, { state: "uncertain", start: r.unit.start, unit: unitIndex(r), ...(r.unit.truncated && first?.lost ? { cut: true } : {}) });
        } else if (first.digits === undefined) {
          out.set(pointer, { state: "blank", start: first.start, end: first.end, ...(first.figure ? { figure: first.figure } : {}) });
        } else {
          out.set(pointer, {
            state: "value",
            digits: first.digits,
            ...(first.unit ? { unit: first.unit } : {}),
            ...(first.note ? { note: first.note } : {}),
            start: first.start,
            end: first.end,
            ...(first.lost ? { recovered: true } : {}),
            ...(first.figure ? { figure: first.figure } : {}),
          });
        }
      });
      off += s.cells.length;
    }
  }
  return out;
}

export type { TableKey };
