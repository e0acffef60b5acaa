import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { allRules } from "@ogi-report/core";
import { describe, expect, it } from "vitest";
import { decodeText } from "../src/files/decode.js";
import { baseName, fileKind } from "../src/files/kind.js";
import { markdownToHtml } from "../src/ui/markdown.js";
import { ruleDocHtml, ruleIndexHtml } from "../src/ui/doc-panel.js";
import { repoRoot } from "./helpers/paths.js";

const docsDir = join(repoRoot, "docs/rules");

describe("rule docs in the page", () => {
  const files = readdirSync(docsDir).filter((f) => f.endsWith(".md") && f !== "README.md");

  it.each(files)("%s: the page shows the published page, word for word", (file) => {
    expect(ruleDocHtml(file.replace(/\.md$/, ""))).toBe(markdownToHtml(readFileSync(join(docsDir, file), "utf8")));
  });

  it("every rule has a page and is in the index", () => {
    const index = ruleIndexHtml("zh-CN");
    for (const meta of allRules) {
      expect(ruleDocHtml(meta.id)).toContain(`<h1>${meta.id}</h1>`);
      expect(index).toContain(`data-rule="${meta.id}"`);
    }
  });
});

describe("markdown", () => {
  it("renders what the rule docs use, escaped", () => {
    const html = markdownToHtml(["# t", "", "**粗** and `a<b>`", "", "| a | b |", "|---|---|", "| 1 | <i> |", "", "```yaml", "x: <y>", "```", "", "- one", "- [t3-balance](t3-balance.md)", "<!-- hidden -->"].join("\n"));
    expect(html).toBe(
      [
        "<h1>t</h1>",
        "<p><strong>粗</strong> and <code>a&lt;b&gt;</code></p>",
        "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>&lt;i&gt;</td></tr></tbody></table>",
        '<pre data-lang="yaml"><code>x: &lt;y&gt;</code></pre>',
        '<ul><li>one</li><li><button type="button" class="doc-link" data-rule="t3-balance">t3-balance</button></li></ul>',
      ].join("\n"),
    );
  });

  it("a fence without a language, and a table with no header row or with only its separator", () => {
    expect(markdownToHtml("```\nx: 1\n```")).toBe("<pre><code>x: 1</code></pre>");
    expect(markdownToHtml("| a | b |\n| 1 | 2 |")).toBe("<table><tbody><tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td></tr></tbody></table>");
    expect(markdownToHtml("|---|---|\n| 1 | 2 |")).toBe("<table><tbody><tr><td>1</td><td>2</td></tr></tbody></table>");
  });

  it("an unknown rule has no page: the index stands in, in the reader's language", () => {
    expect(ruleDocHtml("no-such-rule")).toBeUndefined();
    expect(ruleIndexHtml("en")).toMatch(/^<h1>Rules<\/h1>/);
    expect(ruleIndexHtml("zh-CN")).toMatch(/^<h1>规则<\/h1>/);
  });

  it("turns links to the web into plain text: the page opens nothing", () => {
    expect(markdownToHtml("see [the format](https://example.org/x)")).toBe("<p>see the format</p>");
  });
});

describe("opening files", () => {
  it("decodes UTF-8, a BOM, and GBK pages (declared or not)", () => {
    const utf8 = new TextEncoder().encode("平潭综合实验区");
    expect(decodeText(utf8)).toBe("平潭综合实验区");
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe("平潭综合实验区");
    // 「政府信息公开」 in GBK: not valid UTF-8.
    const gbk = new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0xd0, 0xc5, 0xcf, 0xa2, 0xb9, 0xab, 0xbf, 0xaa]);
    expect(decodeText(gbk)).toBe("政府信息公开");
    const page = new Uint8Array([...new TextEncoder().encode('<meta charset="gbk"><p>'), ...gbk]);
    expect(decodeText(page)).toBe('<meta charset="gbk"><p>政府信息公开');
  });

  it("decodes UTF-16 with its BOM, as Windows Notepad saves 「Unicode」 text, in either byte order", () => {
    const units = [..."年度报告"].map((c) => c.charCodeAt(0));
    const le = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])]);
    expect(decodeText(le)).toBe("年度报告");
    expect(decodeText(be)).toBe("年度报告");
  });

  it("a page declaring a charset no browser knows is read as GB18030, not refused", () => {
    const gbk = new Uint8Array([0xd5, 0xfe, 0xb8, 0xae]);
    const page = new Uint8Array([...new TextEncoder().encode("<meta charset=x-unheard-of><p>"), ...gbk]);
    expect(decodeText(page)).toBe("<meta charset=x-unheard-of><p>政府");
  });

  it("tells report YAML from pages to import, by extension and then by content", () => {
    expect(fileKind("report.yaml", "")).toBe("yaml");
    expect(fileKind("2023.HTM", "")).toBe("html");
    expect(fileKind("crawl.txt", "<html>")).toBe("text");
    expect(fileKind("download", "<!DOCTYPE html><html>")).toBe("html");
    expect(fileKind("download", 'template: "2021"\nagency: x')).toBe("yaml");
    expect(fileKind("download", "一、总体情况")).toBe("text");
    expect(baseName("C:\\报告\\平潭2023.html")).toBe("平潭2023");
    // No extension, or a name that is all extension (a dot file): the whole name.
    expect(baseName("/tmp/report")).toBe("report");
    expect(baseName(".yaml")).toBe(".yaml");
  });
});
