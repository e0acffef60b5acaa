import { describe, expect, it } from "vitest";
import { parseYaml, type TMap, type TScalar } from "../src/index.js";
import { proseSpan, sentenceAround } from "../src/rules/prose/span.js";

/** The text a prose rule underlines for `needle` in the value of `otherMatters:`, or undefined when it gives none. */
function underlined(yaml: string, needle: string): string | undefined {
  const root = parseYaml(yaml).root as TMap;
  const node = root.pairs.find((p) => p.key === "otherMatters")!.value as TScalar;
  const value = String(node.value);
  const at = value.indexOf(needle);
  expect(at, `${needle} in ${JSON.stringify(value)}`).toBeGreaterThanOrEqual(0);
  const span = proseSpan(node, yaml, value, at, at + needle.length);
  return span && yaml.slice(span.start, span.end);
}

// A finding in prose (statistics-period, copied-prose) underlines its words in the YAML, however the scalar is
// written; where an escape makes the value differ from the source, it gives no place rather than a wrong one.
describe("where a stretch of prose is in the YAML text", () => {
  it.each([
    ["a block scalar", "otherMatters: |\n  本年度收到申请 12 件。\n  另有说明。\n", "收到申请 12 件"],
    ["a folded scalar, across the fold", "otherMatters: >\n  本年度收到申请\n  12 件。\n", "收到申请 12 件"],
    ["a plain scalar", "otherMatters: 本年度收到申请 12 件。\n", "12 件"],
    ["a double-quoted scalar", 'otherMatters: "本年度收到申请 12 件。"\n', "12 件"],
    ["a single-quoted scalar", "otherMatters: '本年度收到申请 12 件。'\n", "申请"],
  ])("in %s", (_kind, yaml, needle) => {
    expect(underlined(yaml, needle)?.replace(/\s+/g, " ")).toBe(needle.replace(/\s+/g, " "));
  });

  it("no place after an escape, nor for a stretch of blanks", () => {
    expect(underlined('otherMatters: "第一段\\n本年度收到申请 12 件。"\n', "12 件")).toBeUndefined();
    expect(underlined("otherMatters: 甲 乙\n", " ")).toBeUndefined();
  });

  it("the sentence around a figure: from after the previous full stop or line break to its own stop", () => {
    const value = "上年度结转 3 件。本年度收到申请 12 件！\n其余情况说明";
    const at = value.indexOf("12");
    const s = sentenceAround(value, at, at + 2);
    expect(value.slice(s.start, s.end)).toBe("本年度收到申请 12 件！");
    const last = value.indexOf("其余");
    const t = sentenceAround(value, last, last + 2);
    expect(value.slice(t.start, t.end)).toBe("其余情况说明");
  });
});
