import { describe, expect, it } from "vitest";
import { survivingReadings, type Equation, type RowReadings, type Term } from "../src/column-search.js";
import { rng as random } from "./render/random-report.js";

/** What the identities say of one combination, as the importer has always judged it: a blank only adds. */
function brokenBy(choice: number[], rows: RowReadings, equations: Equation[]): number {
  const side = (terms: Term[]) => {
    let sum = 0;
    let open = false;
    for (const t of terms) {
      const v = t.row < 0 ? t.fixed : rows[t.row]![choice[t.row]!]![t.offset];
      if (v === undefined) open = true;
      else sum += v;
    }
    return { sum, open };
  };
  let n = 0;
  for (const e of equations) {
    const plus = side(e.plus);
    const minus = side(e.minus);
    if (plus.open ? !minus.open && plus.sum > minus.sum : minus.open ? minus.sum > plus.sum : plus.sum !== minus.sum) n++;
  }
  return n;
}

/**
 * Every combination listed: the readings the ones breaking fewest identities use, and every reading that hides no
 * blank (what the text prints is never overruled by identities a published table need not keep).
 */
function exhaustive(rows: RowReadings, equations: Equation[]): Set<number>[] {
  let best = Infinity;
  let kept = rows.map(() => new Set<number>());
  const choice: number[] = [];
  const walk = (r: number): void => {
    if (r === rows.length) {
      const b = brokenBy(choice, rows, equations);
      if (b < best) {
        best = b;
        kept = rows.map(() => new Set<number>());
      }
      if (b === best) choice.forEach((k, i) => kept[i]!.add(k));
      return;
    }
    for (let k = 0; k < rows[r]!.length; k++) {
      choice[r] = k;
      walk(r + 1);
    }
  };
  walk(0);
  rows.forEach((readings, r) => readings.forEach((cells, k) => cells.every((v) => v !== undefined) && kept[r]!.add(k)));
  return kept;
}

/** For each row, each cell's value when every kept reading agrees on it, else "open". */
function outcome(rows: RowReadings, kept: Set<number>[]): string[][] {
  return rows.map((readings, r) => {
    const used = [...kept[r]!].map((k) => readings[k]!);
    return readings[0]!.map((_, c) => {
      const seen = new Set(used.map((cells) => String(cells[c])));
      return seen.size === 1 ? [...seen][0]! : "open";
    });
  });
}

function instance(seed: number): { rows: RowReadings; equations: Equation[] } {
  const rnd = random(seed);
  const width = 1 + Math.floor(rnd() * 3);
  const value = () => (rnd() < 0.2 ? undefined : Math.floor(rnd() * 6));
  const rows: RowReadings = Array.from({ length: 2 + Math.floor(rnd() * 4) }, () =>
    Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => Array.from({ length: width }, value)),
  );
  const term = (): Term => {
    if (rnd() < 0.2) {
      const v = value();
      return { row: -1, offset: 0, ...(v === undefined ? {} : { fixed: v }) };
    }
    return { row: Math.floor(rnd() * rows.length), offset: Math.floor(rnd() * width) };
  };
  const terms = () => Array.from({ length: 1 + Math.floor(rnd() * 3) }, term);
  const equations = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => ({ plus: terms(), minus: terms() }));
  return { rows, equations };
}

describe("table 3's readings settled by its column identities", () => {
  it("keeps every reading an exhaustive search keeps, and settles exactly the cells it settles (2,000 random tables)", () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const { rows, equations } = instance(seed);
      const keys = rows.map((readings) => readings.map((cells) => cells.map(String)));
      const kept = survivingReadings(rows, keys, equations);
      const truth = exhaustive(rows, equations);
      truth.forEach((set, r) => {
        for (const k of set) expect({ seed, row: r, reading: k, kept: kept[r]!.has(k) }).toEqual({ seed, row: r, reading: k, kept: true });
      });
      expect({ seed, cells: outcome(rows, kept) }).toEqual({ seed, cells: outcome(rows, truth) });
    }
  });

  it("settles a table whose combinations are far too many to list (40 rows of 8 readings: 8^40)", () => {
    // Row i reads i in one column (or, seven other ways, something else); the identity of each column is that
    // its cells add up to the published total, which only the true readings reach.
    // The other readings hide a blank in a second cell: identities may rule them out.
    const rows: RowReadings = Array.from({ length: 40 }, (_, i) => Array.from({ length: 8 }, (_, k) => (k === 0 ? [i, 0] : [i + 100 + k, undefined])));
    const total = (39 * 40) / 2;
    const equations: Equation[] = [{ plus: rows.map((_, i) => ({ row: i, offset: 0 })), minus: [{ row: -1, offset: 0, fixed: total }] }];
    const keys = rows.map((readings) => readings.map((cells) => cells.map(String)));
    const kept = survivingReadings(rows, keys, equations);
    expect(kept.map((set) => [...set])).toEqual(rows.map(() => [0]));
  });

  it("never drops a reading that hides no blank, though a reading hiding one balances the table", () => {
    // The published total says 5 while the row prints 3: the table does not balance, and a reading that hides a
    // blank (3 and an unknown count) would. The printed reading is what the text says and stays.
    const rows: RowReadings = [[[3, 0], [3, undefined]]];
    const equations: Equation[] = [{ plus: [{ row: 0, offset: 0 }, { row: 0, offset: 1 }], minus: [{ row: -1, offset: 0, fixed: 5 }] }];
    const kept = survivingReadings(rows, [[["3", "0"], ["3", ""]]], equations);
    expect([...kept[0]!].sort()).toEqual([0, 1]);
  });

  it("keeps every reading when a blank published total leaves the column without an identity", () => {
    const rows: RowReadings = [
      [[1], [2]],
      [[3], [4]],
    ];
    const equations: Equation[] = [{ plus: [{ row: 0, offset: 0 }, { row: 1, offset: 0 }], minus: [{ row: -1, offset: 0 }] }];
    const kept = survivingReadings(rows, [[["1"], ["2"]], [["3"], ["4"]]], equations);
    expect(kept.map((set) => [...set].sort())).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });
});
