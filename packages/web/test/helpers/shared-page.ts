import type { Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { openBuiltPage, type PageSession } from "./browser.js";

/** One built page for the tests of a describe block, in order: opened before the first, closed after the last. */
export function sharedPage(): { readonly session: PageSession } {
  let session: PageSession | undefined;
  beforeAll(async () => {
    session = await openBuiltPage();
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });
  return {
    get session() {
      if (!session) throw new Error("the page did not open (see beforeAll)");
      return session;
    },
  };
}

/** The editor's text as it shows it, line by line. */
export const editorText = (page: Page) => page.evaluate(() => [...document.querySelectorAll(".cm-line")].map((l) => l.textContent).join("\n"));
