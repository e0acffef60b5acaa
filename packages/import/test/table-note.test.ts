import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readReport, renderDocx, renderHtml, renderMarkdown, type ReportInput } from "@ogi-report/render";
import { importDocument, importReport } from "@ogi-report/import";
import { repoRoot } from "./corpus-files.js";

// Table 4's `note` (「行政复议、行政诉讼数量包含上年度结转的案件」: some agencies count earlier years' cases and say
// so under the table) is printed under table 4 in every output the renderer has, as 「注：…」 before part 五,
// and the import reads the rendered report back with it. Tables 2 and 3 print theirs the same way.
const NOTE = "行政复议、行政诉讼数量包含上年度结转的案件";
function input(): ReportInput {
  const text = readFileSync(join(repoRoot, "examples/seed-2025.yaml"), "utf8").replace(/^(reviewAndLitigation:\n)/m, `$1  note: "${NOTE}"\n`);
  const read = readReport(text);
  if (!read.ok) throw new Error("the seed with a note does not read");
  return read.input;
}
const noteOf = (report: Record<string, unknown>) => (report.reviewAndLitigation as { note?: string }).note;

describe("table 4's note in every output of the renderer, and read back by the import", () => {
  it("HTML: 「注：…」 under table 4, before part 五; imported back", () => {
    const html = renderHtml(input(), { standalone: true });
    const table4 = html.indexOf('data-table="reviewAndLitigation"');
    const note = html.indexOf(`注：${NOTE}`);
    expect(note).toBeGreaterThan(html.indexOf("</table>", table4));
    expect(note).toBeLessThan(html.indexOf("五、存在的主要问题及改进情况"));
    expect(noteOf(importReport(html, "html").report)).toBe(NOTE);
  });

  it("Markdown: 「注：…」 under table 4, before part 五; imported back as text", () => {
    const md = renderMarkdown(input());
    const note = md.indexOf(`注：${NOTE}`);
    expect(note).toBeGreaterThan(md.lastIndexOf("</table>", md.indexOf("五、存在的主要问题及改进情况")));
    expect(noteOf(importReport(md, "text").report)).toBe(NOTE);
  });

  it("Word: 「注：…」 under table 4; imported back", async () => {
    const result = await importDocument(await renderDocx(input()), "docx", {});
    expect(noteOf(result.report)).toBe(NOTE);
  });

  it("a report without a note prints none", () => {
    const plain = readReport(readFileSync(join(repoRoot, "examples/seed-2025.yaml"), "utf8"));
    if (!plain.ok) throw new Error("the seed does not read");
    expect(renderHtml(plain.input, { standalone: true })).not.toContain("注：");
    expect(renderMarkdown(plain.input)).not.toContain("注：");
  });
});
