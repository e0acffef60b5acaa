import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { ensureBuilt } from "./build.js";
import { requireTool } from "../../../../test/tools.js";
import { chromiumPath } from "./paths.js";
import { startPageCoverage } from "./page-coverage.js";

export const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export interface PageSession {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for, in order. */
  requests: string[];
  /** Uncaught exceptions, console errors and CSP violations. */
  problems: string[];
  /** Reload the page as a person would (F5), its coverage so far kept. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

/** The built page in Debian's Chromium, opened from file:// in a fresh profile, every request recorded. */
export async function openBuiltPage(viewport = { width: 1400, height: 900 }): Promise<PageSession> {
  const url = ensureBuilt();
  const profile = mkdtempSync(join(tmpdir(), "ogi-web-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: requireTool(chromiumPath, "chromium", "chromium"), headless: true, viewport, args: chromiumArgs, acceptDownloads: true });
  const requests: string[] = [];
  const problems: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  // Reported from inside the page: a blocked eval, style or load shows up here, not as a thrown error.
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  const coverage = await startPageCoverage(page);
  await page.goto(url);
  await page.waitForSelector("body[data-checks]");
  return {
    context,
    page,
    requests,
    problems,
    reload: async () => {
      await coverage?.beforeReload();
      await page.reload();
      await page.waitForSelector("body[data-checks]");
    },
    close: async () => {
      await coverage?.save();
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The screen box of `needle` inside the editor line that contains `lineText`. */
export async function textBox(page: Page, lineText: string, needle: string): Promise<{ x: number; y: number; width: number; height: number }> {
  // After a scroll (Control+End) the editor redraws its lines on the next frames: a box measured before that is
  // where the text was, and a click there lands on another line. Measure until two frames agree.
  const box = await page.evaluate(
    async ({ lineText, needle }) => {
      const measure = () => {
        const line = [...document.querySelectorAll(".cm-line")].find((l) => l.textContent?.includes(lineText));
        if (!line) return undefined;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(needle);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + needle.length);
          const r = range.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }
        return undefined;
      };
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      let last = measure();
      for (let i = 0; i < 50; i++) {
        await frame();
        const now = measure();
        if (now && last && now.x === last.x && now.y === last.y && now.width === last.width) return now;
        last = now;
      }
      return last;
    },
    { lineText, needle },
  );
  if (!box) throw new Error(`no “${needle}” on an editor line with “${lineText}”`);
  return box;
}

/** Wait for the next check after an action, then return the page's count of checks so far. */
export async function checksSoFar(page: Page): Promise<number> {
  return Number(await page.getAttribute("body", "data-checks"));
}

export async function waitForCheckAfter(page: Page, before: number): Promise<void> {
  await page.waitForFunction((n) => Number(document.body.dataset.checks) > n, before);
}

