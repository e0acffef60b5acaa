import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checksSoFar, openBuiltPage, type PageSession } from "../../packages/web/test/helpers/browser.js";
import { BOUND_MS, fuzzParams, hostileHtml, hostileText, hostileYaml } from "./hostile.js";

// The page runs core in the browser on every keystroke: a few hostile files opened through its file input must
// each be checked within the bound, with no error in the page.
describe("the page in Chromium: a few hostile files", () => {
  let session: PageSession;

  beforeAll(async () => {
    session = await openBuiltPage();
  }, 60_000);

  afterAll(async () => {
    await session?.close();
  });

  it("every file opened is checked, in bounded time, and nothing throws", { timeout: 180_000 }, async () => {
    const { page, problems } = session;
    const seed = fuzzParams(1).seed ?? Date.now();
    const runs = Math.max(1, Math.round(fuzzParams(2).numRuns!));
    const files = [
      ...fc.sample(hostileYaml, { numRuns: runs + 1, seed }).map((f, i) => ({ name: `r${i}.yaml`, mimeType: "text/yaml", text: f.text })),
      ...fc.sample(hostileHtml, { numRuns: runs, seed }).map((f, i) => ({ name: `p${i}.html`, mimeType: "text/html", text: f.text })),
      ...fc.sample(hostileText, { numRuns: runs, seed }).map((f, i) => ({ name: `t${i}.txt`, mimeType: "text/plain", text: f.text })),
    ];
    const checked = (before: number) => page.waitForFunction((n) => Number(document.body.dataset.checks) > n, before, { timeout: BOUND_MS.page }).then(() => true, () => false);
    for (const file of files) {
      const before = await checksSoFar(page);
      const payload = { name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.text, "utf8") };
      let t0 = performance.now();
      await page.setInputFiles("#open-file", payload);
      // On a loaded CI machine the file input's change event was twice lost in headless Chromium (no check at all
      // for a 200-character file that takes 0.2 s). Choosing the file once more tells that apart from an input
      // that hangs the checker: a hostile file hangs again and fails the bound below.
      if (!(await checked(before))) {
        console.warn(`fuzz/page: no check after choosing ${file.name}; choosing it again`);
        t0 = performance.now();
        await page.setInputFiles("#open-file", payload);
        expect(await checked(before), `${file.name}: no check within ${BOUND_MS.page} ms (problems: ${problems.join("; ")})`).toBe(true);
      }
      expect(performance.now() - t0, file.name).toBeLessThan(BOUND_MS.page);
      expect(problems, file.name).toEqual([]);
    }
  });
});
