import type { FrameLocator, Locator, Page } from "playwright-core";

/** Small, named steps on VS Code's workbench, so the test reads as what a person does. */
export class Workbench {
  constructor(readonly page: Page) {}

  async ready(): Promise<void> {
    await this.page.locator(".monaco-workbench").waitFor({ timeout: 90_000 });
    // The activity bar appears once the workbench has restored its layout.
    await this.page.locator(".activitybar").waitFor({ timeout: 60_000 });
  }

  /** Quick Open (Ctrl+P), the file name, Enter: how most people open a file they know. */
  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press("Control+P");
    const input = this.page.locator(".quick-input-widget input");
    await input.waitFor();
    await input.fill(name);
    await this.page.locator(".quick-input-list .monaco-list-row").first().waitFor();
    await this.page.keyboard.press("Enter");
    await this.page.locator(`.tab[aria-label*="${name}"]`).first().waitFor();
    await this.editor().waitFor();
  }

  editor(): Locator {
    return this.page.locator(".editor-group-container .monaco-editor").first();
  }

  /** Ctrl+G line:column (1-based, as the status bar shows). */
  async goTo(line: number, column: number): Promise<void> {
    await this.editor().click({ position: { x: 200, y: 10 } });
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

  statusItem(): Locator {
    return this.page.locator('.statusbar-item[id$="ogi.status"]').first();
  }

  cursorPosition(): Locator {
    return this.page.locator(".statusbar-item[id='status.editor.selection']").first();
  }
}
