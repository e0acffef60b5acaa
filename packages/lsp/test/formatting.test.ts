import { describe, expect, test } from "vitest";
import { applyEdits, parseYaml, readReportModel, toPlain } from "@ogi-report/core";
import { formatReport } from "../src/formatting.js";
import { examples } from "./helpers/examples.js";

// The server formats from the model its check built; so does this.
const modelOf = (text: string) => readReportModel(text).model!;
const format = (text: string) => applyEdits(text, formatReport(modelOf(text))).text;
const comments = (t: string) => t.split("\n").flatMap((l) => (l.includes("#") ? [l.slice(l.indexOf("#"))] : []));

describe("formatting", () => {
  test.each(examples().map((e) => [e.name, e.text] as const))("%s: same data, same comments, idempotent", (_name, text) => {
    const once = format(text);
    expect(once.replace(/[ \t]+/g, "")).toBe(text.replace(/[ \t]+/g, ""));
    expect(comments(once).map((c) => c.trim())).toEqual(comments(text).map((c) => c.trim()));
    const before = parseYaml(text);
    if (before.problems.length === 0) expect(toPlain(parseYaml(once).root!)).toEqual(toPlain(before.root!));
    expect(format(once)).toBe(once);
  });

  test("figures right-aligned per column across the table; values of siblings in one column", () => {
    const text = "applications:\n  newReceived: [293, 16, 0, 0, 0, 0, 309]\n  carriedOver: [5,0,0,0,0,0,5]\n  results:\n    total: [1, 0, 0, 0, 0, 0, 1]\n";
    expect(format(text)).toBe(
      "applications:\n  newReceived: [293, 16, 0, 0, 0, 0, 309]\n  carriedOver: [  5,  0, 0, 0, 0, 0,   5]\n  results:\n    total: [  1,  0, 0, 0, 0, 0,   1]\n",
    );
  });

  test("full-width figures count as two columns", () => {
    const text = 'reviewAndLitigation:\n  review: ["１", 0, 0, 0, 1]\n  litigationDirect: [10, 0, 0, 0, 10]\n';
    const out = format(text);
    expect(out).toContain('  review:           ["１", 0, 0, 0,  1]');
    expect(out).toContain("  litigationDirect: [  10, 0, 0, 0, 10]");
  });

  test("rows it cannot re-space safely are left as they are", () => {
    const cases = [
      "t:\n  a: [1, 2, ]\n  b: [10, 20]\n", // trailing comma
      "t:\n  a: &x [1, 2]\n  b: [10, 20]\n", // anchor
      "t:\n  a: [1,\n     2]\n  b: [10, 20]\n", // spans lines
    ];
    for (const text of cases) {
      const out = format(text);
      expect(out.split("\n")[1]).toBe(text.split("\n")[1]);
    }
  });

  test("a document with a syntax problem gets no edits, though its rows are misaligned", () => {
    const model = modelOf("a: [1,  2]\nbb: [3,4]\na: [5, 6]\n");
    expect(model.syntaxProblems.map((p) => p.code)).toContain("duplicate-key");
    expect(formatReport(model)).toEqual([]);
    // The same rows without the duplicate key are re-spaced: the syntax problem is what stops it.
    expect(formatReport(modelOf("a: [1,  2]\nbb: [3,4]\n")).length).toBeGreaterThan(0);
  });

  test("a document that does not parse has no model, so the server has nothing to format", () => {
    expect(readReportModel("a: [1, 2\nb: [3,4]\n").model).toBeUndefined();
  });
});
