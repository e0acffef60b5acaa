import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { applyEdits, checkText, fixAll, LineIndex } from "../src/index.js";
import { read, repoRoot } from "./helpers.js";

const broken = (name: string) => read(join(repoRoot, "examples", "broken", `${name}.yaml`));

describe("fixes", () => {
  it("safe fixes mend cell-value and keep every comment and line", () => {
    const text = broken("cell-value");
    const result = fixAll(text);
    expect(result.applied).toBe(2);
    expect(result.findings.map((f) => f.ruleId)).toEqual(["cell-value"]); // 0.5 has no safe fix
    const before = text.split("\n");
    const after = result.text.split("\n");
    expect(after.length).toBe(before.length);
    expect(after.filter((l) => l.trim().startsWith("#"))).toEqual(before.filter((l) => l.trim().startsWith("#")));
    expect(result.text).toContain("inForce: 84 }");
    expect(result.text).toContain("penalty: 0\n");
  });
  it("fixAll never applies a fix that changes a figure", () => {
    for (const name of ["t3-row-total", "t3-balance", "t4-total", "cell-blank", "template-year", "root-cause"]) {
      expect(fixAll(broken(name)).applied).toBe(0);
    }
  });
  it("after every safe fix nothing safe is left", () => {
    for (const name of ["cell-value", "suppression", "schema"]) {
      const { findings } = fixAll(broken(name));
      expect(findings.flatMap((f) => f.fixes.filter((x) => x.safe))).toEqual([]);
    }
  });
  it("set-the-total fixes make the identity hold", () => {
    const text = broken("t4-total");
    const [f] = checkText(text).findings;
    expect(f!.fixes[0]!.safe).toBe(false);
    expect(checkText(applyEdits(text, f!.fixes[0]!.edits).text).findings).toEqual([]);
  });
  it("inserting a missing part gives valid YAML with the part in place", () => {
    const text = broken("section-missing");
    const missing = checkText(text).findings.find((f) => f.path === "/otherMatters")!;
    const fixed = applyEdits(text, missing.fixes[0]!.edits).text;
    const after = checkText(fixed).findings;
    expect(after.map((f) => [f.ruleId, f.path])).toEqual([
      ["section-missing", "/problems"],
      ["section-missing", "/otherMatters"], // still the placeholder: the author must write it
    ]);
    expect(after[1]!.range.start.line).toBeGreaterThan(0);
  });
  it("a quoted template number is quoted by a safe fix", () => {
    const text = read(join(repoRoot, "examples", "seed-2025.yaml")).replace('template: "2021"', "template: 2021");
    const [f] = checkText(text).findings;
    expect(f).toMatchObject({ ruleId: "schema", path: "/template" });
    expect(fixAll(text).findings).toEqual([]);
  });
});

describe("applying edits as an editor does", () => {
  it.each([
    ["two replacements side by side", [{ start: 0, end: 1, newText: "A" }, { start: 1, end: 2, newText: "B" }], "ABc", 2],
    ["an overlapping one after the first is skipped", [{ start: 0, end: 2, newText: "X" }, { start: 1, end: 3, newText: "Y" }], "Xc", 1],
    ["two insertions at one place: the first only", [{ start: 1, end: 1, newText: "1" }, { start: 1, end: 1, newText: "2" }], "a1bc", 1],
    ["an insertion right after a replacement ending there", [{ start: 0, end: 1, newText: "A" }, { start: 1, end: 1, newText: "+" }], "A+bc", 2],
    ["in any order given", [{ start: 2, end: 3, newText: "C" }, { start: 0, end: 1, newText: "A" }], "AbC", 2],
  ])("%s", (_what, edits, text, applied) => {
    expect(applyEdits("abc", edits)).toEqual({ text, applied });
  });

  it("positions and offsets at the edges of the text, and the line end an added line should use", () => {
    const lines = new LineIndex("ab\r\ncd");
    expect(lines.eol).toBe("\r\n");
    expect(new LineIndex("one line").eol).toBe("\n");
    expect(lines.offset({ line: 5, character: 0 })).toBe(6);
    expect(lines.offset({ line: 0, character: 99 })).toBe(2);
    expect(lines.offset({ line: -1, character: -1 })).toBe(0);
    expect(lines.position(99)).toEqual({ line: 1, character: 2 });
  });
});
