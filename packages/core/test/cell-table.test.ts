import { describe, expect, it } from "vitest";
import { cellsOf, parseYaml, templates } from "../src/index.js";
import { readCells } from "../src/rules/cell-reads.js";

// The rules read a report's cells as a ReadonlyMap by pointer: it must answer as a Map would, in template order.
describe("a report's cells by pointer", () => {
  const specs = cellsOf(templates["2021"]);
  const root = parseYaml('reviewAndLitigation:\n  review: [1, "", 0, 0, 1]\n').root!;
  const cells = readCells(root, specs);

  it("answers size, has, get, keys, values, entries and forEach alike, in the template's order", () => {
    expect(cells.size).toBe(specs.length);
    expect(cells.has("/reviewAndLitigation/review/4")).toBe(true);
    expect(cells.has("/reviewAndLitigation/review/5")).toBe(false);
    expect(cells.get("/reviewAndLitigation/review/5")).toBeUndefined();
    expect([...cells.keys()]).toEqual(specs.map((s) => s.pointer));
    expect([...cells.values()].map((c) => c.spec.pointer)).toEqual(specs.map((s) => s.pointer));
    const seen: [string, string][] = [];
    const self = { tag: "this" };
    cells.forEach(function (this: unknown, cell, pointer, map) {
      expect(this).toBe(self);
      expect(map).toBe(cells);
      seen.push([pointer, cell.state]);
    }, self);
    expect(seen).toEqual([...cells].map(([pointer, cell]) => [pointer, cell.state]));
    expect(new Map(cells.entries()).get("/reviewAndLitigation/review/1")?.state).toBe("blank");
  });

  it("reads each cell as written: a figure, a blank, and missing where the part is not written", () => {
    expect(["/reviewAndLitigation/review/0", "/reviewAndLitigation/review/1", "/applications/newReceived/0"].map((p) => cells.get(p)?.state)).toEqual(["ok", "blank", "missing"]);
  });
});
