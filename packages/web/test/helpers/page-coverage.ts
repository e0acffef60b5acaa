import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { measuringProcesses } from "../../../../test/process-coverage/processes.js";
import { pkgDir } from "./paths.js";

/** The page's inline script as a coverage build writes it beside the page, with its source map (scripts/build.mjs). */
const coverageScript = join(pkgDir, "dist/page-script.js");
let saved = 0;

/**
 * When the run measures coverage, Chromium's block coverage of the page's script (CDP precise coverage), saved in the
 * form Node writes NODE_V8_COVERAGE files in, under the script file's URL: scripts/coverage-by-package.mjs maps it
 * back to packages/web/src and core like the subprocesses' coverage. Not measuring, it does nothing.
 */
export async function startPageCoverage(page: Page): Promise<{ save(): Promise<void>; beforeReload(): Promise<void> } | undefined> {
  const dir = measuringProcesses();
  if (!dir) return undefined;
  await page.coverage.startJSCoverage({ resetOnNavigation: false });
  const save = async (): Promise<void> => {
    // A page that crashed or closed has no coverage to give: the test says what went wrong, not this.
    const entries = await page.coverage.stopJSCoverage().catch((error: Error) => (console.warn(`page coverage lost: ${error.message}`), []));
    // A page built without OGI_COVERAGE (a bare `vitest run` rebuilds it so) has no map to read it through.
    const script = existsSync(coverageScript) ? readFileSync(coverageScript, "utf8") : undefined;
    const result = entries.filter((e) => e.source === script).map((e) => ({ scriptId: e.scriptId, url: pathToFileURL(coverageScript).href, functions: e.functions }));
    if (result.length === 0) return;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `page-${process.pid}-${++saved}.json`), JSON.stringify({ result }));
  };
  return {
    save,
    // Chromium drops a page's script coverage with the page: what it ran is saved before a reload, and counted anew after.
    async beforeReload() {
      await save();
      await page.coverage.startJSCoverage({ resetOnNavigation: false });
    },
  };
}
