import type { CellKind } from "@ogi-report/core";
import { acceptWhole, fitsKind } from "./cell-text.js";

/** Figures as found in the source, before it is known how many cells they hold. */
export interface Piece {
  /** 「15130000154」, 「-18」, 「4166.241619」; "" for a blank cell. */
  digits: string;
  unit?: string;
  note?: string;
  blank?: boolean;
  /** Read as one whole cell (an HTML cell, a `|` cell): it is exactly one cell, never split. */
  whole: boolean;
  /** Printed apart from its neighbours (spaces or line breaks around it), not run together with them. */
  spaced?: boolean;
  /** The only thing its line prints (a cell a line): a cell of the table, not a figure beside a label. */
  alone?: boolean;
  /** Source offsets. */
  start: number;
  end: number;
  /** Where the figure itself is, when the piece is more than its figure (an HTML cell: the `<td>` and its text). */
  figure?: SourceRange;
}

export interface SourceRange {
  start: number;
  end: number;
}

/** One cell of a candidate reading. `digits` undefined: blank. `lost`: a cell the source dropped. */
export interface SplitCell {
  digits?: string;
  unit?: string;
  note?: string;
  start: number;
  end: number;
  lost?: boolean;
  /** A blank cell the layout cannot show (assumed between two pieces). */
  vanished?: boolean;
  /** Not in the source: the input ends before this cell. */
  absent?: boolean;
  figure?: SourceRange;
}

/** Cells [from, to) of which cell `totalAt` is the sum of the cells from `from` before it. */
export interface Identity {
  from: number;
  to: number;
  totalAt: number;
}

export interface SplitResult {
  candidates: SplitCell[][];
  /** More readings than the limit: the list is cut, the row is not settled. */
  overflow: boolean;
  /** No reading satisfies the row identities: the list holds the readings without them. */
  identitiesRelaxed: boolean;
}

const LIMIT = 2000;
const STEP_LIMIT = 400_000;
/** The longest figure one cell of each kind plausibly holds when digits run together. */
const MAX_DIGITS: Record<CellKind, number> = { count: 9, signedCount: 9, wanYuan: 16, amountText: 20 };

export function cellNumber(c: SplitCell): number | undefined {
  return c.digits === undefined ? undefined : Number(c.digits);
}

function holds(cells: SplitCell[], id: Identity): boolean {
  let sum = 0;
  let open = false;
  for (let i = id.from; i < id.totalAt; i++) {
    const v = cellNumber(cells[i]!);
    // A blank is not known to be 0, but it is no negative count: the known items cannot exceed the total.
    if (v === undefined) open = true;
    else sum += v;
  }
  const total = cellNumber(cells[id.totalAt]!);
  return total === undefined || (open ? sum <= total : total === sum);
}

/**
 * Every way to read `pieces` as exactly `kinds.length` cells. Pieces read whole are one cell each; runs of
 * digits are cut into cells of valid figures (no leading zeros, a sign only where the kind allows one).
 * Readings that break a row identity are dropped, unless none is left.
 */
export function splitRow(pieces: Piece[], kinds: CellKind[], identities: Identity[], blanksMayVanish = false): SplitResult {
  // Every reading the text allows is kept, whatever it assumes: a run of digits printed together shows neither
  // where its figures end nor whether a blank cell stands between them, so a reading with more hidden blanks is
  // as good as one with fewer (preferring fewer picked a wrong figure whenever a published blank also balanced).
  // Where every piece is printed apart, each reading assumes the same number of hidden blanks and cuts anyway.
  let last = { candidates: [] as SplitCell[][], overflow: false };
  for (const ids of identities.length ? [identities, []] : [identities]) {
    last = enumerate(pieces, kinds, ids, blanksMayVanish);
    // Listed with the fewest hidden blanks first, the order a reader checks them in; all of them stay.
    const hidden = (row: SplitCell[]) => row.reduce((n, c) => n + (c.vanished ? 1 : 0), 0);
    last.candidates.sort((a, b) => hidden(a) - hidden(b));
    if (last.candidates.length > 0 || last.overflow) return { ...last, identitiesRelaxed: ids.length < identities.length };
  }
  return { ...last, identitiesRelaxed: identities.length > 0 };
}

/**
 * Every reading of the pieces as the row's cells. `vanish`: the layout cannot show a blank cell (runs of spaces, a
 * cell a line, run-together text), so a blank may stand between any two cells unseen.
 */
function enumerate(pieces: Piece[], kinds: CellKind[], identities: Identity[], vanish: boolean): { candidates: SplitCell[][]; overflow: boolean } {
  const out: SplitCell[][] = [];
  const cells: SplitCell[] = [];
  let steps = 0;
  let overflow = false;
  const endsAt = new Map(identities.map((id) => [id.to - 1, id]));

  const rec = (pi: number, pos: number, ci: number): void => {
    if (overflow) return;
    if (++steps > STEP_LIMIT) {
      overflow = true;
      return;
    }
    if (ci === kinds.length) {
      if (pi === pieces.length) {
        if (out.length >= LIMIT) overflow = true;
        else out.push(cells.slice());
      }
      return;
    }
    if (pieces.length - pi > kinds.length - ci) return; // each piece left needs a cell
    const push = (cell: SplitCell, next: () => void) => {
      cells.push(cell);
      const id = endsAt.get(ci);
      if (!id || holds(cells, id)) next();
      cells.pop();
    };
    if (vanish && pieces.length - pi < kinds.length - ci && (pos === 0 || !pieces[pi]!.spaced)) {
      // Between any two cells, inside a run of digits too: run-together text shows no blank at all.
      const at = pieces[pi]?.start ?? pieces[pi - 1]?.end ?? 0;
      push({ start: at, end: at, vanished: true }, () => rec(pi, pos, ci + 1));
    }
    if (pi === pieces.length) return;
    const piece = pieces[pi]!;
    const kind = kinds[ci]!;
    if (piece.blank) {
      push({ start: piece.start, end: piece.end, ...figureOf(piece) }, () => rec(pi + 1, 0, ci + 1));
      return;
    }
    if (piece.whole) {
      if (acceptWhole(piece.digits, piece.unit, kind)) {
        const digits = kind === "amountText" ? piece.digits : String(Number(piece.digits));
        push({ digits, ...unitNote(piece), start: piece.start, end: piece.end, ...figureOf(piece) }, () => rec(pi + 1, 0, ci + 1));
      }
      return;
    }
    const rest = piece.digits.length - pos;
    const width = piece.end - piece.start;
    for (let len = 1; len <= Math.min(rest, MAX_DIGITS[kind]); len++) {
      const digits = piece.digits.slice(pos, pos + len);
      const last = len === rest;
      if (!last && ci + 1 >= kinds.length) continue;
      if (!fitsKind(digits, last ? piece.unit : undefined, kind)) continue;
      // Offsets: proportional inside the piece (folding keeps one char per digit in practice).
      const start = piece.start + Math.round((pos / piece.digits.length) * width);
      const end = last ? piece.end : piece.start + Math.round(((pos + len) / piece.digits.length) * width);
      const cell: SplitCell = { digits, ...(last ? unitNote(piece) : {}), start, end };
      push(cell, () => (last ? rec(pi + 1, 0, ci + 1) : rec(pi, pos + len, ci + 1)));
    }
  };
  rec(0, 0, 0);
  return { candidates: out, overflow };
}

function figureOf(p: Piece): { figure?: SourceRange } {
  return p.figure ? { figure: p.figure } : {};
}

function unitNote(p: Piece): { unit?: string; note?: string } {
  return { ...(p.unit ? { unit: p.unit } : {}), ...(p.note ? { note: p.note } : {}) };
}

/**
 * A row read whole but short of cells (a PDF extraction dropped some): every placement of the cells read,
 * with the dropped cells derived from a row identity where one settles them. Placements whose dropped cell
 * no identity settles keep it as `lost` (no value).
 */
export function placeWithLost(read: SplitCell[], width: number, identities: Identity[], anywhere = true): SplitCell[][] {
  const missing = width - read.length;
  if (missing <= 0) return [read];
  const out: SplitCell[][] = [];
  if (!anywhere) {
    const end = read[read.length - 1]?.end ?? 0;
    const row = [...read, ...Array.from({ length: missing }, () => ({ start: end, end, lost: true }))];
    const derived = derive(row, identities);
    return derived ? [derived] : [];
  }
  const choose = (from: number, left: number, chosen: number[]) => {
    if (left === 0) {
      const row: SplitCell[] = [];
      let r = 0;
      for (let i = 0; i < width; i++) {
        if (chosen.includes(i)) row.push({ start: read[0]?.start ?? 0, end: read[0]?.start ?? 0, lost: true });
        else row.push(read[r++]!);
      }
      const derived = derive(row, identities);
      if (derived) out.push(derived);
      return;
    }
    for (let i = from; i <= width - left; i++) choose(i + 1, left - 1, [...chosen, i]);
  };
  choose(0, missing, []);
  return out;
}

/** Fill lost cells that an identity settles; undefined when the placement contradicts an identity. */
function derive(row: SplitCell[], identities: Identity[]): SplitCell[] | undefined {
  const out = row.map((c) => ({ ...c }));
  for (const id of identities) {
    const lost: number[] = [];
    let sum = 0;
    for (let i = id.from; i < id.totalAt; i++) {
      const c = out[i]!;
      if (c.lost) lost.push(i);
      else sum += cellNumber(c) ?? 0;
    }
    const totalCell = out[id.totalAt]!;
    if (totalCell.lost) lost.push(id.totalAt);
    if (lost.length === 0) {
      if (cellNumber(totalCell) !== undefined && !out.slice(id.from, id.totalAt).some((c) => c.digits === undefined) && sum !== cellNumber(totalCell)) return undefined;
      continue;
    }
    if (lost.length > 1) continue;
    const at = lost[0]!;
    const value = at === id.totalAt ? sum : (cellNumber(totalCell) ?? NaN) - sum;
    if (!Number.isInteger(value) || value < 0) return undefined;
    out[at] = { ...out[at]!, digits: String(value) };
  }
  return out;
}
