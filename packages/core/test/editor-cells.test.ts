import { describe, expect, it } from "vitest";
import { cellAtPath, cellNode, formulasOf, hitAt, parseYaml, templates, type TMap } from "../src/index.js";

const t2021 = templates["2021"];
const root = (yaml: string) => parseYaml(yaml).root as TMap;

// What hover shows on a total: the formulas it must satisfy, and the cell under the cursor.
describe("the cell under the cursor and the totals it takes part in", () => {
  it("a cell is found by its path, also on the value or note of a cell written with a note", () => {
    expect(cellAtPath(t2021, ["reviewAndLitigation", "review", 4])?.pointer).toBe("/reviewAndLitigation/review/4");
    expect(cellAtPath(t2021, ["reviewAndLitigation", "review", 4, "value"])?.pointer).toBe("/reviewAndLitigation/review/4");
    expect(cellAtPath(t2021, ["reviewAndLitigation", "review", 4, "note"])?.pointer).toBe("/reviewAndLitigation/review/4");
    expect(cellAtPath(t2021, ["reviewAndLitigation", "review", 4, "remark"])).toBeUndefined();
    expect(cellAtPath(t2021, ["reviewAndLitigation", "review"])).toBeUndefined();
    expect(cellAtPath(t2021, ["value"])).toBeUndefined();
  });

  it("table 4's total column sums its four outcomes; a non-total cell has no formula", () => {
    const total = cellAtPath(t2021, ["reviewAndLitigation", "litigationDirect", 4])!;
    const formulas = formulasOf(t2021, total);
    expect(formulas.map((f) => [f.name.zh, f.over.zh, f.terms.map((t) => t.pointer)])).toEqual([
      ["总计栏", "维持、纠正、其他、尚未审结之和", [0, 1, 2, 3].map((c) => `/reviewAndLitigation/litigationDirect/${c}`)],
    ]);
    expect(formulasOf(t2021, cellAtPath(t2021, ["reviewAndLitigation", "litigationDirect", 0])!)).toEqual([]);
  });

  it("（七）总计 in the 总计 column is both a row total and a column total; in another column only a column total", () => {
    expect(formulasOf(t2021, cellAtPath(t2021, ["applications", "results", "total", 6])!).map((f) => f.name.en)).toEqual(["Total column", "(7) Total"]);
    expect(formulasOf(t2021, cellAtPath(t2021, ["applications", "results", "total", 0])!).map((f) => [f.name.en, f.terms.length])).toEqual([["(7) Total", 21]]);
    expect(formulasOf(t2021, cellAtPath(t2021, ["applications", "newReceived", 6])!).map((f) => f.name.en)).toEqual(["Total column"]);
  });

  it("a cell's node is the scalar, or the value of its mapping", () => {
    const fees = cellAtPath(t2021, ["activeDisclosure", "fees"])!;
    expect(cellNode(root("activeDisclosure:\n  fees: 12.5\n"), fees)).toMatchObject({ kind: "scalar", value: 12.5 });
    const noted = root("activeDisclosure:\n  fees: { value: 3.25, note: 含往年 }\n");
    expect(cellNode(noted, fees)).toMatchObject({ kind: "scalar", value: 3.25 });
    expect(cellNode(root("activeDisclosure:\n  fees: { note: 含往年 }\n"), fees)).toBeUndefined();
  });

  it("what is under a position: a key, a value inside a list, or nothing outside the document's nodes", () => {
    const text = "template: \"2021\"\nreviewAndLitigation:\n  review: [1, 0, 0, 0, 1]\n";
    const doc = root(text);
    expect(hitAt(doc, text.indexOf("review:"))).toMatchObject({ path: ["reviewAndLitigation", "review"], onKey: true });
    expect(hitAt(doc, text.indexOf("0, 0, 0, 1"))).toMatchObject({ path: ["reviewAndLitigation", "review", 1], onKey: false, node: { value: 0 } });
    expect(hitAt(doc, text.indexOf("[1"))).toMatchObject({ path: ["reviewAndLitigation", "review"], onKey: false, node: { kind: "seq" } });
    expect(hitAt(doc, text.length)).toBeUndefined();
  });
});
