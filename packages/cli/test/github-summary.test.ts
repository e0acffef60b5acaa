import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { marked } from "marked";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, fixturesDir, runOgi, tempDir } from "./harness.js";

/** Keys a pull request could add to a report, each trying to put something live into the job summary. */
const hostileKeys = [
  "![tracker](https://evil.example/pixel.png)",
  "<img src=https://evil.example/i.png>",
  "[click me](javascript:alert(1))",
  "https://evil.example/phish",
  "www.evil.example",
  "<a href='https://evil.example'>ok</a>",
  "a | b",
  "`code` *bold* _it_ ~~gone~~ \\ & &amp; # 1.",
];

/** Ten harmless unknown keys first: GitHub shows ten annotations of a type, the rest go to the step summary. */
function report(dir: string): string {
  const filler = Array.from({ length: 10 }, (_, i) => `filler${i}: 1`);
  const keys = hostileKeys.map((k) => `${JSON.stringify(k)}: 1`);
  const text = readFileSync(join(fixturesDir, "clean.yaml"), "utf8").replace("year: 2025", ["year: 2025", ...filler, ...keys].join("\n"));
  writeFileSync(join(dir, "r.yaml"), text);
  return "r.yaml";
}

describe("GitHub: the step summary shows finding messages as text", () => {
  beforeAll(assertBuilt);

  it("no image, link or HTML from a report reaches the rendered summary, and every key reads as written", async () => {
    const dir = tempDir("ogi-gh-");
    const summary = join(dir, "summary.md");
    const r = await runOgi(["check", "-f", "github", report(dir)], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    const html = await marked.parse(readFileSync(summary, "utf8"), { gfm: true });
    expect(html).toContain("<table>");
    expect(html).not.toMatch(/<a\b|<img\b|<code>code|<strong>|<em>|<del>|<h1/i);
    // The table keeps its five columns on every row: no `|` from a key split a cell.
    const rows = html.match(/<tr>[\s\S]*?<\/tr>/g)!;
    expect(rows.length).toBe(1 + hostileKeys.length);
    for (const row of rows) expect(row.match(/<t[dh]\b/g)).toHaveLength(5);
    const text = html.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
    for (const key of hostileKeys) expect(text).toContain(`“${key}”`);
  });

  it("annotations escape what would end or split a workflow command", async () => {
    const dir = tempDir("ogi-gh-");
    const text = readFileSync(join(fixturesDir, "clean.yaml"), "utf8").replace("year: 2025", 'year: 2025\n"x%0A::error::forged\\r\\n::warning file=a,line=1::y": 1');
    writeFileSync(join(dir, "a,b:c.yaml"), text);
    const r = await runOgi(["check", "-f", "github", "a,b:c.yaml"], { cwd: dir, env: { GITHUB_STEP_SUMMARY: join(dir, "s.md") } });
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error file=a%2Cb%3Ac\.yaml,line=\d+,/);
    expect(lines[0]).toContain("x%250A::error::forged%0D%0A::warning file=a,line=1::y");
  });
});
