import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkText } from "@ogi-report/core";
import { readReport, renderHtml } from "@ogi-report/render";
import { captureIo, main } from "../src/main.js";
import { repo, run, runners } from "./run-sync.js";

// `ogi import` and `ogi audit` on pages made here from the hand transcriptions (fixtures/corpus) by our own
// renderer, so that this suite needs nothing beside the repository. The real published pages are read by
// import-audit.corpus.test.ts (`pnpm test:corpus`).

function pageOf(fixture: string): string {
  const read = readReport(readFileSync(join(repo, "fixtures/corpus", `${fixture}.yaml`), "utf8"));
  if (!read.ok) throw new Error(`fixtures/corpus/${fixture}.yaml does not render: ${read.problem.code}`);
  return renderHtml(read.input, { standalone: true });
}

/** A folder of published-looking pages: one clean 2021 report, one 2019 report whose table 3 does not add up. */
function pagesDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "ogi-pages-"));
  writeFileSync(join(dir, "pingtan_2025.html"), pageOf("001_pingtan_2025"));
  writeFileSync(join(dir, "pingtan_2020.html"), pageOf("006_pingtan_2020"));
  return dir;
}

const tableRules = (yaml: string) => checkText(yaml).findings.filter((f) => f.ruleId !== "text-figure").map((f) => `${f.ruleId} ${f.path}`);

// Each runs against the built binary and in-process through `main(argv, io)`: the same answers both ways.
for (const [how, run] of runners) {
  describe(`ogi import (${how})`, () => {
    it(`imports a page: YAML on stdout, the summary on stderr, the same findings as the transcription`, async () => {
      const dir = pagesDir();
      const r = await run(["import", join(dir, "pingtan_2020.html"), "--locale", "en"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^# yaml-language-server: \$schema=/);
      expect(r.stdout).toContain('template: "2019"');
      expect(r.stderr).toMatch(/tables found 3, cells read \d+ \(0 blank\), cells uncertain 0/);
      const transcription = readFileSync(join(repo, "fixtures/corpus/006_pingtan_2020.yaml"), "utf8");
      expect(tableRules(r.stdout)).toEqual(tableRules(transcription));
    });

    it(`writes to a file with -o, and reads stdin with -`, async () => {
      const dir = pagesDir();
      const out = join(dir, "pingtan-2025.yaml");
      const r = await run(["import", join(dir, "pingtan_2025.html"), "-o", out]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe("");
      const yaml = readFileSync(out, "utf8");
      expect(yaml).toContain("year: 2025");
      expect(tableRules(yaml)).toEqual([]);
      const piped = await run(["import", "-"], pageOf("010_shanghai_office_2019"));
      expect(piped.code).toBe(0);
      expect(piped.stdout).toContain("granted:            [258, 12, null, null, 1, 1, null]");
    });

    it(`exits 1 on a truncated document and names what is missing; 2 on an unreadable file or no file`, async () => {
      const page = pageOf("011_fujian_hrss_2025");
      const truncated = await run(["import", "-", "--kind", "html"], page.slice(0, page.indexOf("（七）总计")));
      expect(truncated.code).toBe(1);
      expect(truncated.stderr).toMatch(/error (row-missing|heading-missing)/);
      const missing = await run(["import", "no/such/file.html"]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/cannot read no\/such\/file\.html/);
      expect((await run(["import"])).code).toBe(2);
    });
  });

  describe(`ogi audit (${how})`, () => {
    it(`audits pages and YAML at once, with a line per report and the totals`, async () => {
      const r = await run(["audit", pagesDir(), "fixtures/corpus", "--format", "json"]);
      expect(r.code).toBe(1);
      const { reports, totals } = JSON.parse(r.stdout) as { reports: { file: string; errors: number; rules: Record<string, unknown>; imported: boolean }[]; totals: Record<string, any> };
      expect(reports.length).toBe(14);
      const byFile = (s: string) => reports.find((x) => x.file.endsWith(s))!;
      // A page and its transcription draw the same findings.
      expect(byFile("pingtan_2020.html").imported).toBe(true);
      expect(byFile("006_pingtan_2020.yaml").imported).toBe(false);
      expect(Object.keys(byFile("pingtan_2020.html").rules)).toEqual(Object.keys(byFile("006_pingtan_2020.yaml").rules));
      expect(byFile("pingtan_2020.html").errors).toBe(byFile("006_pingtan_2020.yaml").errors);
      expect(byFile("pingtan_2025.html").errors).toBe(0);
      expect(totals.rules["t3-results-total"].reports).toBe(reports.filter((x) => "t3-results-total" in x.rules).length);
      expect(totals.rules["t3-results-total"].reports).toBeGreaterThanOrEqual(2);
    });

    it(`says clearly which file cannot be read, and still audits the others (exit 2)`, async () => {
      const r = await run(["audit", "fixtures/corpus/001_pingtan_2025.yaml", "does/not/exist.html", "--locale", "en"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^ogi: cannot read does\/not\/exist\.html: /m);
      expect(r.stdout).toMatch(/001_pingtan_2025\.yaml {2}平潭综合实验区 {2}2025 {2}2021 {2}0 errors, 0 warnings/);
    });
  });
}

describe("ogi audit dashboard", () => {
  it("writes a self-contained dashboard that renders offline in Chromium", async () => {
    const artifacts = join(repo, "artifacts");
    mkdirSync(artifacts, { recursive: true });
    const page = join(artifacts, "audit-dashboard.html");
    const r = run(["audit", pagesDir(), "fixtures/corpus", "examples", "--html", page, "--force", "--locale", "en"]);
    expect(r.code).toBe(1);
    const html = readFileSync(page, "utf8");
    // One inline script (filters, sorting, drill-down); nothing loaded from anywhere.
    expect(html).not.toMatch(/<script[^>]*\bsrc=|<link\b|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain("<svg");
    const chromium = "/usr/bin/chromium";
    if (!existsSync(chromium)) throw new Error("Debian chromium is needed: apt-get install -y chromium (the README's test command installs it)");
    const { chromium: pw } = await import("playwright-core");
    const browser = await pw.launch({
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    try {
      const tab = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      const requests: string[] = [];
      tab.on("request", (req) => requests.push(req.url()));
      await tab.goto("file://" + page);
      const { reports } = JSON.parse(run(["audit", pagesDir(), "fixtures/corpus", "examples", "--format", "json"]).stdout) as { reports: { errors: number }[] };
      expect(await tab.locator("#reports tbody tr.report").count()).toBe(reports.length);
      expect(await tab.locator("#reports tbody tr.report.fail").count()).toBe(reports.filter((x) => x.errors > 0).length);
      expect(await tab.locator("svg .bar").count()).toBeGreaterThanOrEqual(2);
      expect(await tab.locator("#stat-reports .value").textContent()).toBe(String(reports.length));
      expect(await tab.locator("tr:has-text('pingtan_2020.html') td.hit.error").count()).toBe(1);
      expect(requests.filter((u) => !u.startsWith("file://"))).toEqual([]);
      await tab.screenshot({ path: join(artifacts, "audit-dashboard.png"), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});

describe("ogi audit in-process (the main(argv, io) contract)", () => {
  it("shows progress on a terminal and erases it before the report", async () => {
    const io = captureIo({ cwd: repo, env: { LANG: "en_US.UTF-8" }, stderrIsTTY: true });
    // More than 20 files: below that a run is over before a progress line would help.
    const code = await main(["audit", "fixtures/corpus", "examples", pagesDir()], io);
    expect(code).toBe(1);
    const total = Number(/^Total: (\d+) reports/m.exec(io.out)?.[1]);
    expect(total).toBeGreaterThan(20);
    expect(io.err).toMatch(/\r\x1b\[Kchecking \d+\/\d+ fixtures/);
    expect(io.err.endsWith("\r\x1b[K")).toBe(true);
  });

  it("no progress line when stderr is not a terminal", async () => {
    const io = captureIo({ cwd: repo, env: { LANG: "en_US.UTF-8" } });
    await main(["audit", "fixtures/corpus", pagesDir()], io);
    expect(io.err).toBe("");
  });
});
