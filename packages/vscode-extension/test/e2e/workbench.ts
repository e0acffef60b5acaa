import type { Frame, FrameLocator, Locator, Page } from "playwright-core";

/** Small, named steps on VS Code's workbench, so the test reads as what a person does. */
export class Workbench {
  constructor(readonly page: Page) {}

  async ready(): Promise<void> {
    await this.page.locator(".monaco-workbench").waitFor({ timeout: 90_000 });
    // The activity bar appears once the workbench has restored its layout.
    await this.page.locator(".activitybar").waitFor({ timeout: 60_000 });
  }

  /**
   * Quick Open (Ctrl+P), the file's path, Enter: how most people open a file they know. Enter waits for the file's
   * own row at the top: until the search answers, the list shows the files opened before.
   */
  async openFile(path: string): Promise<void> {
    const name = path.slice(path.lastIndexOf("/") + 1);
    await this.page.keyboard.press("Control+P");
    const input = this.page.locator(".quick-input-widget input");
    await input.waitFor();
    await input.fill(path);
    await this.page.locator(".quick-input-list .monaco-list-row").first().filter({ hasText: name }).waitFor();
    await this.page.keyboard.press("Enter");
    await this.page.locator(`.tab[aria-label*="${name}"]`).first().waitFor();
    await this.editor().waitFor();
  }

  editor(): Locator {
    return this.page.locator(".editor-group-container .monaco-editor").first();
  }

  /** Ctrl+G line:column (1-based, as the status bar shows). */
  async goTo(line: number, column: number): Promise<void> {
    await this.activeEditor().click({ position: { x: 200, y: 10 } });
    await this.page.keyboard.press("Control+G");
    const input = this.page.locator(".quick-input-widget input");
    await input.waitFor();
    // Ctrl+G opens Quick Open with its ":" prefix; typing replaces the selection, so the prefix is typed too.
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press("Enter");
    await this.page.locator(".quick-input-widget").waitFor({ state: "hidden" });
  }

  async runCommand(label: string): Promise<void> {
    await this.page.keyboard.press("Control+Shift+P");
    const input = this.page.locator(".quick-input-widget input");
    await input.waitFor();
    await input.fill(`>${label}`);
    await this.page.locator(".quick-input-list .monaco-list-row").first().waitFor();
    await this.page.keyboard.press("Enter");
  }

  /**
   * Ctrl+. at the cursor. The key is sometimes swallowed while the editor takes focus back from Quick Open, so
   * it is pressed again (a person would too) until the menu shows.
   */
  async quickFixMenu(): Promise<Locator> {
    const menu = this.page.locator(".action-widget:visible").first();
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press("Control+.");
      try {
        await menu.waitFor({ timeout: 5000 });
        return menu;
      } catch (error) {
        if (attempt === 3) throw error;
        await this.page.keyboard.press("Escape");
      }
    }
  }

  problemsPanel(): Locator {
    return this.page.locator(".markers-panel");
  }

  async openProblems(): Promise<void> {
    await this.page.keyboard.press("Control+Shift+M");
    await this.problemsPanel().waitFor();
  }

  /** Rows of the Problems view (the file row is left out). */
  problemRows(): Locator {
    return this.problemsPanel().locator(".monaco-list-row .marker-message-details, .monaco-list-row .marker-message").locator("xpath=ancestor::div[contains(@class,'monaco-list-row')]");
  }

  hover(): Locator {
    return this.page.locator(".monaco-hover:not(.hidden)").first();
  }

  /** The webview's document: VS Code nests it in two iframes. */
  webview(): FrameLocator {
    return this.page.frameLocator("iframe.webview.ready").first().frameLocator("iframe#active-frame, iframe[title]").first();
  }

  /** The editor of the active group (after a "beside" step there are several groups). */
  activeEditor(): Locator {
    return this.page.locator(".editor-group-container.active .monaco-editor").first();
  }

  /** The text of the active editor as shown (its visible lines; Monaco draws spaces as no-break spaces). */
  async activeText(): Promise<string> {
    return (await this.activeEditor().innerText()).replace(/\u00a0/g, " ");
  }

  tab(label: string): Locator {
    return this.page.locator(`.tab[aria-label*="${label}"]`);
  }

  async closeTab(label: string): Promise<void> {
    const tab = this.tab(label).first();
    await tab.hover();
    await tab.locator(".tab-actions .action-label").first().click();
    await tab.waitFor({ state: "detached" });
  }

  /** Ctrl+K Ctrl+W, and "Don't Save" for what was changed: every editor closed, the groups with them. */
  async closeAllEditorsUnsaved(): Promise<void> {
    await this.page.keyboard.press("Control+K");
    await this.page.keyboard.press("Control+W");
    const dontSave = this.page.locator(".monaco-dialog-box .monaco-button", { hasText: /Don.t Save/ });
    await dontSave.click({ timeout: 5000 }).catch(() => {});
    await this.page.locator(".tab").first().waitFor({ state: "detached", timeout: 10_000 });
  }

  /** The toast that says `text`. */
  notification(text: string | RegExp): Locator {
    return this.page.locator(".notifications-toasts .notification-toast", { hasText: text }).first();
  }

  quickInput(): Locator {
    return this.page.locator(".quick-input-widget");
  }

  /**
   * A report preview's page, by the report's file name (its <title>): VS Code nests each webview in two iframes,
   * and several previews may be open.
   */
  async previewFrame(name: string): Promise<Frame | undefined> {
    for (const frame of this.page.frames()) {
      const title = await frame.title().catch(() => "");
      if (title === name && (await frame.locator("#ogi-banner").isVisible().catch(() => false))) return frame;
    }
    return undefined;
  }

  statusItem(): Locator {
    return this.page.locator('.statusbar-item[id$="ogi.status"]').first();
  }

  cursorPosition(): Locator {
    return this.page.locator(".statusbar-item[id='status.editor.selection']").first();
  }
}
