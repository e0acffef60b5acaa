import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copiedProseShare } from "@ogi-report/core";
import { importReport } from "@ogi-report/import";
import { binPath, repoDir } from "./harness.js";
import { corpusDir } from "../../../test/shared-data.js";

// Issue 15's done-when, on the real published reports: `ogi audit` on the corpus shows the Pingtan series as one
// agency over seven years, with 2020's real imbalance and the prose each year shares with the year before.
// OGI_CORPUS (by default the corpus beside the repository); a clear failure when it is not there.
const corpus = corpusDir();
const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025];

describe("ogi audit on the corpus: the dashboard", () => {
  it("the corpus is there (OGI_CORPUS)", () => {
    expect(existsSync(join(corpus, "html", "pingtan_2025.html")), corpus).toBe(true);
  });

  it("shows the Pingtan series as one agency over seven years, 2020's imbalance and the prose shared year on year", async () => {
    const out = mkdtempSync(join(tmpdir(), "ogi-dashboard-corpus-"));
    const page = join(out, "audit.html");
    const r = spawnSync(process.execPath, [binPath, "audit", corpus, "--html", page, "--locale", "en"], { cwd: repoDir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);

    // What the page must show, measured apart from it: each published page imported, compared with the year before.
    const yaml = new Map(years.map((y) => [y, importReport(readFileSync(join(corpus, "html", `pingtan_${y}.html`), "utf8"), "html").yaml]));
    const shares = years.map((y) => (yaml.has(y - 1) ? `${(copiedProseShare(yaml.get(y)!, yaml.get(y - 1)!)!.share * 100).toFixed(1)}%` : "—"));
    expect(shares.slice(1).every((s) => /^\d+\.\d%$/.test(s))).toBe(true);

    // The terminal says it too: one agency over seven years, the imbalance of 2020, the shares.
    const text = spawnSync(process.execPath, [binPath, "audit", corpus, "--locale", "en"], { cwd: repoDir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } }).stdout;
    expect(text).toContain("平潭综合实验区  2019–2025  7 years, 14 files\n");
    expect(text).toContain(`  Prose shared with the year before: ${years.map((y, i) => `${y} ${shares[i]}`).join(" · ")}\n`);
    expect(text).toContain("  Findings (errors and warnings): 2019 0 · 2020 2 · 2021 0 · 2022 0 · 2023 0 · 2024 0 · 2025 0\n");
    expect(text).toContain("  Years with errors: 2020 t3-results-total\n");

    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    try {
      const tab = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      tab.setDefaultTimeout(5_000);
      const requests: string[] = [];
      tab.on("request", (req) => requests.push(req.url()));
      await tab.goto("file://" + page);
      const pingtan = tab.locator("section.agency", { hasText: "平潭综合实验区" });
      expect(await pingtan.count()).toBe(1);
      // Each year is published as a page and as a text: one column per year, the second file counted (+1).
      expect(await pingtan.locator("th.year").allTextContents()).toEqual(years.map((y) => `${y}+1`));
      const metric = (m: string) => pingtan.locator(`td[data-metric="${m}"]`).evaluateAll((tds) => tds.map((td) => td.firstChild!.textContent));
      expect(await metric("findings")).toEqual(["0", "2", "0", "0", "0", "0", "0"]);
      expect(await metric("copied")).toEqual(shares);
      mkdirSync(join(repoDir, "artifacts"), { recursive: true });
      await pingtan.screenshot({ path: join(repoDir, "artifacts", "audit-corpus-pingtan.png") });

      // 2020 opened: the real imbalance of table 3, its total cells marked.
      await pingtan.locator("th.year", { hasText: "2020" }).click();
      const detail = tab.locator("#detail");
      expect(await detail.locator("h2").first().textContent()).toContain("pingtan_2020.html");
      expect(await detail.locator(".report-findings tbody tr td:nth-child(5)").allTextContents()).toEqual(["t3-results-total", "t3-results-total"]);
      expect(await detail.locator("td.ogi-problem.ogi-error").evaluateAll((tds) => tds.map((td) => td.getAttribute("data-pointer")))).toEqual(["/applications/results/total/0", "/applications/results/total/6"]);
      await detail.screenshot({ path: join(repoDir, "artifacts", "audit-corpus-pingtan-2020.png") });
      await tab.screenshot({ path: join(repoDir, "artifacts", "audit-corpus.png"), fullPage: true });
      expect(requests.filter((u) => !u.startsWith("file://"))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
