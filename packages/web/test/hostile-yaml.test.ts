import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checksSoFar, waitForCheckAfter } from "./helpers/browser.js";
import { examplesDir } from "./helpers/paths.js";
import { sharedPage } from "./helpers/shared-page.js";

describe("the page on a file the readers cannot take", () => {
  const shared = sharedPage();

  it("10,000 nested flow mappings: the previous file's findings go, and the error shows with its line", async () => {
    const { page } = shared.session;
    let before = await checksSoFar(page);
    await page.setInputFiles("#open-file", join(examplesDir, "broken/t4-total.yaml"));
    await waitForCheckAfter(page, before);
    await expect.poll(() => page.locator('#findings li[data-rule="t4-total"]').count()).toBeGreaterThan(0);

    const seed = readFileSync(join(examplesDir, "seed-2025.yaml"), "utf8");
    const deep = seed.replace("licensing: 0", "licensing: " + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000));
    const file = join(mkdtempSync(join(tmpdir(), "ogi-web-")), "deep.yaml");
    writeFileSync(file, deep);
    before = await checksSoFar(page);
    await page.setInputFiles("#open-file", file);
    await waitForCheckAfter(page, before);
    await expect.poll(() => page.locator('#findings li[data-rule="t4-total"]').count()).toBe(0);
    const entry = page.locator('#findings li[data-rule="yaml-syntax"]');
    await expect.poll(() => entry.count()).toBe(1);
    expect(await entry.textContent()).toMatch(/嵌套层数过深/);
    const line = deep.split("\n").findIndex((l) => l.startsWith("  licensing: {a:")) + 1;
    expect(await entry.textContent()).toContain(String(line));
  }, 60_000);
});
