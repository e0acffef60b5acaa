import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { checkText, severityRank } from "@ogi-report/core";
import { build } from "esbuild";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderHtml, type Highlight } from "../src/index.js";
import { requireTool } from "../../../test/tools.js";
import { ensureArtifacts, exampleText, inputOf, repoRoot, seedInput, which } from "./helpers.js";

const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : which("chromium", "chromium-browser");
describe("HTML in headless Chromium", () => {
  const profile = mkdtempSync(join(tmpdir(), "ogi-render-chromium-"));
  let context: BrowserContext;
  let page: Page;
  const out = ensureArtifacts();

  beforeAll(async () => {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: requireTool(executablePath, "chromium", "chromium"),
      headless: true,
      viewport: { width: 900, height: 1200 },
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = context.pages()[0] ?? (await context.newPage());
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  async function open(name: string, html: string) {
    const file = join(out, `${name}.html`);
    writeFileSync(file, html);
    await page.goto(pathToFileURL(file).href);
    return file;
  }

  it("lays the seed out as the template prints it (merged cells measured in the browser); screenshot in artifacts/", async () => {
    await open("render-html-seed", renderHtml(seedInput(), { standalone: true }));
    const layout = await page.evaluate(() => {
      const box = (el: Element) => el.getBoundingClientRect();
      const table3 = document.querySelector('table[data-table="applications"]')!;
      const th = (text: string) => [...table3.querySelectorAll("th")].find((e) => e.textContent === text)!;
      const legal = box(th("法人或其他组织"));
      const under = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"].map((t) => box(th(t)));
      const results = box(th("三、本年度办理结果"));
      const resultRows = [...table3.querySelectorAll("tbody tr")].slice(2, 24).map((tr) => box(tr));
      const article = document.querySelector("article")!;
      return {
        legalWidth: legal.width,
        underWidth: under.reduce((a, b) => a + b.width, 0),
        underLeft: under[0]!.left - legal.left,
        resultsTop: results.top - resultRows[0]!.top,
        resultsBottom: results.bottom - resultRows[resultRows.length - 1]!.bottom,
        overflow: [...document.querySelectorAll("table")].map((t) => t.scrollWidth - article.clientWidth),
        hiddenFigures: [...document.querySelectorAll("td[data-pointer]")].filter((td) => box(td).width === 0 || box(td).height === 0).length,
        bodyFont: getComputedStyle(document.querySelector("p")!).fontFamily,
        headingFont: getComputedStyle(document.querySelector("h2")!).fontFamily,
      };
    });
    expect(Math.abs(layout.legalWidth - layout.underWidth)).toBeLessThan(2);
    expect(Math.abs(layout.underLeft)).toBeLessThan(2);
    expect(Math.abs(layout.resultsTop)).toBeLessThan(2);
    expect(Math.abs(layout.resultsBottom)).toBeLessThan(2);
    for (const o of layout.overflow) expect(o).toBeLessThanOrEqual(0);
    expect(layout.hiddenFigures).toBe(0);
    expect(layout.bodyFont).toContain("仿宋");
    expect(layout.headingFont).toContain("黑体");
    await page.screenshot({ path: join(out, "render-html-seed.png"), fullPage: true });
  });

  it("marks problem cells on screen (the preview's view of a broken report); screenshot of table 3", async () => {
    const text = exampleText("broken/t3-row-total.yaml");
    const highlight = new Map<string, Highlight>();
    for (const f of checkText(text).findings) {
      const seen = highlight.get(f.path);
      if (!seen || severityRank[f.severity] < severityRank[seen.severity]) highlight.set(f.path, { severity: f.severity, message: f.message });
    }
    await open("render-html-highlight", renderHtml(inputOf(text), { standalone: true, highlight }));
    const marked = await page.evaluate(() =>
      [...document.querySelectorAll(".ogi-problem")].map((e) => ({ pointer: e.getAttribute("data-pointer"), title: e.getAttribute("title"), background: getComputedStyle(e).backgroundColor })),
    );
    expect(marked.map((m) => m.pointer)).toEqual(expect.arrayContaining(["/applications/results/partiallyGranted/6", "/applications/results/total/6"]));
    for (const m of marked) expect(m.background).not.toBe("rgba(0, 0, 0, 0)");
    expect(marked.find((m) => m.pointer === "/applications/results/partiallyGranted/6")!.title).toMatch(/^错误：/);
    await page.locator('table[data-table="applications"]').screenshot({ path: join(out, "render-html-highlight.png") });
  });

  it("draws the Chinese with real CJK faces, not tofu: the fonts Chromium used for each kind of text", async () => {
    await open("render-html-seed", renderHtml(seedInput(), { standalone: true }));
    const cdp = await context.newCDPSession(page);
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
    const used: Record<string, string[]> = {};
    for (const selector of ["h1", "h2", "p", "th.ogi-note", "td.ogi-figure"]) {
      const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
      const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
      used[selector] = fonts.filter((f) => f.glyphCount > 0).map((f) => f.familyName);
    }
    await cdp.detach();
    // Every Chinese glyph came from a CJK face (a missing glyph would show up as a non-CJK fallback or none).
    for (const selector of ["h1", "h2", "p", "th.ogi-note"]) {
      expect(used[selector], selector).not.toHaveLength(0);
      expect(used[selector]!.every((family) => /CJK|Song|Hei|Kai|Fang|宋|黑|楷|仿/i.test(family)), `${selector}: ${used[selector]}`).toBe(true);
    }
    // Body serif (仿宋's stand-in), level-1 headings sans (黑体's), as the CSS asks.
    expect(used["p"]!.join()).toMatch(/Serif CJK/);
    expect(used["h2"]!.join()).toMatch(/Sans CJK/);
  });

  it("prints to A4 through the page's print CSS, with the problem marks left off", async () => {
    const highlight = new Map<string, Highlight>([["/applications/newReceived/6", { severity: "error", message: "x" }]]);
    await page.setContent(renderHtml(seedInput(), { standalone: true, highlight }));
    const marked = () => page.evaluate(() => getComputedStyle(document.querySelector(".ogi-problem")!).backgroundColor);
    expect(await marked()).not.toBe("rgba(0, 0, 0, 0)");
    await page.emulateMedia({ media: "print" });
    expect(await marked()).toBe("rgba(0, 0, 0, 0)");
    await page.emulateMedia({ media: null });

    await open("render-html-seed", renderHtml(seedInput(), { standalone: true }));
    const pdf = join(out, "render-html-seed.pdf");
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    expect(execFileSync(requireTool(which("pdfinfo"), "pdfinfo", "poppler-utils"), [pdf], { encoding: "utf8" })).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    expect(text).toContain("三、收到和处理政府信息公开申请情况");
    expect(text).toMatch(/293\s+16\s+0\s+0\s+0\s+0\s+309/);
  });

  it("runs in the browser: the package bundles for the browser (no Node API) and renders HTML and DOCX there", async () => {
    const bundle = await build({
      entryPoints: [join(repoRoot, "packages/render/src/index.ts")],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
    });
    await page.goto("about:blank");
    await page.addScriptTag({ type: "module", content: `${bundle.outputFiles[0]!.text}\nwindow.ogiRender = { readReport, renderHtml, renderDocx, renderMarkdown };` });
    await page.waitForFunction(() => "ogiRender" in window);
    const result = await page.evaluate(async (text) => {
      const api = (window as unknown as { ogiRender: typeof import("../src/index.js") }).ogiRender;
      const read = api.readReport(text);
      if (!read.ok) return { error: JSON.stringify(read.problem) };
      const html = api.renderHtml(read.input, { standalone: false });
      const docx = await api.renderDocx(read.input);
      return { figures: (html.match(/<td /g) ?? []).length, docxBytes: docx.length, zipMagic: String.fromCharCode(docx[0]!, docx[1]!), isUint8Array: docx instanceof Uint8Array, md: api.renderMarkdown(read.input).slice(0, 2) };
    }, exampleText("seed-2025.yaml"));
    expect(result).toMatchObject({ figures: 200, zipMagic: "PK", isUint8Array: true, md: "# " });
    expect((result as { docxBytes: number }).docxBytes).toBeGreaterThan(5000);
  });
});
