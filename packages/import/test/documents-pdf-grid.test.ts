import { describe, expect, it } from "vitest";
import { gridLines } from "../src/sources/pdf-grid.js";
import type { TextRun } from "../src/sources/pdf-layout.js";
import { pageRules, type RuleOps, type Rules } from "../src/sources/pdf-rules.js";
import { splitFigures } from "../src/sources/pdf.js";

// A ruled table drawn as LibreOffice draws one: each border a straight stroked line. Columns at the x positions
// given, rows at the y positions (top first; PDF y grows upwards). `merged` lists boxes spanning rows (between
// the borders at those indexes of `ys`): the borders inside them are not drawn.
function ruled(xs: number[], ys: number[], merged: { column: number; rows: [number, number] }[] = []): Rules {
  const horizontal = ys.flatMap((y, r) =>
    xs.slice(1).flatMap((x, c) => {
      const inside = merged.some((m) => m.column === c && r > m.rows[0] && r < m.rows[1]);
      return inside ? [] : [{ at: y, from: xs[c]!, to: x }];
    }),
  );
  const vertical = xs.map((x) => ({ at: x, from: ys[ys.length - 1]!, to: ys[0]! }));
  return { horizontal, vertical };
}

const run = (text: string, x: number, y: number, size = 10): TextRun => ({ text, x, end: x + size * 0.6 * text.length, y, size });
const page = { left: 0, right: 595 };
const texts = (read: ReturnType<typeof gridLines>) => read.lines.map((l) => (l.fields ? `${l.label}|${l.fields.join("|")}` : l.label));

describe("PDF tables read by their borders", () => {
  it("a group label printed half-way down the rows it spans belongs to its first row; blank boxes stay blank fields", () => {
    // Columns: group label, row label, three figures. Rows: three, the group label spanning all three.
    const rules = ruled([50, 100, 250, 300, 350, 400], [700, 680, 660, 640], [{ column: 0, rows: [0, 3] }]);
    const runs = [
      run("甲", 110, 685),
      run("5", 270, 685),
      run("7", 370, 685),
      // The group label, centred in its tall box: on the middle row's line.
      run("分组", 55, 665),
      run("乙", 110, 665),
      run("1", 320, 665),
      run("丙", 110, 645),
    ];
    const read = gridLines(runs, rules, page);
    expect(texts(read)).toEqual(["分组甲|5||7", "乙||1|", "丙|||"]);
    expect(read.used.size).toBe(runs.length);
    expect(read.cut).toBe(false);
  });

  it("a header wrapped over several lines is one box, and does not merge or invent columns", () => {
    const rules = ruled([50, 150, 200, 250, 300], [700, 670, 650]);
    const runs = [run("社会", 160, 690), run("公益", 160, 680), run("组织", 160, 672), run("其他", 210, 685), run("总计", 260, 685), run("行", 60, 655), run("3", 170, 655), run("3", 270, 655)];
    expect(texts(gridLines(runs, rules, page))).toEqual(["社会公益组织  其他  总计", "行|3||3"]);
  });

  it("a figure column blank in every row is still a field (a table without a label column, like table 4)", () => {
    const rules = ruled([50, 100, 150, 200, 250], [700, 680, 660]);
    const runs = [run("维持", 55, 685), run("纠正", 105, 685), run("其他", 155, 685), run("总计", 205, 685), run("2", 160, 665), run("2", 210, 665)];
    // No label: a leading empty label, then the four fields.
    expect(texts(gridLines(runs, rules, page))).toEqual(["维持  纠正  其他  总计", "|||2|2"]);
  });

  it("underlines (a line that ends inside a box) are not borders", () => {
    const rules = ruled([50, 150, 200], [700, 680]);
    rules.horizontal.push({ at: 688, from: 160, to: 166 }, { at: 688, from: 50, to: 90 });
    expect(texts(gridLines([run("行", 60, 690), run("4", 160, 690)], rules, page))).toEqual(["行|4"]);
  });

  it("a table wider than the page: the row ends before the box the right edge cuts; a row cut on the left keeps no figures", () => {
    // Right: the last box (580–595) is a sliver of a column whose figure is off the page.
    const right = gridLines([run("行", 60, 690), run("4", 160, 690), run("6", 230, 690)], ruled([50, 150, 220, 290, 360, 430, 500, 580, 595], [700, 680]), page);
    expect(texts(right)).toEqual(["行|4|6||||"]);
    expect(right.cut).toBe(true);
    // Left: the first box (0–6) is what is left of a column whose figure is off the page.
    const left = gridLines([run("2", 20, 690), run("7", 70, 690)], ruled([0, 6, 59, 111], [700, 680]), page);
    expect(texts(left)).toEqual([]);
    expect(left.cut).toBe(true);
    // A box that only reaches the edge, its figure printed inside the page, is whole.
    const whole = gridLines([run("行", 60, 690), run("9", 570, 690)], ruled([50, 150, 555, 595], [700, 680]), { left: 0, right: 595.3 });
    expect(texts(whole)).toEqual(["行||9"]);
    expect(whole.cut).toBe(false);
  });

  it("no borders, no table: every run is left to the line reader", () => {
    const read = gridLines([run("行", 60, 690), run("4", 160, 690)], { horizontal: [{ at: 680, from: 50, to: 200 }], vertical: [] }, page);
    expect(read.lines).toEqual([]);
    expect(read.used.size).toBe(0);
  });
});

describe("PDF ruling lines from pdf.js's operator list", () => {
  // pdf.js 5: OPS numbers, and constructPath's arguments [paint op, [path data], bounding box].
  const OPS: RuleOps = { save: 10, restore: 11, transform: 12, constructPath: 91, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27 };
  const MOVE = 0;
  const LINE = 1;
  const CLOSE = 4;
  const path = (paint: number, data: number[]) => [paint, [Float32Array.from(data)], null];

  it("stroked lines and rectangles, and thin filled rectangles, in page space after the transforms", () => {
    const fn = [OPS.constructPath, OPS.save, OPS.transform, OPS.constructPath, OPS.restore, OPS.constructPath, OPS.constructPath, OPS.constructPath];
    const args = [
      path(OPS.stroke, [MOVE, 10, 700, LINE, 200, 700]),
      null,
      [1, 0, 0, 1, 100, 0],
      // Drawn at x 0, moved 100 right by the transform in force.
      path(OPS.stroke, [MOVE, 0, 600, LINE, 0, 700]),
      null,
      // A filled rectangle 0.5 wide: a vertical border as Word prints one.
      path(OPS.fill, [MOVE, 200, 600, LINE, 200.5, 600, LINE, 200.5, 700, LINE, 200, 700, CLOSE]),
      // A shaded cell (filled, wide): not a line.
      path(OPS.fill, [MOVE, 10, 600, LINE, 90, 600, LINE, 90, 650, LINE, 10, 650, CLOSE]),
      // A clip or an invisible path: drawn with no paint.
      path(28, [MOVE, 0, 0, LINE, 595, 0]),
    ];
    const rules = pageRules(fn, args, OPS);
    expect(rules.horizontal).toEqual([{ at: 700, from: 10, to: 200 }]);
    expect(rules.vertical).toEqual([
      { at: 100, from: 600, to: 700 },
      { at: 200.25, from: 600, to: 700 },
    ]);
  });
});

describe("PDF runs that print figures apart", () => {
  it("one pdf.js run 「210 -4」 (two cells' text in one text object) is a run per figure, each where it is printed", () => {
    const parts = splitFigures({ text: "210 -4", x: 200, end: 260, y: 690, size: 12 });
    expect(parts.map((r) => [r.text, r.x, r.end])).toEqual([
      ["210", 200, 230],
      ["-4", 240, 260],
    ]);
  });

  it("a page number between dashes, or a label with a figure, stays one run", () => {
    expect(splitFigures({ text: "— 1 —", x: 280, end: 320, y: 40, size: 14 })).toHaveLength(1);
    expect(splitFigures({ text: "共 12 件", x: 0, end: 50, y: 40, size: 10 })).toHaveLength(1);
  });
});
