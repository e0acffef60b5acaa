import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { readReport, renderHtml, renderMarkdown } from "@ogi-report/render";
import { describe, expect, it } from "vitest";
import { checksSoFar, waitForCheckAfter } from "./helpers/browser.js";
import { crawledText, dropFile, gbk, utf16le } from "./helpers/files.js";
import { examplesDir } from "./helpers/paths.js";
import { editorText, sharedPage } from "./helpers/shared-page.js";

const seed = readFileSync(join(examplesDir, "seed-2025.yaml"), "utf8");
const read = readReport(seed);
if (!read.ok) throw new Error(`the seed does not render: ${read.problem.code}`);
/** The seed as its agency would publish it: a standalone page. */
const page2025 = renderHtml(read.input, { standalone: true });
const agency = "agency: 福建省人力资源和社会保障厅";
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Open a file through the page's Open button, then wait for the check of what it put in the editor. */
async function openThrough(page: Page, input: string, name: string, bytes: Uint8Array, mimeType = "application/octet-stream"): Promise<void> {
  const before = await checksSoFar(page);
  await page.setInputFiles(input, { name, mimeType, buffer: Buffer.from(bytes) });
  await waitForCheckAfter(page, before);
}

/** Start a case from a report of the user's own (not the example), so that losing it would show. */
async function ownReport(page: Page): Promise<string> {
  await openThrough(page, "#open-file", "mine.yaml", utf8(seed.replace("licensing: 0", "licensing: 3")));
  return editorText(page);
}

describe("the page opens every kind of file it takes, and refuses the others without losing the report", () => {
  const shared = sharedPage();

  it.each([
    ["a page saved in GBK, declaring gb2312", "2025.html", gbk(page2025.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'))],
    ["a page saved in GBK with no charset at all, and no extension", "xxgk_2025", gbk(page2025.replace('<meta charset="utf-8">', ""))],
    ["crawled text saved by Notepad as 「Unicode」 (UTF-16)", "2025.txt", utf16le(crawledText(page2025))],
    ["the report as Markdown", "2025.md", utf8(renderMarkdown(read.input))],
  ])("%s: imported, Chinese intact, every figure cell read", async (_what, name, bytes) => {
    const { page } = shared.session;
    await dropFile(page, name, bytes, "");
    await expect.poll(() => page.textContent("#import-note strong")).toBe(`已从「${name}」导入`);
    expect(await page.textContent("#import-note .summary")).toBe("找到 3 张表，读出 200 个单元格，0 个无法确定（留空），0 个原表空白");
    await expect.poll(() => editorText(page)).toContain(agency);
    expect(await editorText(page)).toContain("[293, 16, 0, 0, 0, 0, 309]");
    await expect.poll(() => page.getAttribute("#counts", "data-errors")).toBe("0");
  });

  it.each([
    ["report.yml", seed],
    // No extension: what it holds says it is report YAML.
    ["report", seed],
  ])("%s opens as report YAML, as it is; downloads are named after it", async (name, text) => {
    const { page } = shared.session;
    await openThrough(page, "#open-file", name, utf8(text.replace("licensing: 0", "licensing: 7")));
    expect(await page.isHidden("#import-note")).toBe(true);
    expect(await editorText(page)).toContain("  licensing: 7");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-yaml")]);
    expect(download.suggestedFilename()).toBe("report.yaml");
  });

  it("an empty .yaml opens as an empty report: the findings say what is missing, nothing breaks", async () => {
    const { page } = shared.session;
    await openThrough(page, "#open-file", "new.yaml", new Uint8Array());
    expect(await editorText(page)).toBe("");
    expect(Number(await page.getAttribute("#counts", "data-errors"))).toBeGreaterThan(0);
    expect(await page.locator('#findings li[data-path="/template"]').count()).toBeGreaterThan(0);
    expect(await page.textContent("#preview-status")).toBe('缺少 template（"2021" 或 "2019"），无法按格式排版');
  });

  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89];
  const oldWord = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0];
  const xlsx = [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, 0, 0, 0x21, 0];
  it.each([
    ["a photo", "scan.png", png, "「scan.png」不是本页能打开的文件：它不是文本，也不是 Word（.docx）或 PDF"],
    ["a Word 97–2003 file", "2025.doc", oldWord, "「2025.doc」不是本页能打开的文件：它不是文本，也不是 Word（.docx）或 PDF"],
    ["a spreadsheet", "2025.xlsx", xlsx, "「2025.xlsx」不是本页能打开的文件：它不是文本，也不是 Word（.docx）或 PDF"],
    ["bytes with no name to tell them by", "download", png, "「download」不是本页能打开的文件：它不是文本，也不是 Word（.docx）或 PDF"],
  ])("%s is refused with a message; the report in the editor stays as it was", async (_what, name, bytes, message) => {
    const { page } = shared.session;
    const mine = await ownReport(page);
    await dropFile(page, name, new Uint8Array(bytes), "");
    await expect.poll(() => page.textContent("#status")).toBe(message);
    expect(await editorText(page)).toBe(mine);
    expect(await page.isHidden("#import-note")).toBe(true);
    // Last year's report refuses it the same way, and compares with nothing.
    await page.setInputFiles("#open-last-year", { name, mimeType: "application/octet-stream", buffer: Buffer.from(bytes) });
    await expect.poll(() => page.textContent("#status")).toBe(message);
    expect(await page.isHidden("#last-year")).toBe(true);
  });

  it("a file named as YAML is read as YAML even with a byte no text has: the finding says which cell holds it", async () => {
    const { page } = shared.session;
    await openThrough(page, "#open-file", "stray.yaml", utf8(seed.replace("licensing: 0", "licensing: 0\u0000")));
    expect(await page.textContent("#status")).toBe("");
    const entry = page.locator('#findings li[data-rule="cell-value"]');
    await expect.poll(() => entry.getAttribute("data-path")).toBe("/activeDisclosure/licensing");
    expect(await entry.locator(".where").textContent()).toBe(`第 ${seed.split("\n").findIndex((l) => l.includes("licensing: 0")) + 1} 行`);
  });

  it("a huge report: the first 300 findings listed, the rest counted", async () => {
    const { page } = shared.session;
    const extra = Array.from({ length: 450 }, (_, i) => `  extraItem${i}: 0\n`).join("");
    await openThrough(page, "#open-file", "huge.yaml", utf8(seed.replace("  licensing: 0\n", `  licensing: 0\n${extra}`)));
    const errors = Number(await page.getAttribute("#counts", "data-errors"));
    expect(errors).toBeGreaterThanOrEqual(450);
    expect(await page.locator("#findings li.finding").count()).toBe(300);
    expect(await page.textContent("#findings li.more")).toBe(`另有 ${errors - 300} 项未列出`);
  });

  it("a file or a new report over unsaved edits: the page says so, and Ctrl+Z brings the edits back", async () => {
    const { page } = shared.session;
    await ownReport(page);
    // Opened and not edited since: nothing to say when another file replaces it.
    await openThrough(page, "#open-file", "other.yaml", utf8(seed));
    expect(await page.textContent("#status")).toBe("");
    const before = await checksSoFar(page);
    await page.locator(".cm-content").click();
    await page.keyboard.press("Control+End");
    await page.keyboard.insertText("\n# 我的修改\n");
    await waitForCheckAfter(page, before);
    const edited = await editorText(page);
    await openThrough(page, "#open-file", "next.yaml", utf8(seed));
    expect(await page.textContent("#status")).toBe("已打开「next.yaml」；之前未保存的修改不在其中，按 Ctrl+Z 可找回");
    expect(await editorText(page)).not.toContain("我的修改");
    await page.locator(".cm-content").click();
    await page.keyboard.press("Control+z");
    await expect.poll(() => editorText(page)).toBe(edited);
    // The edits are back and still unsaved: a new report over them says so too.
    await page.click("details.menu summary");
    await page.click('button[data-new="2021"]');
    expect(await page.textContent("#status")).toBe("已新建报告；之前未保存的修改不在其中，按 Ctrl+Z 可找回");
  });

  it("closing the file dialog without a file changes nothing", async () => {
    const { page } = shared.session;
    const mine = await ownReport(page);
    const before = await checksSoFar(page);
    await page.setInputFiles("#open-file", []);
    await page.setInputFiles("#open-last-year", []);
    await page.waitForTimeout(100);
    expect(await checksSoFar(page)).toBe(before);
    expect(await editorText(page)).toBe(mine);
    expect(await page.isHidden("#last-year")).toBe(true);
  });

  it("dragging text, not a file: no overlay, and a drop opens nothing", async () => {
    const { page } = shared.session;
    const mine = await ownReport(page);
    const text = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.setData("text/plain", "本年新收申请309件");
      return transfer;
    });
    await page.dispatchEvent("#findings", "dragenter", { dataTransfer: text });
    expect(await page.isHidden("#drop-overlay")).toBe(true);
    // Only a file is let in: the browser is told so as the drag moves over the page.
    const allowed = await page.evaluate(() => {
      const over = (transfer: DataTransfer) => {
        const event = new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true });
        document.getElementById("findings")!.dispatchEvent(event);
        return event.defaultPrevented;
      };
      const file = new DataTransfer();
      file.items.add(new File(["x"], "x.yaml"));
      const words = new DataTransfer();
      words.setData("text/plain", "x");
      return { file: over(file), text: over(words) };
    });
    expect(allowed).toEqual({ file: true, text: false });
    await page.dispatchEvent("#findings", "drop", { dataTransfer: text });
    await page.waitForTimeout(100);
    expect(await editorText(page)).toBe(mine);
    expect(await page.textContent("#status")).toBe("");
  });

  it("a file dragged across the page: the overlay stays while over any part of it, and goes when it leaves", async () => {
    const { page } = shared.session;
    const file = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(["template: \"2021\"\n"], "x.yaml"));
      return transfer;
    });
    await page.dispatchEvent("#editor", "dragenter", { dataTransfer: file });
    // Into a child of the editor before leaving the editor itself, as browsers order them.
    await page.dispatchEvent("#findings", "dragenter", { dataTransfer: file });
    await page.dispatchEvent("#editor", "dragleave", { dataTransfer: file });
    expect(await page.isVisible("#drop-overlay")).toBe(true);
    await page.dispatchEvent("#findings", "dragleave", { dataTransfer: file });
    expect(await page.isHidden("#drop-overlay")).toBe(true);
  });

  it("the import note: a figure it could not place is a link to its row in the YAML; it follows the language; dismissed, it stays so", async () => {
    const { page } = shared.session;
    // A row printed with one figure too many.
    const extra = page2025.replace('data-pointer="/applications/newReceived/6">309</td>', 'data-pointer="/applications/newReceived/6">309</td><td>12</td>');
    expect(extra).not.toBe(page2025);
    await dropFile(page, "extra-figure.html", utf8(extra), "text/html");
    const item = page.locator('#import-note li.jumps[data-code="value-unplaced"]');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain("多出的数值 12 未导入");
    await page.locator("#import-note details summary").click();
    await item.click();
    await expect.poll(() => page.locator(".cm-activeLine").textContent()).toMatch(/^\s*newReceived:/);
    await page.click("#language");
    await expect.poll(() => page.textContent("#import-note strong")).toBe("Imported from “extra-figure.html”");
    expect(await page.locator('#import-note li[data-code="value-unplaced"]').textContent()).toContain("extra figure 12 not imported");
    await page.click("#import-note .dismiss");
    expect(await page.isHidden("#import-note")).toBe(true);
    await page.click("#language");
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("zh-CN");
    expect(await page.isHidden("#import-note")).toBe(true);
  });

  it("made no request but for the page itself and raised no error", () => {
    expect(shared.session.requests.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
    expect(shared.session.problems).toEqual([]);
  });
});
