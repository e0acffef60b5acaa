import { expect, test } from "vitest";
import { writeWorkspaceSettings, type E2e } from "./context.js";

/** The workspace's settings changed while reports are open, and the rule documentation reached three ways. */
export function settingsAndDocsSteps(get: () => E2e): void {
  test("settings apply as they are saved: a rule made a note, ogi.files making a YAML file without `template:` a report", async () => {
    const { wb, workspace } = get();
    const status = () => wb.statusItem().innerText();
    await wb.openFile("text-figure.yaml");
    await wb.runCommand("OGI: 预览报告");
    await expect.poll(status, { timeout: 30_000 }).toMatch(/0 个错误，1 个警告/);
    writeWorkspaceSettings(workspace, { "ogi.rules": { "text-figure": "info" } });
    await expect.poll(status, { timeout: 30_000 }).toMatch(/没有问题/);
    // The preview marks the finding as a note now.
    await expect.poll(async () => (await wb.previewFrame("text-figure.yaml"))?.locator(".ogi-problem.ogi-info").count(), { timeout: 15_000 }).toBe(1);
    // A setting written as a string instead of a list of globs matches nothing.
    writeWorkspaceSettings(workspace, { "ogi.rules": { "text-figure": "info" }, "ogi.files": "plain/*.yaml" });
    await wb.openFile("plain/unmarked.yaml");
    await expect.poll(() => wb.statusItem().isVisible(), { timeout: 5000 }).toBe(false);
    // A list (an empty entry and a number in it are passed over): the draft is a report now, and checked.
    writeWorkspaceSettings(workspace, { "ogi.rules": { "text-figure": "info" }, "ogi.files": ["plain/*.yaml", "", 7] });
    await expect.poll(() => wb.statusItem().isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(status, { timeout: 30_000 }).toMatch(/部分 0\/6 · 勾稽平衡 · [1-9]\d* 个错误/);
    await get().shot("20-settings");
  });

  test("the quick fix's 'show documentation' opens the rule's page inside VS Code, without the internet", async () => {
    const { wb, page } = get();
    await wb.openFile("cell-value.yaml");
    // The half application in table 3 (`0.5`): line 64, column 27.
    await wb.goTo(64, 27);
    const menu = await wb.quickFixMenu();
    await menu.locator(".monaco-list-row", { hasText: "查看规则 cell-value 的说明" }).first().click();
    await expect.poll(() => ruleDocShown(get(), "cell-value"), { timeout: 30_000 }).toBe(true);
    expect(page.context().pages()).toHaveLength(1);
    await get().shot("21-quick-fix-doc");
  });

  test("Open rule documentation from a page that is not a text editor, left without a choice, then in English", async () => {
    const { wb, page, workspace } = get();
    const quick = wb.quickInput();
    const tabs = await page.locator(".tab").count();
    // The rule's page from the last step is in front: no text editor, no problem under a cursor.
    await wb.runCommand("OGI: 查看规则说明");
    await quick.locator(".monaco-list-row", { hasText: "t3-balance" }).first().waitFor();
    await page.keyboard.press("Escape");
    await quick.waitFor({ state: "hidden" });
    expect(await page.locator(".tab").count()).toBe(tabs);
    writeWorkspaceSettings(workspace, { "ogi.locale": "en" });
    await wb.openFile("cell-value.yaml");
    // The server speaks English once it has read the setting; the command's list follows the same setting.
    await wb.openProblems();
    await expect.poll(async () => (await wb.problemsPanel().innerText()).replace(/\u00a0/g, " "), { timeout: 30_000 }).toMatch(/a count must be a whole number, not 0\.5/);
    await wb.runCommand("OGI: 查看规则说明");
    await quick.locator("input").fill("t3-balance");
    const row = page.locator(".quick-input-list .monaco-list-row", { hasText: "t3-balance" }).first();
    await expect.poll(() => row.innerText(), { timeout: 10_000 }).toContain("Table 3 balance");
    await page.keyboard.press("Enter");
    await expect.poll(() => ruleDocShown(get(), "t3-balance"), { timeout: 30_000 }).toBe(true);
    await get().shot("22-rule-doc-en");
  });
}

/** The Markdown preview is a webview too: is there a frame whose heading names the rule? */
async function ruleDocShown({ page }: E2e, ruleId: string): Promise<boolean> {
  for (const frame of page.frames()) {
    const h1 = await frame.locator("h1").first().innerText({ timeout: 200 }).catch(() => "");
    if (h1.includes(ruleId)) return true;
  }
  return false;
}
