import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkText } from "../src/index.js";
import { repoRoot } from "./helpers.js";

const seed = readFileSync(join(repoRoot, "examples", "seed-2025.yaml"), "utf8");
const blankRow = (text: string, row: string, cells: string) => text.replace(new RegExp(`^(\\s*${row}:\\s*)\\[[^\\]]*\\]`, "m"), `$1${cells}`);
const withComment = (text: string, row: string, comment: string) => text.replace(new RegExp(`^(\\s*)(${row}:)`, "m"), `$1# ${comment}\n$1$2`);

describe("cell-blank: a cell the importer marks as not in the source is not a blank to fill with 0", () => {
  it("a row marked absent: 'not in the source', and no 'write 0' fix", () => {
    const text = withComment(blankRow(seed, "carriedForward", "[null, null, null, null, null, null, null]"), "carriedForward", "ogi-absent -- 原文中没有 / not in the source");
    const findings = checkText(text, { locale: "en" }).findings.filter((f) => f.ruleId === "cell-blank");
    expect(findings.length).toBe(7);
    for (const f of findings) {
      expect(f.message).toMatch(/not in the source/);
      expect(f.message).not.toMatch(/write 0/);
      expect(f.fixes ?? []).toEqual([]);
    }
    const zh = checkText(text, { locale: "zh-CN" }).findings.find((f) => f.ruleId === "cell-blank");
    expect(zh?.message).toMatch(/原文中没有/);
  });

  it("only the listed cells are absent; a published blank in the same row still asks for 0", () => {
    const text = withComment(blankRow(seed, "carriedForward", "[2, null, 0, 0, 0, null, null]"), "carriedForward", "ogi-absent: 5, 6 -- not in the source");
    const findings = checkText(text, { locale: "en" }).findings.filter((f) => f.ruleId === "cell-blank");
    const byPath = new Map(findings.map((f) => [f.path, f.message]));
    expect(byPath.get("/applications/carriedForward/1")).toMatch(/write 0/);
    expect(byPath.get("/applications/carriedForward/5")).toMatch(/not in the source/);
    expect(byPath.get("/applications/carriedForward/6")).toMatch(/not in the source/);
  });

  it("a cell the import could not settle says so, not 'write 0'", () => {
    const text = withComment(blankRow(seed, "carriedForward", "[2, null, 0, 0, 0, 0, 2]"), "carriedForward", "ogi-unsettled: 1 -- 拆分不确定");
    const f = checkText(text, { locale: "en" }).findings.find((x) => x.ruleId === "cell-blank");
    expect(f?.message).toMatch(/could not be settled by the import/);
  });

  it("a table-2 figure left empty under the mark: 'not in the source', on its key's line", () => {
    const text = seed.replace(/^(\s*)licensing: \d+$/m, "$1# ogi-absent -- not in the source\n$1licensing:");
    const lines = text.split("\n");
    const f = checkText(text, { locale: "en" }).findings.find((x) => x.ruleId === "cell-blank");
    expect(f?.message).toMatch(/not in the source/);
    expect(f?.path).toBe("/activeDisclosure/licensing");
    expect(lines[f!.range.start.line]).toMatch(/^\s*licensing:$/);
  });

  it("an unrelated comment changes nothing", () => {
    const text = withComment(blankRow(seed, "carriedForward", "[null, 0, 0, 0, 0, 0, 2]"), "carriedForward", "checked by hand");
    const f = checkText(text, { locale: "en" }).findings.find((x) => x.ruleId === "cell-blank");
    expect(f?.message).toMatch(/write 0/);
  });
});

describe("text-figure: a row the import could not read is unknown, not a row of zeros", () => {
  // The prose says 不予公开13件 (10 + 3 in the seed); the import left both rows that hold them open.
  const prose = seed.replace("本年新收申请309件，", "本年新收申请309件，不予公开13件，");
  const open = (text: string) =>
    ["internalAffairs", "administrativeQuery"].reduce((t, row) => withComment(blankRow(t, row, "[null, null, null, null, null, null, null]"), row, "ogi-unsettled -- 拆分不确定"), text);
  const textFigure = (text: string) => checkText(text, { locale: "en" }).findings.filter((f) => f.ruleId === "text-figure");

  it("the prose agrees with the table as published", () => {
    expect(textFigure(prose)).toEqual([]);
  });

  it("no 'the table says 0' when the rows are open: the comparison is not made", () => {
    expect(textFigure(open(prose))).toEqual([]);
  });

  it("the author's own blank rows still count as none (the rule compares)", () => {
    const blank = ["internalAffairs", "administrativeQuery"].reduce((t, row) => blankRow(t, row, "[null, null, null, null, null, null, null]"), prose);
    expect(textFigure(blank).map((f) => f.path)).toEqual(["/overview"]);
  });
});
