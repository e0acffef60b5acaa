import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { marked } from "marked";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attr, elements, exampleText, parseHtmlFragment, repoRoot, textOf } from "./helpers.js";

const ogi = join(repoRoot, "packages/cli/dist/ogi.js");

/**
 * The seed, with a cell value and a cell's note that each hold a blank line followed by Markdown: in CommonMark a
 * blank line ends the table's HTML block, and what follows would be live Markdown — a `javascript:` link, an image.
 */
function hostileReport(): string {
  return exampleText("seed-2025.yaml")
    .replace("licensing: 0", 'licensing: "1\\n\\n[click here](javascript:window.pwned=1)\\n\\n![x](https://evil.example/x.png)"')
    .replace(
      "normativeDocuments: { issued: 8, repealed: 0, inForce: 84 }",
      'normativeDocuments: { issued: 8, repealed: { value: 55, note: "note\\n\\n  \\n<b>[note link](javascript:window.pwned=2)</b>\\r\\rend" }, inForce: 84 }',
    )
    .replace("agency: 福建省人力资源和社会保障厅", 'agency: "某局\\n\\n[title link](javascript:window.pwned=3)"');
}

const executablePath = "/usr/bin/chromium";

describe("ogi render --to md: a report's text stays text", () => {
  let work: string;
  let markdown: string;
  beforeAll(() => {
    if (!existsSync(ogi)) throw new Error(`${ogi} is missing: build first (pnpm build)`);
    work = mkdtempSync(join(tmpdir(), "ogi-md-hostile-"));
    writeFileSync(join(work, "r.yaml"), hostileReport());
    const r = spawnSync(process.execPath, [ogi, "render", "r.yaml", "--to", "md"], { cwd: work, encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8" } });
    expect(r.status, r.stderr).toBe(0);
    markdown = r.stdout;
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("cell values and notes stay inside their table cell, as text", async () => {
    const html = await marked.parse(markdown, { gfm: true });
    expect(html).not.toMatch(/<a\b|<img\b|<b>/);
    const tds = elements(parseHtmlFragment(html), "td");
    const cell = (pointer: string) => tds.find((td) => attr(td, "data-pointer") === pointer);
    expect(textOf(cell("/activeDisclosure/licensing")!)).toBe("1[click here](javascript:window.pwned=1)![x](https://evil.example/x.png)");
    expect(textOf(cell("/activeDisclosure/normativeDocuments/repealed")!)).toBe("55（note  <b>[note link](javascript:window.pwned=2)</b>end）");
    // Every figure of the three tables is still in a table.
    expect(tds.filter((td) => attr(td, "data-pointer") !== undefined).length).toBeGreaterThan(100);
  });

  it("clicking the text in Chromium runs nothing", async () => {
    if (!existsSync(executablePath)) throw new Error("Debian chromium is needed: apt-get install -y chromium");
    const page = join(work, "md.html");
    writeFileSync(page, `<!DOCTYPE html><meta charset="utf-8"><body>${await marked.parse(markdown, { gfm: true })}</body>`);
    const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
    try {
      const tab = await browser.newPage();
      await tab.goto(pathToFileURL(page).href);
      for (const text of ["click here", "note link", "title link"]) await tab.getByText(text).first().click();
      expect(await tab.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await tab.locator("img").count()).toBe(0);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
