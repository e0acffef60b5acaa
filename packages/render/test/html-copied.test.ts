import { describe, expect, it } from "vitest";
import { renderHtml } from "../src/index.js";
import { attr, elements, inputOf, parseHtml, seedInput, textOf } from "./helpers.js";

const overviewOf = (html: string) => elements(parseHtml(html), "section").find((s) => attr(s, "data-part") === "overview")!;

describe("passages copied from last year's report, marked in the prose", () => {
  it("each piece of a passage (one per source line, indentation dropped) is marked in its part only, with a title", () => {
    const input = seedInput();
    const html = renderHtml(input, { standalone: false, highlight: new Map() });
    const lines = elements(overviewOf(html), "p").map(textOf);
    expect(lines.length).toBeGreaterThan(1);
    // A passage over the end of the first paragraph and the start of the second, as the YAML source has it.
    const tail = lines[0]!.slice(-8);
    const head = lines[1]!.slice(0, 6);
    const copied = new Map([["/overview", [`${tail}\n    ${head}`]]]);
    const marked = renderHtml(input, { standalone: false, copied, locale: "en" });
    const marks = elements(overviewOf(marked), "mark");
    expect(marks.map(textOf)).toEqual([tail, head]);
    for (const m of marks) {
      expect(attr(m, "class")).toBe("ogi-copied");
      expect(attr(m, "title")).toBe("Same wording as last year's report");
    }
    // The text reads the same with or without the marks; other parts carry none.
    expect(elements(overviewOf(marked), "p").map(textOf)).toEqual(lines);
    expect(elements(parseHtml(marked), "mark")).toHaveLength(2);
  });

  it("a passage over two lines is marked where it runs, not where its short ends recur", () => {
    const text = 'template: "2021"\nagency: 某局\nyear: 2025\noverview: |\n  今年的重点仍是公开目录。\n  公开目录按季度核对，公开目录之外另有新设栏目。\n';
    const html = renderHtml(inputOf(text), { standalone: false, copied: new Map([["/overview", ["重点仍是公开目录。\n  公开目录"]]]) });
    const open = '<mark class="ogi-copied" title="与上一年度报告相同的文字">';
    expect(elements(overviewOf(html), "p").map((p) => textOf(p))).toEqual(["今年的重点仍是公开目录。", "公开目录按季度核对，公开目录之外另有新设栏目。"]);
    expect(html).toContain(`<p>今年的${open}重点仍是公开目录。</mark></p>`);
    expect(html).toContain(`<p>${open}公开目录</mark>按季度核对，公开目录之外另有新设栏目。</p>`);
  });

  it("what the report wrote stays text: a copied passage with markup in it is escaped", () => {
    const text = 'template: "2021"\nagency: 某局\nyear: 2025\noverview: |\n  本年度<b>重点</b>工作照常推进。\n';
    const html = renderHtml(inputOf(text), { standalone: false, copied: new Map([["/overview", ["<b>重点</b>工作"]]]) });
    expect(html).toContain('<mark class="ogi-copied" title="与上一年度报告相同的文字">&lt;b&gt;重点&lt;/b&gt;工作</mark>');
    expect(html).not.toContain("<b>");
  });
});
