import { expect, test } from "vitest";
import type { E2e } from "./context.js";

/** The status bar item in each state a person meets, its click, and "Fix all safe problems". */
export function statusAndFixSteps(get: () => E2e): void {
  test("the status bar follows the active editor: a clean report, one with only a warning, nothing for other YAML or other files", async () => {
    const { wb } = get();
    const status = () => wb.statusItem().innerText();
    await wb.openFile("clean.yaml");
    await expect.poll(status, { timeout: 30_000 }).toMatch(/部分 6\/6 · 勾稽平衡 · 没有问题/);
    await wb.openFile("text-figure.yaml");
    await expect.poll(status, { timeout: 30_000 }).toMatch(/部分 6\/6 · 勾稽平衡 · 0 个错误，1 个警告/);
    // A warning, no error: the item takes the warning colour.
    await expect.poll(() => wb.statusItem().evaluate((e) => getComputedStyle(e).backgroundColor)).not.toMatch(/^rgba\(0, 0, 0, 0\)$/);
    await wb.openFile("k8s.yaml");
    await expect.poll(() => wb.statusItem().isVisible(), { timeout: 10_000 }).toBe(false);
    await wb.openFile("text-figure.yaml");
    await expect.poll(() => wb.statusItem().isVisible(), { timeout: 10_000 }).toBe(true);
    await wb.openFile("notes.md");
    await expect.poll(() => wb.statusItem().isVisible(), { timeout: 10_000 }).toBe(false);
    await get().shot("10-status-hidden");
  });

  test("a click on the status item opens the Problems view on the report's problems", async () => {
    const { wb, page } = get();
    await wb.openFile("text-figure.yaml");
    // The panel out of the way first, as it was for the preview.
    if (await wb.problemsPanel().isVisible()) await page.keyboard.press("Control+J");
    await expect.poll(() => wb.problemsPanel().isVisible()).toBe(false);
    await wb.statusItem().click();
    await expect.poll(() => wb.problemsPanel().isVisible(), { timeout: 10_000 }).toBe(true);
    await get().shot("11-status-click");
    await page.keyboard.press("Control+J");
  });

  test("Fix all applies every safe fix in one edit, and says so when nothing left is safe to fix", async () => {
    const { wb } = get();
    const status = () => wb.statusItem().innerText();
    await wb.openFile("cell-value.yaml");
    await expect.poll(status, { timeout: 30_000 }).toMatch(/3 个错误/);
    await wb.runCommand("OGI: 修复全部可安全修复的问题");
    // 「８４」 became 84 and "0" became 0; the half an application stays for a person to decide.
    await expect.poll(status, { timeout: 30_000 }).toMatch(/1 个错误/);
    expect(await wb.activeText()).toMatch(/inForce: 84 \}/);
    await wb.runCommand("OGI: 修复全部可安全修复的问题");
    await wb.notification(/没有可以安全自动修复的问题/).waitFor({ timeout: 15_000 });
    await get().shot("12-fix-all");
  });
}
