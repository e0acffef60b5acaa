import { describe, expect, it } from "vitest";
import { cursorContext, declaredTemplate, keyCandidates, templates, valueCandidates, zeroRow, type Lines } from "../src/index.js";

/**
 * The completion candidates both editors list (the server and the page map them to their own items; their tests
 * drive them through a real client and a real browser). Here: what is offered where, on half-typed text.
 */
function at(text: string): { lines: Lines; line: number; character: number } {
  const all = text.split("\n");
  const line = all.findIndex((l) => l.includes("|"));
  const character = all[line]!.indexOf("|");
  all[line] = all[line]!.replace("|", "");
  return { lines: { lineCount: all.length, lineText: (i) => all[i]! }, line, character };
}

function candidates(text: string) {
  const { lines, line, character } = at(text);
  const ctx = cursorContext(lines, line, character)!;
  const template = templates[declaredTemplate(lines) ?? "2021"];
  return ctx.kind === "key" ? keyCandidates(template, ctx) : ctx.kind === "value" ? valueCandidates(template, ctx) : [];
}

describe("completion candidates", () => {
  it("under （三）不予公开: its eight rows, each a row of seven zeros, the written one left out", () => {
    const c = candidates('template: "2021"\napplications:\n  results:\n    denied:\n      stateSecret: [0, 0, 0, 0, 0, 0, 0]\n      |');
    expect(c.map((x) => x.key)).not.toContain("stateSecret");
    expect(c).toHaveLength(7);
    for (const x of c) {
      expect(x.kind).toBe("row");
      expect(x.insert).toBe(`${x.key}: [0, 0, 0, 0, 0, 0, 0]`);
      expect(x.zeros).toBe(7);
    }
  });

  it("a group brings every row under it, indented one step deeper", () => {
    const c = candidates('template: "2021"\napplications:\n  results:\n    |');
    const denied = c.find((x) => x.key === "denied")!;
    expect(denied.kind).toBe("group");
    expect(denied.insert.split("\n")[0]).toBe("denied:");
    expect(denied.insert.split("\n")[1]).toMatch(/^ {6}\w+: \[0, 0, 0, 0, 0, 0, 0\]$/);
  });

  it("on a key that has its colon already: only keys, no skeletons, no values", () => {
    const c = candidates("|agency: x\n");
    expect(c.some((x) => x.kind === "report" || x.kind === "part-skeleton")).toBe(false);
    expect(c.every((x) => x.insert === x.key)).toBe(true);
  });

  it("at the top of an empty file: the whole report first, then the optional keys and the parts", () => {
    const c = candidates("|");
    expect(c[0]!.kind).toBe("report");
    expect(c.map((x) => x.key)).toEqual(expect.arrayContaining(["template", "agency", "applications"]));
  });

  it("a candidate that says it ends with a row of zeros does (the server turns that row into tab stops)", () => {
    const texts = ['template: "2021"\napplications:\n  |', 'template: "2021"\napplications:\n  results:\n    |', 'template: "2019"\nreviewAndLitigation:\n  |', 'template: "2021"\napplications:\n  newReceived:|'];
    const withZeros = texts.flatMap(candidates).filter((c) => c.zeros !== undefined);
    expect(withZeros.length).toBeGreaterThan(5);
    for (const c of withZeros) expect(c.insert.endsWith(zeroRow(c.zeros!)), c.insert).toBe(true);
  });

  it("values: the template ids, and a table-4 row's zeros of the 2019 template's width", () => {
    expect(candidates("template: |").map((x) => x.insert)).toEqual(['"2021"', '"2019"']);
    const c = candidates('template: "2019"\nreviewAndLitigation:\n  review:|');
    expect(c).toHaveLength(1);
    expect(c[0]!.insert).toBe(` ${"[" + new Array(templates["2019"].reviewColumns.length).fill(0).join(", ") + "]"}`);
  });
});
