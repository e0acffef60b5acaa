import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { checksSoFar, textBox, waitForCheckAfter } from "./helpers/browser.js";
import { examplesDir } from "./helpers/paths.js";
import { editorText, sharedPage } from "./helpers/shared-page.js";

const seed = readFileSync(join(examplesDir, "seed-2025.yaml"), "utf8");

/** Replace the whole text as a person would: select all, then type (an input method or a paste inserts it at once). */
async function replaceAll(page: Page, text: string): Promise<void> {
  // The same text again changes nothing, and is not checked again.
  if ((await editorText(page)) === text) return;
  const before = await checksSoFar(page);
  await page.locator(".cm-content").click();
  await page.keyboard.press("Control+a");
  await page.keyboard.insertText(text);
  await waitForCheckAfter(page, before);
}

async function save(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, "utf8") };
}

describe("what a person does in the page beyond typing: menus, the list's buttons, the rule docs, the preview", () => {
  const shared = sharedPage();

  it("New › a blank report of either template, then the example again; the menu closes behind each", async () => {
    const { page } = shared.session;
    for (const [which, template] of [["2019", '"2019"'], ["2021", '"2021"']]) {
      await page.click("details.menu summary");
      const before = await checksSoFar(page);
      await page.click(`button[data-new="${which}"]`);
      await waitForCheckAfter(page, before);
      expect(await page.locator("details.menu").getAttribute("open")).toBeNull();
      expect((await editorText(page)).split("\n")).toContain(`template: ${template}`);
      // A blank report: its tables are there, zero everywhere.
      await expect.poll(() => page.locator('#preview td[data-pointer="/applications/newReceived/6"]').textContent()).toBe("0");
    }
    // No file was opened: a download is named after nothing but what it is.
    expect((await save(page, "#download-yaml")).name).toBe("report.yaml");
    await page.click("details.menu summary");
    await page.click('button[data-new="example"]');
    await expect.poll(() => page.getAttribute("#counts", "data-errors")).toBe("0");
    // The example has an agency and a year: the page and the Word file are named by its title.
    expect((await save(page, "#download-html")).name).toBe("福建省人力资源和社会保障厅2025年政府信息公开工作年度报告.html");
  });

  it("a click on a finding selects its cell in the editor and outlines it in the tables", async () => {
    const { page } = shared.session;
    await replaceAll(page, seed.replace("[293, 16, 0, 0, 0, 0, 309]", "[293, 16, 0, 0, 0, 0, 308]"));
    await page.locator('#findings li[data-rule="t3-row-total"] .finding-main').click();
    expect(await page.evaluate(() => getSelection()?.toString())).toBe("308");
    expect(await page.locator(".cm-activeLine").textContent()).toContain("newReceived:");
    // The selection's start is on the cell (its end is past it): the tables outline that cell.
    await expect.poll(() => page.locator("#preview td.ogi-current").evaluateAll((cells) => cells.map((c) => c.getAttribute("data-pointer")))).toEqual(["/applications/newReceived/6"]);
    // So does a click on a cell in the tables, which selects its figure in the editor.
    await page.locator('#preview td[data-pointer="/applications/newReceived/1"]').click();
    expect(await page.evaluate(() => getSelection()?.toString())).toBe("16");
    await expect.poll(() => page.locator("#preview td.ogi-current").evaluateAll((cells) => cells.map((c) => c.getAttribute("data-pointer")))).toEqual(["/applications/newReceived/1"]);
  });

  it("Suppress: the directive goes above the line, the cursor waits for the reason; with one the finding goes", async () => {
    const { page } = shared.session;
    const before = await checksSoFar(page);
    await page.locator('#findings li[data-rule="t3-row-total"] .action-suppress').click();
    await waitForCheckAfter(page, before);
    expect(await page.locator(".cm-activeLine").textContent()).toBe("  # ogi-disable-next-line t3-row-total -- ");
    await page.keyboard.type("已与原始台账核对");
    await expect.poll(() => page.locator('#findings li[data-rule="t3-row-total"]').count()).toBe(0);
    expect(await editorText(page)).toContain("  # ogi-disable-next-line t3-row-total -- 已与原始台账核对\n  newReceived:        [293, 16, 0, 0, 0, 0, 308]");
    await page.keyboard.press("Control+z");
    await page.keyboard.press("Control+z");
    await expect.poll(() => page.locator('#findings li[data-rule="t3-row-total"]').count()).toBe(1);
  });

  it("Fix all applies the safe fixes (numbers written as text, a template year unquoted) and leaves the rest", async () => {
    const { page } = shared.session;
    await replaceAll(page, seed.replace('template: "2021"', "template: 2021").replace("licensing: 0", 'licensing: "0"').replace("[293, 16, 0, 0, 0, 0, 309]", "[293, 16, 0, 0, 0, 0, 308]"));
    // A safe fix is marked as such in the list.
    expect(await page.locator('#findings li[data-rule="cell-value"] .action-fix.safe').count()).toBe(1);
    const before = await checksSoFar(page);
    await page.click("#fix-all");
    await waitForCheckAfter(page, before);
    const text = await editorText(page);
    expect(text).toContain('template: "2021"');
    expect(text).toContain("  licensing: 0\n");
    // 308 against a sum of 309 has no safe fix: which of the cells is wrong is for a person to say.
    expect(text).toContain("[293, 16, 0, 0, 0, 0, 308]");
    expect(await page.locator('#findings li[data-rule="t3-row-total"]').count()).toBe(1);
    // Nothing left to fix safely: a second click changes nothing and checks nothing.
    const after = await checksSoFar(page);
    await page.click("#fix-all");
    await page.waitForTimeout(100);
    expect(await checksSoFar(page)).toBe(after);
    expect(await editorText(page)).toBe(text);
    // One undo takes the whole of Fix all back.
    await page.locator(".cm-content").click();
    await page.keyboard.press("Control+z");
    await expect.poll(() => editorText(page)).toContain("template: 2021\n");
    expect(await editorText(page)).toContain('licensing: "0"');
  });

  it("a quick fix in the list applies to the text it was made for", async () => {
    const { page } = shared.session;
    await replaceAll(page, seed.replace("licensing: 0", 'licensing: "0"'));
    const before = await checksSoFar(page);
    await page.locator('#findings li[data-rule="cell-value"] .action-fix').click();
    await waitForCheckAfter(page, before);
    expect(await editorText(page)).toContain("  licensing: 0\n");
    await expect.poll(() => page.getAttribute("#counts", "data-errors")).toBe("0");
  });

  it("while an input method composes, a fix offered for the text before it is not applied to the text being composed", async () => {
    const { page, context } = shared.session;
    await replaceAll(page, seed.replace("licensing: 0", 'licensing: "0"'));
    const box = await textBox(page, "二是互动渠道响应不够精准", "公众参与不足");
    await page.mouse.click(box.x + box.width + 1, box.y + box.height / 2);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Input.imeSetComposition", { text: "gong", selectionStart: 4, selectionEnd: 4 });
    const before = await checksSoFar(page);
    // Pressed without taking the focus from the composition (a pointer click would end it first).
    await page.locator('#findings li[data-rule="cell-value"] .action-fix').evaluate((button: HTMLButtonElement) => button.click());
    await page.waitForTimeout(100);
    expect(await checksSoFar(page)).toBe(before);
    expect(await editorText(page)).toContain('licensing: "0"');
    expect(await editorText(page)).toContain("公众参与不足gong");
    await cdp.send("Input.insertText", { text: "公开" });
    await waitForCheckAfter(page, before);
    await cdp.detach();
    expect(await editorText(page)).toContain("公众参与不足公开");
    expect(await editorText(page)).toContain('licensing: "0"');
  });

  it("the rule index, a rule opened from it, both following the language; Escape closes the panel", async () => {
    const { page } = shared.session;
    await page.click("#rules");
    const panel = page.locator("#doc-panel");
    expect(await panel.locator("h1").textContent()).toBe("规则");
    await page.click("#language");
    await expect.poll(() => panel.locator("h1").textContent()).toBe("Rules");
    await panel.locator('button.doc-link[data-rule="t4-total"]').click();
    expect(await panel.locator("h1").textContent()).toBe("t4-total");
    // A click in the panel that is not on a link keeps the page shown.
    await panel.locator("h1").click();
    expect(await panel.locator("h1").textContent()).toBe("t4-total");
    await page.click("#language");
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("zh-CN");
    expect(await panel.locator("h1").textContent()).toBe("t4-total");
    await page.keyboard.press("Tab");
    expect(await panel.isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    expect(await panel.isHidden()).toBe(true);
    // Escape with the panel closed does nothing else either.
    await page.keyboard.press("Escape");
    expect(await panel.isHidden()).toBe(true);
  });

  it("the cursor on a figure outlines its cell in the tables; a click beside the cells moves nothing", async () => {
    const { page } = shared.session;
    await replaceAll(page, seed);
    const box = await textBox(page, "carriedForward:", "2, 0, 0");
    await page.mouse.click(box.x + 2, box.y + box.height / 2);
    await expect.poll(() => page.locator("#preview td.ogi-current").evaluateAll((cells) => cells.map((c) => c.getAttribute("data-pointer")))).toEqual(["/applications/carriedForward/0"]);
    // A line that is no cell: no outline.
    await page.keyboard.press("Control+Home");
    await expect.poll(() => page.locator("#preview td.ogi-current").count()).toBe(0);
    const line = await page.locator(".cm-activeLine").textContent();
    await page.locator("#preview h1.ogi-title").click();
    expect(await page.locator(".cm-activeLine").textContent()).toBe(line);
  });

  it("a figure typed changes its cell in the tables in place: the table is not built again", async () => {
    const { page } = shared.session;
    await replaceAll(page, seed);
    await page.evaluate(() => {
      const kept = window as unknown as { cell?: Element; table?: Element };
      kept.cell = document.querySelector('#preview td[data-pointer="/activeDisclosure/licensing"]')!;
      kept.table = kept.cell.closest("table")!;
    });
    await page.locator(".cm-line", { hasText: "licensing:" }).click();
    await page.keyboard.press("End");
    await page.keyboard.press("Backspace");
    await page.keyboard.type("7");
    const cell = '#preview td[data-pointer="/activeDisclosure/licensing"]';
    await expect.poll(() => page.textContent(cell)).toBe("7");
    expect(await page.evaluate(() => {
      const kept = window as unknown as { cell: Element; table: Element };
      return { cell: kept.cell.isConnected, table: kept.table.isConnected };
    })).toEqual({ cell: true, table: true });
  });

  it("hovering a total marks its sum: holding, failing, or not to be told when the total is no number", async () => {
    const { page } = shared.session;
    await replaceAll(page, seed.replace("[293, 16, 0, 0, 0, 0, 309]", "[293, 16, 0, 0, 0, 0, ~]").replace("[2, 0, 0, 0, 0, 0, 2]", "[2, 0, 0, 0, 0, 0, 3]"));
    const hover = async (line: string, needle: string) => {
      await page.mouse.move(5, 5);
      await page.locator(".ogi-hover").waitFor({ state: "detached" }).catch(() => undefined);
      await page.locator(".cm-line", { hasText: line }).scrollIntoViewIfNeeded();
      const box = await textBox(page, line, needle);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const formula = page.locator(".ogi-hover .ogi-hover-formula").first();
      await formula.waitFor();
      return { text: await formula.textContent(), className: await formula.getAttribute("class") };
    };
    expect(await hover("newReceived:", "~")).toEqual({ text: "总计栏 = 六类申请人之和 = 293 + 16 + 0 + 0 + 0 + 0 = 309", className: "ogi-hover-formula " });
    expect((await hover("carriedForward:", "3")).className).toBe("ogi-hover-formula fails");
    expect((await hover("  total:", "312")).className).toBe("ogi-hover-formula holds");
  });

  it("a text that is no report: the last tables stay, greyed; a click on them or in the editor goes nowhere; no download", async () => {
    const { page } = shared.session;
    await replaceAll(page, "- 这不是一份报告\n- 309\n");
    await expect.poll(() => page.textContent("#preview-status")).toBe("YAML 暂不可读，预览显示上一次可读的版本");
    expect(await page.getAttribute("#preview", "class")).toContain("stale");
    await page.locator('#preview td[data-pointer="/applications/newReceived/6"]').click();
    await page.locator(".cm-line", { hasText: "309" }).click();
    expect(await page.locator(".cm-activeLine").textContent()).toBe("- 309");
    expect(await page.locator("#preview td.ogi-current").count()).toBe(0);
    await page.click("#download-docx");
    expect(await page.textContent("#status")).toBe("报告暂不可读（YAML 有错误或缺少 template），无法生成该格式");
    // Without a template there is no layout to print.
    await replaceAll(page, "agency: 某某局\nyear: 2025\n");
    await expect.poll(() => page.textContent("#preview-status")).toBe('缺少 template（"2021" 或 "2019"），无法按格式排版');
    await page.click("#download-html");
    expect(await page.textContent("#status")).toBe("报告暂不可读（YAML 有错误或缺少 template），无法生成该格式");
    // A YAML download keeps whatever was written.
    expect((await save(page, "#download-yaml")).text).toBe("agency: 某某局\nyear: 2025\n");
    expect(await page.textContent("#status")).toBe("");
  });

  it("two findings on one part: the preview marks it once, by the first in the list", async () => {
    const { page } = shared.session;
    await replaceAll(page, seed.replace("本年新收申请309件，上年结转5件", "本年新收申请308件，上年结转4件"));
    const entries = page.locator('#findings li[data-rule="text-figure"]');
    await expect.poll(() => entries.count()).toBe(2);
    expect(await entries.nth(1).getAttribute("data-path")).toBe(await entries.nth(0).getAttribute("data-path"));
    const first = await entries.nth(0).locator(".message").textContent();
    await expect.poll(() => page.getAttribute('#preview h2[data-pointer="/overview"]', "title")).toBe(`警告：${first}`);
  });

  it("leaving with unsaved changes asks first; after the YAML is saved it does not, and the language chosen is kept", async () => {
    const { page } = shared.session;
    await replaceAll(page, seed.replace("licensing: 0", "licensing: 1"));
    const asked: string[] = [];
    page.on("dialog", (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toEqual(["beforeunload"]);
    expect(page.isClosed()).toBe(false);
    await page.click("#language");
    await save(page, "#download-yaml");
    await shared.session.reload();
    expect(asked).toEqual(["beforeunload"]);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("h1")).toBe("OGI annual report checker");
    // The English counts say one of a thing in the singular.
    await replaceAll(page, seed.replace("licensing: 0", 'licensing: "0"').replace("本年新收申请309件", "本年新收申请308件"));
    await expect.poll(() => page.textContent("#counts")).toBe("1 error · 1 warning · 0 info");
  });

  it("made no request but for the page itself and raised no error", () => {
    expect(shared.session.requests.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
    expect(shared.session.problems).toEqual([]);
  });
});
