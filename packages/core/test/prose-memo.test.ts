import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { checkText } from "../src/index.js";
import { readProse } from "../src/rules/text-figure/prose-memo.js";
import { read, repoRoot } from "./helpers.js";

const seed = read(join(repoRoot, "examples", "seed-2025.yaml"));
/** Words without figures, repeated until the overview is long (as a 1 MB report's is): our own filler. */
const filler = "  本单位持续完善公开目录，按时更新栏目内容，回应社会关切。\n".repeat(400);
const long = seed.replace("overview: |\n", `overview: |\n${filler}`);
/** More applications received and carried forward by natural persons: every identity holds, the prose's 309 and 2 do not. */
const moreReceived = (text: string, more: number) =>
  text
    .replace("[293, 16, 0, 0, 0, 0, 309]", `[${293 + more}, 16, 0, 0, 0, 0, ${309 + more}]`)
    .replace("carriedForward:     [2, 0, 0, 0, 0, 0, 2]", `carriedForward:     [${2 + more}, 0, 0, 0, 0, 0, ${2 + more}]`);
const textFigures = (text: string) => checkText(text, { locale: "en" }).findings.filter((f) => f.ruleId === "text-figure");

describe("a long prose part is read once, and its figures are still compared with the tables of every check", () => {
  it("the overview under test is long enough to be kept", () => {
    expect(filler.length).toBeGreaterThan(4096);
  });

  it("the same words give the same reading, even as another string", () => {
    const value = filler + "本年新收申请309件。";
    const again = (filler + "本年新收申请309件。").slice(0);
    expect(readProse(again, 2025)).toBe(readProse(value, 2025));
    expect(readProse(value, 2024)).not.toBe(readProse(value, 2025));
  });

  it("a table edited under unchanged prose is compared again, each way", () => {
    expect(textFigures(long)).toEqual([]);
    expect(textFigures(moreReceived(long, 1)).map((f) => [f.expected, f.actual])).toEqual([
      [310, 309],
      [3, 2],
    ]);
    expect(textFigures(long)).toEqual([]);
    expect(textFigures(moreReceived(long, 2)).map((f) => [f.expected, f.actual])).toEqual([
      [311, 309],
      [4, 2],
    ]);
  });

  it("the same findings as a short report's, placed in the long one", () => {
    const lines = filler.split("\n").length - 1;
    const shifted = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => ({
      start: { line: r.start.line - lines, character: r.start.character },
      end: { line: r.end.line - lines, character: r.end.character },
    });
    const seen = (findings: ReturnType<typeof textFigures>, shift: boolean) =>
      findings.map((f) => ({
        message: f.message,
        path: f.path,
        range: shift ? shifted(f.range) : f.range,
        related: f.related.map((r) => ({ path: r.path, message: r.message, range: shift ? shifted(r.range) : r.range })),
        fixes: f.fixes.map((x) => x.title),
      }));
    const short = seen(textFigures(moreReceived(seed, 1)), false);
    expect(short).toHaveLength(2);
    expect(seen(textFigures(moreReceived(long, 1)), true)).toEqual(short);
  });

  it("the year is part of what is read: another year's figure is not this year's", () => {
    const saysYear = long.replace("本年新收申请309件", "2025年新收申请309件");
    const asYear = (y: number) => moreReceived(saysYear, 1).replace("year: 2025", `year: ${y}`);
    expect(textFigures(asYear(2025)).map((f) => f.actual)).toEqual([309, 2]);
    expect(textFigures(asYear(2024)).map((f) => f.actual)).toEqual([]);
    expect(textFigures(asYear(2025)).map((f) => f.actual)).toEqual([309, 2]);
  });
});

describe("what is kept stays bounded", () => {
  it("prose longer than all that may be kept is read every time, and still read right", () => {
    const huge = "本单位持续完善公开目录。".repeat(250_000) + "本年新收申请309件。";
    expect(huge.length).toBeGreaterThan(2_500_000);
    const first = readProse(huge, 2025);
    expect(first.matches.map((m) => m.figure)).toEqual([309]);
    expect(readProse(huge, 2025)).not.toBe(first);
    expect(readProse(huge, 2025).matches.map((m) => m.figure)).toEqual([309]);
  });

  it("of many long parts, the oldest are let go", () => {
    const parts = Array.from({ length: 20 }, (_, i) => filler + `第${i}段。`);
    const readings = parts.map((p) => readProse(p, 2025));
    expect(readProse(parts[19]!, 2025)).toBe(readings[19]);
    expect(readProse(parts[0]!, 2025)).not.toBe(readings[0]);
  });
});
