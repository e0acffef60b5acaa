import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checksSoFar, openBuiltPage, textBox, waitForCheckAfter, type PageSession } from "./helpers/browser.js";
import { readReport, renderHtml } from "@ogi-report/render";
import { artifactsDir, examplesDir, repoRoot } from "./helpers/paths.js";

describe("the built page, opened from file:// in Chromium", () => {
  let session: PageSession;
  const shots = artifactsDir();
  const newReceivedLine = "newReceived:";

  beforeAll(async () => {
    session = await openBuiltPage();
  }, 60_000);

  afterAll(async () => {
    await session?.close();
  });

  it("opens in Chinese with the example report checked at once, clean", async () => {
    const { page } = session;
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    expect(await page.textContent("h1")).toBe("政府信息公开工作年度报告检查");
    await expect.poll(() => page.getAttribute("#counts", "data-errors")).toBe("0");
    expect(await page.textContent("#findings")).toContain("未发现问题");
    // The three tables in the official layout, each figure cell tied to its YAML path.
    expect(await page.locator('#preview table[data-table="applications"] td[data-pointer="/applications/newReceived/6"]').textContent()).toBe("309");
    expect(await page.locator("#preview table").count()).toBe(3);
    await page.screenshot({ path: join(shots, "web-start.png") });
  });

  it("opens a .yaml through the file input", async () => {
    const { page } = session;
    const before = await checksSoFar(page);
    await page.setInputFiles("#open-file", join(examplesDir, "broken/t4-total.yaml"));
    await waitForCheckAfter(page, before);
    await expect.poll(() => page.locator('#findings li[data-rule="t4-total"]').count()).toBeGreaterThan(0);
    await page.setInputFiles("#open-file", join(examplesDir, "seed-2025.yaml"));
    await expect.poll(() => page.getAttribute("#counts", "data-errors")).toBe("0");
  });

  it("typing a defect puts a marker on the cell and an entry in the list, and marks the table cell", async () => {
    const { page } = session;
    const box = await textBox(page, newReceivedLine, "309");
    // Click just after the 9, delete it, type 8: 309 → 308.
    await page.mouse.click(box.x + box.width - 1, box.y + box.height / 2);
    await page.keyboard.press("Backspace");
    await page.keyboard.type("8");
    const entry = page.locator('#findings li[data-rule="t3-row-total"]');
    await expect.poll(() => entry.count()).toBe(1);
    expect(await entry.textContent()).toContain("308");
    expect(await page.locator(".cm-lintRange-error").count()).toBeGreaterThan(0);
    expect(await page.textContent(".cm-lintRange-error")).toBe("308");
    await expect.poll(() => page.getAttribute('#preview td[data-pointer="/applications/newReceived/6"]', "class")).toContain("ogi-error");
    await page.screenshot({ path: join(shots, "web-defect.png") });
  });

  it("hovering a total shows its row and column labels and the sum it must equal", async () => {
    const { page } = session;
    const box = await textBox(page, newReceivedLine, "293");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator(".ogi-hover");
    await hover.waitFor();
    expect(await hover.textContent()).toContain("「自然人」");
    expect(await hover.textContent()).toContain("「一、本年新收政府信息公开申请数量」");
    const total = await textBox(page, newReceivedLine, "308");
    await page.mouse.move(total.x + total.width / 2, total.y + total.height / 2);
    await expect.poll(() => hover.textContent()).toContain("≠ 308");
    expect(await hover.textContent()).toContain("= 293 + 16 + 0 + 0 + 0 + 0 = 309");
    await page.screenshot({ path: join(shots, "web-hover.png") });
  });

  it("each finding reaches its rule's documentation, in the page", async () => {
    const { page } = session;
    await page.mouse.move(5, 5);
    await page.locator('#findings li[data-rule="t3-row-total"] .action-doc').click();
    const panel = page.locator("#doc-panel");
    await panel.waitFor();
    expect(await panel.locator("h1").textContent()).toBe("t3-row-total");
    expect(await panel.textContent()).toContain("说明");
    expect(await panel.textContent()).toContain("ogi-disable-next-line t3-row-total");
    await page.screenshot({ path: join(shots, "web-rule-doc.png") });
    await page.click("#doc-close");
    expect(await panel.isHidden()).toBe(true);
  });

  it("switches to English and back: the interface and the findings", async () => {
    const { page } = session;
    const before = await checksSoFar(page);
    await page.click("#language");
    await waitForCheckAfter(page, before);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("h1")).toBe("OGI annual report checker");
    const entry = page.locator('#findings li[data-rule="t3-row-total"] .message');
    await expect.poll(() => entry.textContent()).toMatch(/^[\x20-\x7e“”「」\u4e00-\u9fff（）、，]+$/);
    expect(await entry.textContent()).toMatch(/Total|total/);
    expect(await page.getAttribute('#preview td[data-pointer="/applications/newReceived/6"]', "title")).toMatch(/^Error: /);
    await page.screenshot({ path: join(shots, "web-english.png") });
    await page.click("#language");
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("zh-CN");
    await expect.poll(() => entry.textContent()).toContain("总计栏");
  });

  it("applies a quick fix from the marker's tooltip", async () => {
    const { page } = session;
    const box = await textBox(page, newReceivedLine, "308");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const fix = page.locator(".cm-tooltip-lint .cm-diagnosticAction", { hasText: "改为 309" }).first();
    await fix.waitFor();
    await page.screenshot({ path: join(shots, "web-quick-fix.png") });
    await fix.click();
    await expect.poll(() => page.getAttribute("#counts", "data-errors")).toBe("0");
    expect(await page.locator(".cm-line", { hasText: newReceivedLine }).textContent()).toContain("[293, 16, 0, 0, 0, 0, 309]");
  });

  it("completes a key with its printed label and a row of zeros", async () => {
    const { page } = session;
    // The editor draws only the lines in view: go to the end, where table 4 is.
    await page.locator(".cm-content").click();
    await page.keyboard.press("Control+End");
    const box = await textBox(page, "litigationAfterReview:", "]");
    await page.mouse.click(box.x + box.width + 2, box.y + box.height / 2);
    await page.keyboard.press("Shift+Home");
    await page.keyboard.type("litig");
    const option = page.locator(".cm-tooltip-autocomplete li", { hasText: "litigationAfterReview" });
    await option.waitFor();
    expect(await page.locator(".cm-tooltip-autocomplete").textContent()).toContain("复议后起诉");
    // litigationDirect is already written beside it: not offered twice.
    expect(await page.locator(".cm-tooltip-autocomplete li", { hasText: "litigationDirect" }).count()).toBe(0);
    await page.screenshot({ path: join(shots, "web-completion.png") });
    await page.keyboard.press("Enter");
    expect(await page.locator(".cm-line", { hasText: "litigationAfterReview" }).textContent()).toBe("  litigationAfterReview: [0, 0, 0, 0, 0]");
    await expect.poll(() => page.getAttribute("#counts", "data-errors")).toBe("0");
  });

  it("typing Chinese through an input method: no check while composing, one when the text is committed", async () => {
    const { page, context } = session;
    const box = await textBox(page, "二是互动渠道响应不够精准", "公众参与不足");
    await page.mouse.click(box.x + box.width + 1, box.y + box.height / 2);
    const cdp = await context.newCDPSession(page);
    const before = await checksSoFar(page);
    for (const pinyin of ["g", "go", "gong", "gongk", "gongkai"]) {
      await cdp.send("Input.imeSetComposition", { text: pinyin, selectionStart: pinyin.length, selectionEnd: pinyin.length });
    }
    await page.waitForTimeout(200);
    // The pinyin is in the document while it is composed, yet the composing line is not redrawn under the
    // input method by a check.
    expect(await page.locator(".cm-line", { hasText: "二是互动渠道" }).textContent()).toContain("公众参与不足gongkai");
    expect(await checksSoFar(page)).toBe(before);
    await cdp.send("Input.insertText", { text: "公开" });
    await waitForCheckAfter(page, before);
    await cdp.detach();
    expect(await page.locator(".cm-line", { hasText: "二是互动渠道" }).textContent()).toContain("公众参与不足公开。");
    expect(await page.locator(".cm-content").textContent()).not.toContain("gong");
    await page.keyboard.press("Control+z");
    await expect.poll(() => page.locator(".cm-line", { hasText: "二是互动渠道" }).textContent()).toContain("公众参与不足。");
  });

  it("imports a dropped published HTML page and shows its tables", async () => {
    const { page } = session;
    // A published-looking page made from the hand transcription by our renderer (nothing beside the repository).
    const read = readReport(readFileSync(join(repoRoot, "fixtures/corpus/003_pingtan_2023.yaml"), "utf8"));
    if (!read.ok) throw new Error(`fixtures/corpus/003_pingtan_2023.yaml does not render: ${read.problem.code}`);
    const bytes = [...Buffer.from(renderHtml(read.input, { standalone: true }))];
    const dataTransfer = await page.evaluateHandle((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], "pingtan_2023.html", { type: "text/html" }));
      return transfer;
    }, bytes);
    await page.dispatchEvent("#editor", "dragenter", { dataTransfer });
    expect(await page.isVisible("#drop-overlay")).toBe(true);
    await page.dispatchEvent("#editor", "drop", { dataTransfer });
    await page.locator("#import-note").waitFor();
    expect(await page.textContent("#import-note")).toContain("pingtan_2023.html");
    expect(await page.isHidden("#drop-overlay")).toBe(true);
    await expect.poll(() => page.locator(".cm-content").textContent()).toContain("平潭综合实验区");
    expect(await page.locator(".cm-content").textContent()).toContain("year: 2023");
    await expect.poll(() => page.textContent("#preview .ogi-title")).toContain("平潭综合实验区2023年");
    expect(await page.locator("#preview table").count()).toBe(3);
    // Every figure cell of template 2021: table 2 has 10, table 3 has 25 × 7, table 4 has 15.
    expect(await page.locator("#preview td[data-pointer]").count()).toBe(200);
    await page.screenshot({ path: join(shots, "web-import-html.png") });
  });

  it("a click on a table cell moves the editor to that cell's YAML", async () => {
    const { page } = session;
    await page.locator('#preview td[data-pointer="/reviewAndLitigation/review/4"]').click();
    await expect.poll(() => page.locator(".cm-activeLine").textContent()).toContain("review:");
    const selected = await page.evaluate(() => getSelection()?.toString());
    expect(selected).toMatch(/^\d+$/);
    await page.locator('#preview td[data-pointer="/applications/carriedForward/0"]').click();
    await expect.poll(() => page.locator(".cm-activeLine").textContent()).toContain("carriedForward:");
  });

  it("downloads the YAML, the HTML page and the Word file", async () => {
    const { page } = session;
    const save = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
      return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    };
    const yaml = await save("#download-yaml");
    expect(yaml.name).toBe("pingtan_2023.yaml");
    expect(yaml.bytes.toString("utf8")).toContain("agency: 平潭综合实验区");
    const html = await save("#download-html");
    expect(html.name).toBe("pingtan_2023.html");
    expect(html.bytes.toString("utf8")).toMatch(/^<!DOCTYPE html>[\s\S]*平潭综合实验区2023年政府信息公开工作年度报告/);
    const docx = await save("#download-docx");
    expect(docx.name).toBe("pingtan_2023.docx");
    expect(docx.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(docx.bytes.length).toBeGreaterThan(5000);
  });

  it("made no request but for the page itself (file://) and its own data:/blob: URLs; no error, no CSP violation", () => {
    const outside = session.requests.filter((url) => !/^(file|data|blob):/.test(url));
    expect(outside).toEqual([]);
    expect(session.requests.filter((url) => url.startsWith("file:"))).toHaveLength(1);
    expect(session.problems).toEqual([]);
  });
});
