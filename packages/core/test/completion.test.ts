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

  it("under activeDisclosure: table 2's rows not yet written, each with its value's shape, named with its block", () => {
    const c = candidates('template: "2021"\nactiveDisclosure:\n  regulations: {issued: 1}\n  |');
    expect(c.map((x) => x.key)).not.toContain("regulations");
    const byKey = new Map(c.map((x) => [x.key, x]));
    expect(byKey.get("normativeDocuments")).toMatchObject({
      kind: "row",
      detail: { zh: "第二十条第（一）项「行政规范性文件」" },
      extra: [{ zh: "第二十条第（一）项" }, { zh: "[本年制发件数, 本年废止件数, 现行有效件数]" }],
      insert: "normativeDocuments: { issued: 0, repealed: 0, inForce: 0 }",
    });
    expect(byKey.get("licensing")!.insert).toBe("licensing: 0");
    expect(byKey.get("fees")!.insert).toBe("fees: 0.00");
  });

  it("inside a table-2 row written as a mapping: its columns not yet written; an amount written as text starts as 0元", () => {
    expect(candidates('template: "2021"\nactiveDisclosure:\n  regulations:\n    issued: 1\n    |').map((x) => [x.kind, x.insert])).toEqual([
      ["column", "repealed: 0"],
      ["column", "inForce: 0"],
    ]);
    expect(candidates('template: "2019"\nactiveDisclosure:\n  procurement:\n    |').map((x) => x.insert)).toEqual(["projects: 0", 'amount: "0元"']);
    // A row of one figure has no columns to offer.
    expect(candidates('template: "2021"\nactiveDisclosure:\n  licensing:\n    |')).toEqual([]);
  });

  it("a table-2 row's value: one figure (two decimals for 万元) or the whole mapping, after a space if none was typed", () => {
    expect(candidates('template: "2021"\nactiveDisclosure:\n  fees:|').map((x) => [x.insert, x.detail?.en])).toEqual([[" 0.00", "Article 20 item (8): Administrative fees"]]);
    expect(candidates('template: "2021"\nactiveDisclosure:\n  licensing: |').map((x) => x.insert)).toEqual(["0"]);
    expect(candidates('template: "2021"\nactiveDisclosure:\n  regulations:|').map((x) => x.insert)).toEqual([" { issued: 0, repealed: 0, inForce: 0 }"]);
  });

  it("no value is offered for text, for a key the format does not know, or inside a text part", () => {
    expect(candidates('template: "2021"\nagency:|')).toEqual([]);
    expect(candidates('template: "2021"\nnothing:|')).toEqual([]);
    expect(candidates('template: "2021"\nproblems:\n  |')).toEqual([]);
  });

  it("table 4's rows carry their group in the label; on a written key only the key is replaced", () => {
    const c = candidates('template: "2021"\nreviewAndLitigation:\n  review: [0]\n  |');
    expect(c.map((x) => [x.label.zh, x.insert])).toEqual([
      ["行政诉讼·未经复议直接起诉", "litigationDirect: [0, 0, 0, 0, 0]"],
      ["行政诉讼·复议后起诉", "litigationAfterReview: [0, 0, 0, 0, 0]"],
    ]);
    expect(candidates('template: "2021"\nreviewAndLitigation:\n  |review: [0]').map((x) => x.insert)).toEqual(["review", "litigationDirect", "litigationAfterReview"]);
  });

  it("where nothing is offered: outside the document, inside a list item, after a value's text", () => {
    const { lines } = at("template: |");
    for (const line of [-1, 1, 0.5]) expect(cursorContext(lines, line, 0)).toBeUndefined();
    const ctx = (text: string) => {
      const p = at(text);
      return cursorContext(p.lines, p.line, p.character);
    };
    expect(ctx("units:\n  - a.yaml\n    |")).toBeUndefined();
    expect(ctx("units:\n  - a|")).toBeUndefined();
    expect(ctx("agency: x\n  # a comment\n\n|")).toMatchObject({ kind: "key", parents: [] });
  });

  it("inside {{ in prose: a figure reference, closed or not", () => {
    const ctx = (text: string) => {
      const p = at(text);
      return cursorContext(p.lines, p.line, p.character);
    };
    expect(ctx("overview: 共{{ applications.new|")).toEqual({ kind: "placeholder", typedStart: "overview: 共{{ ".length, closed: false });
    expect(ctx("overview: 共{{applications.new|Received.total }}件")).toEqual({ kind: "placeholder", typedStart: "overview: 共{{".length, closed: true });
  });

  it("at the top, keys already written are not offered again; on a written key in table 3 only the key is replaced", () => {
    const top = candidates('template: "2021"\nagency: x\napplications:\n  newReceived: [0]\n|').map((x) => x.key);
    expect(top).not.toContain("agency");
    expect(top).not.toContain("applications");
    expect(top).toContain("year");
    const c = candidates('template: "2021"\napplications:\n  |newReceived: [0]\n');
    expect(c.map((x) => [x.key, x.kind, x.insert, x.zeros])).toEqual(expect.arrayContaining([["carriedOver", "row", "carriedOver", undefined], ["results", "group", "results", undefined]]));
  });

  it("a 2019 procurement row's value: its columns, the amount as text", () => {
    expect(candidates('template: "2019"\nactiveDisclosure:\n  procurement:|').map((x) => x.insert)).toEqual([' { projects: 0, amount: "0元" }']);
  });
});
