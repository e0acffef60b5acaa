import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Frame } from "playwright-core";
import { expect, test } from "vitest";
import type { E2e } from "./context.js";

/** The preview as it is used: opened from the editor's title bar, following edits, two at once, closed and reopened. */
export function previewSteps(get: () => E2e): void {
  const preview = async (name: string): Promise<Frame> => {
    let frame: Frame | undefined;
    await expect.poll(async () => (frame = await get().wb.previewFrame(name)) !== undefined, { timeout: 30_000 }).toBe(true);
    return frame!;
  };
  const banner = async (name: string) => (await (await preview(name)).locator("#ogi-banner").innerText().catch(() => "")) ?? "";

  test("the title bar's preview button opens the preview; the command shows that one again rather than a second", async () => {
    const { wb, page } = get();
    // One group again, nothing changed kept: the earlier steps' drafts are not saved.
    await wb.closeAllEditorsUnsaved();
    await wb.openFile("clean.yaml");
    await page.locator('.editor-group-container.active .editor-actions .action-label[aria-label^="预览报告"]').click();
    await expect.poll(() => banner("clean.yaml"), { timeout: 30_000 }).toMatch(/没有标出问题/);
    await wb.editor().click({ position: { x: 200, y: 10 } });
    await wb.runCommand("OGI: 预览报告");
    await expect.poll(() => wb.tab("预览：clean.yaml").count()).toBe(1);
    await get().shot("17-preview-clean");
  });

  test("the preview follows edits: a YAML error keeps the last tables, a template it cannot lay out is said", async () => {
    const { wb, page } = get();
    const tables = async () => (await preview("clean.yaml")).locator("table.ogi-table").count();
    // Line 3 is `template: "2021"`; each step retypes it, as a person would.
    const retype = async (text: string) => {
      await page.keyboard.press("Home");
      await page.keyboard.press("Shift+End");
      await page.keyboard.type(text);
    };
    await wb.goTo(3, 1);
    await retype('template: "2021" x: y');
    await expect.poll(() => banner("clean.yaml"), { timeout: 15_000 }).toMatch(/YAML 暂时无法读取/);
    expect(await tables()).toBe(3);
    await retype('template: "2021"');
    await expect.poll(() => banner("clean.yaml"), { timeout: 15_000 }).toMatch(/没有标出问题/);
    await retype('template: "2020"');
    await expect.poll(() => banner("clean.yaml"), { timeout: 15_000 }).toMatch(/template 不是 "2021" 或 "2019"/);
    await get().shot("18-preview-template");
    await retype('template: "2021"');
    await expect.poll(() => banner("clean.yaml"), { timeout: 15_000 }).toMatch(/没有标出问题/);
  });

  test("a click on a cell brings its report back into its group, the figure selected, while another report is in front", async () => {
    const { wb, page, workspace } = get();
    await wb.openFile("text-figure.yaml");
    const cell = (await preview("clean.yaml")).locator('[data-pointer="/applications/newReceived/6"]').first();
    await cell.click();
    await expect.poll(() => page.locator('.tab[aria-label^="clean.yaml"]').first().getAttribute("aria-selected"), { timeout: 10_000 }).toBe("true");
    const lines = readFileSync(join(workspace, "clean.yaml"), "utf8").split("\n");
    const line = lines.findIndex((l) => l.includes("newReceived:")) + 1;
    // The cursor ends the selection: after the figure.
    const column = lines[line - 1]!.indexOf("309") + 1 + "309".length;
    await expect.poll(() => wb.cursorPosition().innerText(), { timeout: 10_000 }).toMatch(new RegExp(`${line}\\D+${column}\\D+3\\b`));
  });

  test("two reports, two previews: each marks its own problems; a closed preview opens anew", async () => {
    const { wb } = get();
    await wb.openFile("text-figure.yaml");
    await wb.runCommand("OGI: 预览报告");
    await expect.poll(() => banner("text-figure.yaml"), { timeout: 30_000 }).toMatch(/已标出 1 处问题/);
    expect(await wb.tab("预览：").count()).toBe(2);
    await get().shot("19-two-previews");
    await wb.closeTab("预览：text-figure.yaml");
    await wb.openFile("text-figure.yaml");
    await wb.runCommand("OGI: 预览报告");
    await expect.poll(() => banner("text-figure.yaml"), { timeout: 30_000 }).toMatch(/已标出 1 处问题/);
  });

  test("a report that is no longer YAML closes its preview", async () => {
    const { wb, page } = get();
    await wb.openFile("clean.yaml");
    await wb.runCommand("Change Language Mode");
    const input = wb.quickInput().locator("input");
    await input.fill("Plain Text");
    await page.locator(".quick-input-list .monaco-list-row", { hasText: "Plain Text" }).first().waitFor();
    await page.keyboard.press("Enter");
    await expect.poll(() => wb.tab("预览：clean.yaml").count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => wb.statusItem().isVisible()).toBe(false);
    expect(await wb.tab("预览：text-figure.yaml").count()).toBe(1);
  });
}
