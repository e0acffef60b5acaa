/**
 * A search over the readings of table 3's rows for the combinations its column identities allow. Every row whose
 * figures the text leaves open (run-together digits, a row that may hide a blank) has a list of readings; a
 * combination is one reading per row. The identities (per column: （七）总计 = the sum of the result items, and
 * 一 + 二 = 三（七） + 四) are judged as the cells fill in, so a branch is dropped as soon as it breaks more of them
 * than the best combination found: the combinations that break the fewest are the survivors, and a reading is kept
 * when at least one survivor uses it. Listing every combination, as this once did, was hopeless for run-together
 * text (10^22 and more), so such tables were left with every reading open.
 *
 * Never a reading dropped that could survive: when the search runs out of its budget, what it has not shown to be
 * impossible is kept (more cells open, none wrong). Only readings that hide a blank are ever dropped.
 */

/** A cell on one side of an identity: which open row holds it (−1: settled or unknown) and its place in the row. */
export interface Term {
  row: number;
  offset: number;
  /** For a cell not in an open row: its value, or undefined for a blank or unknown count (never negative). */
  fixed?: number;
}

export interface Equation {
  plus: Term[];
  minus: Term[];
}

/** For each open row, its readings, each as the value of every cell (undefined: blank, a count not printed). */
export type RowReadings = (number | undefined)[][][];

/** Nodes of the search in all (each a row given a reading); past it, every reading not yet decided is kept. */
const TOTAL_BUDGET = 100_000;
/** Nodes spent on showing that one reading can (or cannot) be part of a survivor. */
const QUERY_BUDGET = 5_000;

/**
 * For each open row, the readings to keep: every reading that hides no blank (what the text prints, which a table
 * that does not balance must not lose), every reading some surviving combination uses, and any reading the search
 * did not rule out. `keys[row][reading][cell]` says how a cell reads (two readings that print a cell alike
 * agree on it). A reading that agrees with those kept on every cell they agree on cannot settle or open anything,
 * so it is kept without a search: the outcome of each cell is what an exhaustive search would give, at a fraction
 * of the cost, though a cell left open may list a few more candidates than could survive.
 */
export function survivingReadings(rows: RowReadings, keys: string[][][], equations: Equation[]): Set<number>[] {
  const search = new Search(rows, equations);
  const best = search.fewestBroken();
  const kept = rows.map(() => new Set<number>());
  const agreed = rows.map(() => undefined as (string | undefined)[] | undefined);
  const keep = (row: number, k: number) => {
    if (kept[row]!.has(k)) return;
    kept[row]!.add(k);
    const cells = keys[row]![k]!;
    const a = agreed[row];
    // undefined: the kept readings differ on this cell.
    if (!a) agreed[row] = cells.slice();
    else cells.forEach((key, i) => key !== a[i] && (a[i] = undefined));
  };
  for (const row of search.rowsInOrder()) {
    for (const k of search.readingsInOrder(row)) {
      if (kept[row]!.has(k)) continue;
      const a = agreed[row];
      // Identities cannot overrule what the text prints: a published table need not balance (Pingtan 2020's does
      // not, and readings hiding blanks balanced it instead).
      const printed = rows[row]![k]!.every((v) => v !== undefined);
      if (printed || (a && keys[row]![k]!.every((key, i) => a[i] === undefined || a[i] === key))) {
        keep(row, k);
        continue;
      }
      const found = search.survivorWith(row, k, best);
      if (found === "unknown") keep(row, k);
      else if (found) found.forEach((reading, r) => keep(r, reading));
    }
  }
  return kept;
}

/**
 * The search's state, in flat arrays (it visits up to a few hundred thousand nodes per table). For each identity
 * `e`, side `2e` (plus) and `2e + 1` (minus) hold the sum of their chosen cells and the blanks among them, and the
 * least and most the rows not yet chosen can still add (unbounded when one of their readings has a blank there).
 * An identity is surely broken when its two sides' ranges no longer meet: a branch is cut as soon as that
 * happens, not only when the last row is read.
 */
class Search {
  private readonly sum: Float64Array;
  private readonly blanks: Int32Array;
  private readonly pendingMin: Float64Array;
  private readonly pendingMax: Float64Array;
  /** Rows not yet chosen that may add a blank (an unbounded count) to the side. */
  private readonly pendingOpen: Int32Array;
  /** Per row and reading: the sides its cells fall on, and their values (NaN: a blank). */
  private readonly touchSide: Int32Array[][];
  private readonly touchValue: Float64Array[][];
  /** Per row: the sides it touches, and the least and most it adds to each, and whether it may add a blank. */
  private readonly rowSides: Int32Array[];
  private readonly rowMin: Float64Array[];
  private readonly rowMax: Float64Array[];
  private readonly rowOpen: Uint8Array[];
  private readonly broken: Uint8Array;
  private brokenCount = 0;
  private readonly chosen: number[];
  /** Rows in the order they are given readings: the ones in most identities first, so sides complete early. */
  private readonly order: number[];
  /** Each row's readings, those with fewer blanks first: a published table is mostly whole, so survivors come soon. */
  private readonly tries: number[][];
  private nodes = 0;

  constructor(rows: RowReadings, equations: Equation[]) {
    const n = equations.length * 2;
    this.sum = new Float64Array(n);
    this.blanks = new Int32Array(n);
    this.pendingMin = new Float64Array(n);
    this.pendingMax = new Float64Array(n);
    this.pendingOpen = new Int32Array(n);
    const sides = rows.map((readings) => readings.map(() => [] as number[]));
    const values = rows.map((readings) => readings.map(() => [] as number[]));
    const weight = rows.map(() => 0);
    equations.forEach((e, i) => {
      [e.plus, e.minus].forEach((terms, s) => {
        const side = 2 * i + s;
        for (const t of terms) {
          if (t.row < 0) {
            if (t.fixed === undefined) this.blanks[side]!++;
            else this.sum[side]! += t.fixed;
            continue;
          }
          weight[t.row]!++;
          rows[t.row]!.forEach((reading, k) => {
            sides[t.row]![k]!.push(side);
            values[t.row]![k]!.push(reading[t.offset] ?? NaN);
          });
        }
      });
    });
    this.touchSide = sides.map((r) => r.map((list) => Int32Array.from(list)));
    this.touchValue = values.map((r) => r.map((list) => Float64Array.from(list)));
    this.rowSides = [];
    this.rowMin = [];
    this.rowMax = [];
    this.rowOpen = [];
    rows.forEach((readings, r) => {
      const touched = [...new Set(sides[r]![0] ?? [])];
      const min = touched.map(() => Infinity);
      const max = touched.map(() => 0);
      const open = touched.map(() => 0);
      readings.forEach((_, k) => {
        touched.forEach((side, j) => {
          let add = 0;
          let blank = false;
          sides[r]![k]!.forEach((sd, i) => {
            if (sd !== side) return;
            const v = values[r]![k]![i]!;
            if (Number.isNaN(v)) blank = true;
            else add += v;
          });
          min[j] = Math.min(min[j]!, add);
          max[j] = Math.max(max[j]!, add);
          if (blank) open[j] = 1;
        });
      });
      this.rowSides.push(Int32Array.from(touched));
      this.rowMin.push(Float64Array.from(min));
      this.rowMax.push(Float64Array.from(max));
      this.rowOpen.push(Uint8Array.from(open));
      touched.forEach((side, j) => {
        this.pendingMin[side]! += min[j]!;
        this.pendingMax[side]! += max[j]!;
        this.pendingOpen[side]! += open[j]!;
      });
    });
    this.broken = new Uint8Array(equations.length);
    for (let e = 0; e < equations.length; e++) if ((this.broken[e] = this.judge(e) ? 1 : 0)) this.brokenCount++;
    this.chosen = rows.map(() => -1);
    this.order = rows.map((_, r) => r).sort((a, b) => weight[b]! - weight[a]! || rows[a]!.length - rows[b]!.length);
    this.tries = rows.map((readings) => {
      const blanks = readings.map((cells) => cells.filter((v) => v === undefined).length);
      return readings.map((_, k) => k).sort((a, b) => blanks[a]! - blanks[b]! || a - b);
    });
  }

  rowsInOrder(): readonly number[] {
    return this.order;
  }

  readingsInOrder(row: number): readonly number[] {
    return this.tries[row]!;
  }

  /** Surely broken whatever the open cells turn out to be: the two sides' ranges do not meet. */
  private judge(e: number): boolean {
    const p = 2 * e;
    const m = p + 1;
    return this.low(p) > this.high(m) || this.low(m) > this.high(p);
  }

  private low(side: number): number {
    return this.sum[side]! + this.pendingMin[side]!;
  }

  /** A blank, chosen or possible, is a count that was not printed: it has no upper bound. */
  private high(side: number): number {
    return this.blanks[side]! > 0 || this.pendingOpen[side]! > 0 ? Infinity : this.sum[side]! + this.pendingMax[side]!;
  }

  /** Row `row` read as `k` (sign 1) or given back its choice (sign −1). */
  private move(row: number, k: number, sign: 1 | -1): void {
    const touched = this.rowSides[row]!;
    for (let j = 0; j < touched.length; j++) {
      const side = touched[j]!;
      this.pendingMin[side]! -= sign * this.rowMin[row]![j]!;
      this.pendingMax[side]! -= sign * this.rowMax[row]![j]!;
      this.pendingOpen[side]! -= sign * this.rowOpen[row]![j]!;
    }
    const sides = this.touchSide[row]![k]!;
    const values = this.touchValue[row]![k]!;
    for (let i = 0; i < sides.length; i++) {
      const v = values[i]!;
      if (Number.isNaN(v)) this.blanks[sides[i]!]! += sign;
      else this.sum[sides[i]!]! += sign * v;
    }
    for (let j = 0; j < touched.length; j++) {
      const e = touched[j]! >> 1;
      const now = this.judge(e) ? 1 : 0;
      if (now !== this.broken[e]) {
        this.broken[e] = now;
        this.brokenCount += now ? 1 : -1;
      }
    }
  }

  private choose(row: number, k: number): void {
    this.chosen[row] = k;
    this.move(row, k, 1);
  }

  private unchoose(row: number, k: number): void {
    this.chosen[row] = -1;
    this.move(row, k, -1);
  }

  /** The fewest identities any combination breaks (an upper bound when the budget ran out first). */
  fewestBroken(): number {
    let best = Infinity;
    const walk = (depth: number): void => {
      if (this.brokenCount >= best || best === 0 || this.nodes > TOTAL_BUDGET) return;
      if (depth === this.order.length) {
        best = this.brokenCount;
        return;
      }
      const row = this.order[depth]!;
      for (const k of this.tries[row]!) {
        this.nodes++;
        this.choose(row, k);
        walk(depth + 1);
        this.unchoose(row, k);
      }
    };
    walk(0);
    return best;
  }

  /** A combination with row `row` read as `k` that breaks no more than `most`; "unknown" when out of budget. */
  survivorWith(row: number, k: number, most: number): number[] | false | "unknown" {
    if (this.nodes > TOTAL_BUDGET) return "unknown";
    const stop = Math.min(TOTAL_BUDGET, this.nodes + QUERY_BUDGET);
    let found: number[] | undefined;
    const walk = (depth: number): void => {
      if (found || this.brokenCount > most || this.nodes > stop) return;
      if (depth === this.order.length) {
        found = this.chosen.slice();
        return;
      }
      const r = this.order[depth]!;
      if (r === row) return walk(depth + 1);
      for (const j of this.tries[r]!) {
        this.nodes++;
        this.choose(r, j);
        walk(depth + 1);
        this.unchoose(r, j);
        if (found) return;
      }
    };
    this.choose(row, k);
    walk(0);
    this.unchoose(row, k);
    if (found) return found;
    return this.nodes > stop ? "unknown" : false;
  }
}
