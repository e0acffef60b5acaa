import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { checksSoFar, openBuiltPage, waitForCheckAfter, type PageSession } from "./helpers/browser.js";
import { artifactsDir, examplesDir } from "./helpers/paths.js";
import { readReport, renderHtml } from "@ogi-report/render";

const thisYear = join(examplesDir, "broken/copied-prose.yaml");
const lastYearPath = join(examplesDir, "last-year/copied-prose-2024.yaml");
const lastYear = readFileSync(lastYearPath, "utf8");

/** The marked texts of the preview, by the part they are in. */
async function marks(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const mark of document.querySelectorAll("#preview mark.ogi-copied")) {
      const part = mark.closest<HTMLElement>("[data-part]")?.dataset.part ?? "?";
      (out[part] ??= []).push(mark.textContent ?? "");
    }
    return out;
  });
}

async function openLastYear(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const before = await checksSoFar(page);
  await page.setInputFiles("#open-last-year", file);
  await waitForCheckAfter(page, before);
}

describe("the page compares a report with last year's, opened beside it", () => {
  let session: PageSession;
  const shots = artifactsDir();

  beforeAll(async () => {
    session = await openBuiltPage();
    const { page } = session;
    const before = await checksSoFar(page);
    await page.setInputFiles("#open-file", thisYear);
    await waitForCheckAfter(page, before);
  }, 60_000);

  afterAll(async () => {
    await session?.close();
  });

  it("without last year's report, the rules that need it stay silent and nothing is marked", async () => {
    const { page } = session;
    await expect.poll(() => page.locator(".cm-content").textContent()).toContain("2025年，本厅围绕");
    await expect.poll(() => page.locator("#preview section[data-part=overview]").count()).toBe(1);
    expect(await page.locator('#findings li[data-rule="copied-prose"]').count()).toBe(0);
    expect(await page.locator("#preview mark.ogi-copied").count()).toBe(0);
    expect(await page.isHidden("#last-year")).toBe(true);
  });

  it("with it, copied-prose is in the list and the preview marks exactly the copied passages", async () => {
    const { page } = session;
    await openLastYear(page, lastYearPath);
    const entry = page.locator('#findings li[data-rule="copied-prose"]');
    await expect.poll(() => entry.count()).toBe(1);
    expect(await entry.textContent()).toContain("100%");
    expect(await page.textContent("#last-year")).toContain("对比上一年度：copied-prose-2024.yaml");
    await expect.poll(() => marks(page)).toEqual({
      overview: [
        "2025年，本厅围绕“以公开促落实、促规范、促服务”推进政务公开：",
        "梳理主动公开事项目录并动态更新，重要政策文件同步解读；",
        "依申请公开实行接收、登记、分办、审核、答复、归档全流程管理，本年新收申请309件，上年结转5件，",
        "办结312件，结转下年度2件；行政规范性文件库动态更新，本年制发8件，现行有效84件；",
        "官网上线“搜问一体”智能问答；落实“三审三校”并开展业务培训",
      ],
      problems: ["一是历年公开信息的清理不够系统，部分信息时效滞后、格式不一；", "二是互动渠道响应不够精准，公众参与不足。", "下一步将开展历史信息专项清理，并拓宽意见征集渠道、完善回应机制"],
      otherMatters: ["本年度未按国办函〔2020〕109号收取信息处理费（发出收费通知0件，收取0元"],
    });
    // The figures match last year's: the other cross-year rules ran and found nothing.
    expect(await page.locator('#findings li[data-rule="year-carry-over"], #findings li[data-rule="year-in-force"]').count()).toBe(0);
    await page.uncheck("#tables-only");
    await page.locator("#preview section[data-part=overview]").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, "web-copied-prose.png") });
    await page.check("#tables-only");
  });

  it("words typed into a copied sentence are not marked, the copied wording still is", async () => {
    const { page } = session;
    const line = page.locator(".cm-line", { hasText: "梳理主动公开事项目录并动态更新" });
    await line.click();
    await page.keyboard.press("End");
    await page.keyboard.type("新设咨询专线由专人值守");
    // The sentence's end no longer runs into the next line as last year's did: the mark stops before its 「；」.
    await expect.poll(async () => (await marks(page)).overview).toEqual([
      "2025年，本厅围绕“以公开促落实、促规范、促服务”推进政务公开：",
      "梳理主动公开事项目录并动态更新，重要政策文件同步解读",
      "依申请公开实行接收、登记、分办、审核、答复、归档全流程管理，本年新收申请309件，上年结转5件，",
      "办结312件，结转下年度2件；行政规范性文件库动态更新，本年制发8件，现行有效84件；",
      "官网上线“搜问一体”智能问答；落实“三审三校”并开展业务培训",
    ]);
    expect(await page.locator("#preview mark.ogi-copied", { hasText: "新设咨询专线" }).count()).toBe(0);
    await page.keyboard.press("Control+z");
  });

  it("year-carry-over and year-in-force run against it too", async () => {
    const { page } = session;
    // Last year's carried forward 4 (not this year's 5) and 70 documents in force (70 + 8 ≠ 84).
    const changed = lastYear.replace("carriedForward:     [5, 0, 0, 0, 0, 0, 5]", "carriedForward:     [4, 0, 0, 0, 0, 0, 4]").replace("inForce: 76", "inForce: 70");
    expect(changed).not.toBe(lastYear);
    await openLastYear(page, { name: "another-name.yaml", mimeType: "text/yaml", buffer: Buffer.from(changed) });
    await expect.poll(() => page.locator('#findings li[data-rule="year-carry-over"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#findings li[data-rule="year-in-force"]').count()).toBe(1);
    // Whatever the report's previous: names, the opened file is the one compared (the page says which).
    expect(await page.textContent("#last-year")).toContain("another-name.yaml");
  });

  it("last year's report as the page it was published as: imported, then compared like the YAML", async () => {
    const { page } = session;
    const read = readReport(lastYear.replace("inForce: 76", "inForce: 70"));
    if (!read.ok) throw new Error(`last year's report does not render: ${read.problem.code}`);
    await openLastYear(page, { name: "2024.html", mimeType: "text/html", buffer: Buffer.from(renderHtml(read.input, { standalone: true })) });
    expect(await page.textContent("#last-year")).toContain("对比上一年度：2024.html");
    await expect.poll(() => page.locator('#findings li[data-rule="year-in-force"]').count()).toBe(1);
    expect(await page.locator('#findings li[data-rule="copied-prose"]').count()).toBe(1);
  });

  it("closing last year's report takes its findings and the marks away; the words follow the language", async () => {
    const { page } = session;
    await page.click("#language");
    expect(await page.textContent("label:has(#open-last-year)")).toContain("Last year's report…");
    expect(await page.textContent("#last-year")).toContain("Compared with last year's: 2024.html");
    const before = await checksSoFar(page);
    await page.click("#last-year-close");
    await waitForCheckAfter(page, before);
    expect(await page.isHidden("#last-year")).toBe(true);
    await expect.poll(() => page.locator('#findings li[data-rule^="year-"], #findings li[data-rule="copied-prose"]').count()).toBe(0);
    await expect.poll(() => page.locator("#preview mark.ogi-copied").count()).toBe(0);
    await page.click("#language");
  });

  it("sent nothing anywhere and raised no error", () => {
    expect(session.requests.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
    expect(session.requests.filter((url) => url.startsWith("file:"))).toHaveLength(1);
    expect(session.problems).toEqual([]);
  });
});
