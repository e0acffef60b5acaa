import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { applyEdits, cellsOf, checkText, nodeAt, parseYaml, templates, type TNode } from "../src/index.js";
import { read, repoRoot } from "./helpers.js";

const seed = read(join(repoRoot, "examples", "seed-2025.yaml"));
const root = parseYaml(seed).root!;

function withCell(pointerPath: (string | number)[], delta: number): { text: string; value: number } {
  const node = nodeAt(root, pointerPath) as TNode & { kind: "scalar" };
  const value = Number(node.value) + delta;
  return { text: applyEdits(seed, [{ start: node.start, end: node.end, newText: String(value) }]).text, value };
}

describe("one wrong cell in table 3 is named first", () => {
  const cells = cellsOf(templates["2021"]).filter((c) => c.table === "applications");
  it("covers all 175 cells", () => expect(cells.length).toBe(175));
  for (const cell of cells) {
    it(cell.pointer, () => {
      const { text } = withCell(cell.path, +1);
      const { findings } = checkText(text, { locale: "en" });
      expect(findings.length).toBeGreaterThanOrEqual(2);
      const first = findings[0]!;
      // Either the first finding is about the cell, or it relates the cell as the likely cause.
      const cause = first.related.find((r) => r.role === "likely-cause");
      expect(cause?.path ?? first.path).toBe(cell.pointer);
      // Every finding points at the same cause, and its first fix mends them all.
      for (const f of findings) expect(f.related.find((r) => r.role === "likely-cause")?.path ?? f.path).toBe(cell.pointer);
      const mended = applyEdits(text, findings[0]!.fixes[0]!.edits).text;
      expect(checkText(mended).findings).toEqual([]);
    });
  }
});

describe("table 4", () => {
  for (const group of ["review", "litigationDirect", "litigationAfterReview"]) {
    for (let c = 0; c < 5; c++) {
      it(`${group}/${c}`, () => {
        const { text } = withCell(["reviewAndLitigation", group, c], +1);
        const findings = checkText(text).findings;
        expect(findings.map((f) => [f.ruleId, f.path])).toEqual([["t4-total", `/reviewAndLitigation/${group}/4`]]);
        const named = [findings[0]!.path, ...findings[0]!.related.map((r) => r.path)];
        expect(named).toContain(`/reviewAndLitigation/${group}/${c}`);
      });
    }
  }
});

describe("an application filed under the wrong kind of applicant", () => {
  const row = "granted:          [212, 15, 0, 0, 0, 0, 227]";
  const roles = (text: string) => checkText(text, { locale: "en" }).findings.map((f) => [f.ruleId, f.path, f.related.filter((r) => r.role !== "addend").map((r) => [r.role, r.path])]);

  it("two columns off by the same amount either way while 总计 balances: each names the other as its pair", () => {
    const text = seed.replace(row, "granted:          [211, 16, 0, 0, 0, 0, 227]");
    expect(roles(text)).toEqual([
      ["t3-results-total", "/applications/results/total/0", [["misfiled-pair", "/applications/results/total/1"]]],
      ["t3-results-total", "/applications/results/total/1", [["misfiled-pair", "/applications/results/total/0"]]],
    ]);
    expect(checkText(text, { locale: "en" }).findings[1]!.related[0]!.message).toBe(
      "the Businesses items hold 1 more than their total and Natural persons 1 fewer, while Total balances: 1 application(s) may be filed under the wrong kind of applicant",
    );
  });

  it("not when the amounts differ (the 总计 column fails too)", () => {
    const found = roles(seed.replace(row, "granted:          [211, 17, 0, 0, 0, 0, 227]"));
    expect(found.length).toBeGreaterThan(2);
    expect(found.flatMap(([, , related]) => related as string[][]).filter(([role]) => role === "misfiled-pair")).toEqual([]);
  });

  it("two wrong cells that no one change explains: no likely cause is named", () => {
    const text = seed.replace(row, "granted:          [213, 15, 0, 0, 0, 0, 227]").replace("carriedForward:     [2, 0, 0, 0, 0, 0, 2]", "carriedForward:     [2, 0, 0, 0, 0, 0, 3]");
    const found = roles(text);
    expect(found.length).toBeGreaterThan(2);
    expect(found.flatMap(([, , related]) => related as string[][]).filter(([role]) => role === "likely-cause")).toEqual([]);
  });
});
