import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBuiltPage, type PageSession } from "./helpers/browser.js";
import { dropFile as drop, wordFile, wordParagraph, wordTable } from "./helpers/files.js";
import { artifactsDir, examplesDir } from "./helpers/paths.js";
import { convertWithLibreOffice, renderDocx, scratch } from "../../import/test/office.js";
import { scannedPdf } from "../../import/test/scanned-pdf.js";

describe("the page imports a dropped Word or PDF file, in the page, loading nothing", () => {
  let session: PageSession;
  const work = scratch("ogi-web-documents-");
  const shots = artifactsDir();
  const seed = readFileSync(join(examplesDir, "seed-2025.yaml"), "utf8");
  // The page starts with the seed: the dropped file's own name in the editor shows it was read in its place.
  const report = seed;
  let docx: Uint8Array;
  let pdf: Uint8Array;
  let shortDocx: Uint8Array;
  let shortPdf: Uint8Array;

  beforeAll(async () => {
    const yamlPath = join(work.dir, "draft.yaml");
    writeFileSync(yamlPath, report);
    const docxPath = renderDocx(yamlPath, work.dir);
    // A short draft as an office writes one: a heading, a line of prose, and table 3's first rows, one with a figure too many.
    const shortPath = join(work.dir, "short.docx");
    writeFileSync(
      shortPath,
      wordFile(
        [
          wordParagraph("某某局2025年政府信息公开工作年度报告"),
          wordParagraph("一、总体情况"),
          wordParagraph("本局全年公开工作平稳推进。"),
          wordParagraph("三、收到和处理政府信息公开申请情况"),
          wordTable([
            ["一、本年新收政府信息公开申请数量", "293", "16", "0", "0", "0", "0", "309", "12"],
            ["二、上年结转政府信息公开申请数量", "5", "0", "0", "0", "0", "0", "5"],
          ]),
        ].join(""),
      ),
    );
    convertWithLibreOffice([docxPath, shortPath], "pdf", work.dir);
    docx = new Uint8Array(readFileSync(docxPath));
    pdf = new Uint8Array(readFileSync(join(work.dir, "draft.pdf")));
    shortDocx = new Uint8Array(readFileSync(shortPath));
    shortPdf = new Uint8Array(readFileSync(join(work.dir, "short.pdf")));
    session = await openBuiltPage();
  }, 300_000);

  afterAll(async () => {
    await session?.close();
    work.remove();
  });

  it.each([
    ["draft.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["draft.pdf", "application/pdf"],
  ])("%s: the YAML in the editor, the tables in the preview, every figure cell filled", async (name, type) => {
    const { page, requests, problems } = session;
    const before = requests.length;
    await drop(page, name, name.endsWith(".pdf") ? pdf : docx, type);
    await expect.poll(() => page.textContent("#import-note"), { timeout: 30_000 }).toContain(name);
    expect(await page.textContent("#import-note")).toMatch(/200/);
    await expect.poll(() => page.locator(".cm-content").textContent()).toContain(`source: ${name}`);
    expect(await page.locator(".cm-content").textContent()).toContain("[293, 16, 0, 0, 0, 0, 309]");
    expect(await page.locator("#preview td[data-pointer]").count()).toBe(200);
    expect(await page.locator('#preview td[data-pointer="/applications/newReceived/0"]').textContent()).toBe("293");
    await expect.poll(() => page.getAttribute("#counts", "data-errors")).toBe("0");
    // Nothing was fetched for it (no worker script, no font, no CMap), and nothing went wrong in the page.
    expect(requests.slice(before)).toEqual([]);
    expect(problems).toEqual([]);
    await page.screenshot({ path: join(shots, `web-import-${name.replace(".", "-")}.png`) });
  });

  it("what a Word file's import could not settle is told by its place in the Word file: table, row and column; paragraph", async () => {
    const { page } = session;
    await drop(page, "short.docx", shortDocx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    await expect.poll(() => page.textContent("#import-note strong"), { timeout: 30_000 }).toBe("已从「short.docx」导入");
    await page.locator("#import-note details summary").click();
    expect(await page.locator('#import-note li[data-code="value-unplaced"]').textContent()).toContain("多出的数值 12 未导入（第 1 个表格第 1 行第 9 列）");
    // The rows of table 3 it did not find: where table 3 began, a paragraph (the tables not found at all have no place).
    const missing = () => page.locator('#import-note li[data-code="row-missing"]').allTextContents();
    expect((await missing()).filter((t) => /（第 \d+ 段）$/.test(t)).length).toBeGreaterThan(0);
    await page.click("#language");
    await expect.poll(() => page.locator('#import-note li[data-code="value-unplaced"]').textContent()).toContain("extra figure 12 not imported (table 1, row 1, column 9)");
    expect((await missing()).filter((t) => /\(paragraph \d+\)$/.test(t)).length).toBeGreaterThan(0);
    await page.click("#language");
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("zh-CN");
  });

  it("and a PDF's by its page and line", async () => {
    const { page } = session;
    await drop(page, "short.pdf", shortPdf, "application/pdf");
    await expect.poll(() => page.textContent("#import-note strong"), { timeout: 30_000 }).toBe("已从「short.pdf」导入");
    await page.locator("#import-note details summary").click();
    expect(await page.locator('#import-note li[data-code="value-unplaced"]').textContent()).toMatch(/多出的数值 12 未导入（第 1 页第 \d+ 行）$/);
    await page.click("#language");
    await expect.poll(() => page.locator('#import-note li[data-code="value-unplaced"]').textContent()).toMatch(/extra figure 12 not imported \(page 1, line \d+\)$/);
    await page.click("#language");
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("zh-CN");
  });

  it("a scanned PDF: the note says it has no text layer, nothing is invented", async () => {
    const { page } = session;
    await drop(page, "scan.pdf", scannedPdf(2), "application/pdf");
    await expect.poll(() => page.textContent("#import-note"), { timeout: 30_000 }).toContain("scan.pdf");
    await page.locator("#import-note details summary").click();
    expect(await page.locator('#import-note li[data-code="pdf-no-text"]').textContent()).toMatch(/没有文字层|no text layer/);
  });
});
