import { join } from "node:path";
import { expect, test } from "vitest";
import type { E2e } from "./context.js";

/** New report and Import, each left at every question, given a wrong answer, and used from the Explorer. */
export function newAndImportSteps(get: () => E2e): void {
  test("New report: leaving at any of its three questions creates nothing; the year is checked as it is typed", async () => {
    const { wb, page } = get();
    const quick = wb.quickInput();
    const untitled = () => page.locator('.tab[aria-label*="Untitled"]').count();
    const before = await untitled();
    const start = async () => {
      await wb.runCommand("OGI: 新建年度报告");
      await quick.locator(".monaco-list-row", { hasText: "2019 格式" }).first().waitFor();
    };
    // 1/3: Escape at the template.
    await start();
    await page.keyboard.press("Escape");
    await quick.waitFor({ state: "hidden" });
    // 2/3: Escape at the agency.
    await start();
    await page.keyboard.press("Enter");
    await expect.poll(() => quick.innerText()).toMatch(/2\/3/);
    await page.keyboard.press("Escape");
    await quick.waitFor({ state: "hidden" });
    // 3/3 on template 2019: the year proposed is 2020, its last year; a wrong year is said at once.
    await start();
    await quick.locator(".monaco-list-row", { hasText: "2019 格式" }).first().click();
    await expect.poll(() => quick.innerText()).toMatch(/2\/3/);
    await page.keyboard.type("某县人民政府");
    await page.keyboard.press("Enter");
    await expect.poll(() => quick.innerText()).toMatch(/3\/3/);
    const input = quick.locator("input");
    expect(await input.inputValue()).toBe("2020");
    await input.fill("20x");
    await expect.poll(() => quick.innerText()).toMatch(/请输入四位数的年份/);
    await input.fill("2024");
    await expect.poll(() => quick.innerText()).toMatch(/2024 年度不应使用 2019 格式/);
    await get().shot("13-new-report-year");
    await page.keyboard.press("Escape");
    await quick.waitFor({ state: "hidden" });
    expect(await untitled()).toBe(before);
  });

  test("Import: leaving the file dialog does nothing; a file of another kind and a PDF without text are refused with the reason", async () => {
    const { wb, page, workspace } = get();
    const quick = wb.quickInput();
    const input = quick.locator("input");
    await wb.runCommand("OGI: 从 Word / PDF / 网页导入年度报告");
    await expect.poll(() => input.inputValue(), { timeout: 15_000 }).toContain(workspace);
    await page.keyboard.press("Escape");
    await quick.waitFor({ state: "hidden" });
    // VS Code's own dialog lets any file be typed in.
    await wb.runCommand("OGI: 从 Word / PDF / 网页导入年度报告");
    await expect.poll(() => input.inputValue(), { timeout: 15_000 }).toContain(workspace);
    await input.fill(join(workspace, "k8s.yaml"));
    await page.keyboard.press("Enter");
    await wb.notification("请选择 .docx、.pdf、.html 或 .txt 文件").waitFor({ timeout: 15_000 });
    await wb.runCommand("OGI: 从 Word / PDF / 网页导入年度报告");
    await expect.poll(() => input.inputValue(), { timeout: 15_000 }).toContain(workspace);
    await input.fill(join(workspace, "broken.pdf"));
    await page.keyboard.press("Enter");
    await wb.notification(/broken\.pdf: 无法读取 PDF/).waitFor({ timeout: 30_000 });
    await get().shot("14-import-refused");
    expect(await page.locator('.tab[aria-label*="broken.yaml"]').count()).toBe(0);
  });

  test("Import a PDF: the report printed from the Word draft comes back with its figures", async () => {
    const { wb, page, workspace } = get();
    const input = wb.quickInput().locator("input");
    await wb.runCommand("OGI: 从 Word / PDF / 网页导入年度报告");
    await expect.poll(() => input.inputValue(), { timeout: 15_000 }).toContain(workspace);
    await input.fill(join(workspace, "printed.pdf"));
    await page.keyboard.press("Enter");
    await wb.tab("printed.yaml").first().waitFor({ timeout: 60_000 });
    await expect.poll(() => wb.activeText(), { timeout: 30_000 }).toMatch(/agency: 福建省人力资源和社会保障厅/);
    expect(await wb.activeText()).toMatch(/newReceived:[^\n]*?\b293\b[^\n]*?\b16\b[^\n]*?\b309\b/);
    await get().shot("15-imported-pdf");
  });

  test("Import from the Explorer's menu: a text with no table opens as a report to fill in, and its notes are one click away", async () => {
    const { wb, page } = get();
    await page.keyboard.press("Control+Shift+E");
    const row = page.locator(".explorer-folders-view .monaco-list-row", { hasText: "notes.txt" }).first();
    await row.waitFor({ timeout: 15_000 });
    await row.click({ button: "right" });
    await page.locator(".monaco-menu .action-label", { hasText: "从 Word / PDF / 网页导入年度报告" }).first().click();
    await wb.tab("notes.yaml").first().waitFor({ timeout: 60_000 });
    // Tables missing: a warning, with the notes behind its button.
    const toast = wb.notification(/已导入 notes\.txt：找到表格 0 个/);
    await toast.waitFor({ timeout: 30_000 });
    await get().shot("16-import-notes");
    await toast.locator(".monaco-button", { hasText: "查看导入提示" }).click();
    // The "OGI Import" output, at its end: this import's notes, each with its place.
    const output = page.locator(".part.panel .monaco-editor").first();
    await output.waitFor({ timeout: 15_000 });
    await output.click();
    await page.keyboard.press("Control+End");
    const text = async () => (await output.innerText()).replace(/\u00a0/g, " ");
    await expect.poll(text, { timeout: 15_000 }).toMatch(/notes\.txt:\d+:\d+: error heading-missing/);
    await page.keyboard.press("Control+B");
    await page.keyboard.press("Control+J");
  });
}
