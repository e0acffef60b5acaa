import { cellsOf, templates } from "@ogi-report/core";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../src/index.js";
import { attr, county2020Input, elements, exampleText, inputOf, parseHtmlFragment, seedInput, tableGrid, textOf } from "./helpers.js";

/** The HTML blocks of a Markdown text (CommonMark type 6: from a <table> line to the next blank line). */
function htmlBlocks(markdown: string): string[] {
  return markdown.split(/\n{2,}/).filter((block) => block.startsWith("<table"));
}

describe("Markdown", () => {
  it("writes the title and the six headings as Markdown headings, in order", () => {
    const md = renderMarkdown(seedInput());
    const headings = md.split("\n").filter((l) => l.startsWith("#"));
    expect(headings).toEqual(["# 福建省人力资源和社会保障厅2025年政府信息公开工作年度报告", ...templates["2021"].parts.map((p) => `## ${p.heading.zh}`)]);
  });

  it("writes the prose as paragraphs and level-2 headings, placeholders substituted", () => {
    const input = seedInput();
    (input.report as Record<string, unknown>).overview = "（一）依申请公开\n本年新收申请{{applications.newReceived.total}}件。\n结转{{applications.carriedForward.total}}件。";
    const md = renderMarkdown(input);
    expect(md).toContain("## 一、总体情况\n\n### （一）依申请公开\n\n本年新收申请309件。\n\n结转2件。\n\n## 二、");
    expect(md).not.toContain("{{");
    expect(md).not.toMatch(/<p>|<h\d/);
  });

  it("writes the three tables (all of which merge cells) as HTML tables with rowspan/colspan", () => {
    for (const input of [seedInput(), county2020Input()]) {
      const md = renderMarkdown(input);
      const blocks = htmlBlocks(md);
      expect(blocks).toHaveLength(3);
      const grids = blocks.map((b) => tableGrid(elements(parseHtmlFragment(b), "table")[0]!));
      const tpl = templates[input.template];
      // Table 3: header rows, then one row of seven figures per template row.
      const applications = grids[1]!;
      expect(applications.rows.slice(3).map((r) => r.filter((c) => c.tag === "td").length)).toEqual(tpl.applicationRows.map(() => 7));
      expect(applications.rows[0]![0]!.text).toBe(tpl.applicationsNote.zh);
      expect(applications.rows.flat().find((c) => c.text === "法人或其他组织")!.colSpan).toBe(5);
      // Table 4: 行政复议 over five, 行政诉讼 over ten.
      expect(grids[2]!.rows[0]!.map((c) => [c.text, c.colSpan])).toEqual([
        ["行政复议", 5],
        ["行政诉讼", 10],
      ]);
      // Every figure, in order, with its pointer.
      const figures = blocks.flatMap((b) => elements(parseHtmlFragment(b), "td"));
      expect(figures.map((td) => attr(td, "data-pointer"))).toEqual(cellsOf(tpl).map((c) => c.pointer));
      // No blank line inside a table, or CommonMark would end the HTML block there.
      for (const block of blocks) expect(block.endsWith("</table>")).toBe(true);
    }
  });

  it("keeps figures, blanks and notes as in the HTML", () => {
    const md = renderMarkdown(
      inputOf(
        exampleText("seed-2025.yaml")
          .replace("carriedOver:        [5, 0, 0, 0, 0, 0, 5]", "carriedOver:        [5, null, 0, 0, 0, 0, 5]")
          .replace("repealed: 0, inForce: 84", "repealed: { value: 55, note: 含自然失效29件 }, inForce: 84"),
      ),
    );
    const td = (pointer: string) => elements(parseHtmlFragment(md), "td").find((c) => attr(c, "data-pointer") === pointer)!;
    expect(textOf(td("/applications/newReceived/6"))).toBe("309");
    expect(textOf(td("/applications/carriedOver/1"))).toBe("");
    expect(textOf(td("/activeDisclosure/normativeDocuments/repealed"))).toBe("55（含自然失效29件）");
  });

  it("makes an untrusted report inert: HTML and Markdown syntax in it are escaped", () => {
    const md = renderMarkdown(
      inputOf(
        exampleText("seed-2025.yaml")
          .replace("agency: 福建省人力资源和社会保障厅", `agency: "*局* <b>x</b>"`)
          .replace("problems: |\n", "problems: |\n  # 不是标题\n  - 不是列表\n  1. 不是编号\n  <script>alert(1)</script> [链接](javascript:x) & `code`\n")
          .replace("licensing: 0", `licensing: "<img src=x onerror=alert(1)>"`),
      ),
    );
    expect(md).toContain("# \\*局\\* \\<b\\>x\\</b\\>2025年政府信息公开工作年度报告");
    expect(md).toContain("\n\\# 不是标题\n");
    expect(md).toContain("\n\\- 不是列表\n");
    expect(md).toContain("\n1\\. 不是编号\n");
    expect(md).toContain("\\<script\\>alert(1)\\</script\\> \\[链接\\](javascript:x) \\& \\`code\\`");
    expect(md).toContain("&lt;img src=x onerror=alert(1)&gt;");
    // Every "<" from the report is escaped: as \< in prose, as &lt; in a table.
    expect(md).not.toMatch(/(?<!\\)<(script|img|b>)/);
  });
});
