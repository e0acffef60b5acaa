import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkText } from "@ogi-report/core";
import { captureIo, main } from "../src/main.js";

const cliDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const repo = join(cliDir, "../..");
const ogi = join(cliDir, "dist/ogi.js");
const corpus = join(repo, "../shared/corpus");

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [ogi, ...args], { cwd: repo, input, encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "", NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("ogi import", () => {
  it("imports crawled text: YAML on stdout, summary and located diagnostics on stderr", () => {
    const r = run(["import", join(corpus, "text/001_pingtan_2025.txt"), "--locale", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# yaml-language-server: \$schema=/);
    expect(r.stdout).toContain("newReceived:");
    expect(r.stderr).toMatch(/tables found 3, cells read 197 \(0 blank\), cells uncertain 3/);
    expect(r.stderr).toMatch(/001_pingtan_2025\.txt:12:\d+: warning cell-uncertain: .*5845546/);
    // The YAML it wrote checks with nothing but the cells it left open.
    const findings = checkText(r.stdout).findings.filter((f) => f.ruleId !== "text-figure");
    expect(findings.map((f) => `${f.ruleId} ${f.path}`).sort()).toEqual([
      "cell-blank /activeDisclosure/normativeDocuments/inForce",
      "cell-blank /activeDisclosure/normativeDocuments/issued",
      "cell-blank /activeDisclosure/normativeDocuments/repealed",
    ]);
  });

  it("imports an HTML page to a file with -o, and from stdin with -", () => {
    const dir = mkdtempSync(join(tmpdir(), "ogi-import-"));
    const out = join(dir, "pingtan-2020.yaml");
    const r = run(["import", join(corpus, "html/pingtan_2020.html"), "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const yaml = readFileSync(out, "utf8");
    expect(yaml).toContain('template: "2019"');
    expect(checkText(yaml).findings.map((f) => f.ruleId).sort()).toEqual(["t3-results-total", "t3-results-total"]);
    const piped = run(["import", "-"], readFileSync(join(corpus, "html/shanghai_office_2019.html"), "utf8"));
    expect(piped.code).toBe(0);
    expect(piped.stdout).toContain("granted:            [258, 12, null, null, 1, 1, null]");
  });

  it("exits 1 on a truncated document and names what is missing; 2 on an unreadable file", () => {
    const truncated = run(["import", "-", "--kind", "text"], readFileSync(join(corpus, "text/011_fujian_hrss_2025.txt"), "utf8").slice(0, 3000));
    expect(truncated.code).toBe(1);
    expect(truncated.stderr).toMatch(/error (row-missing|heading-missing)/);
    const missing = run(["import", "no/such/file.html"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read no\/such\/file\.html/);
    expect(run(["import"]).code).toBe(2);
  });
});

describe("ogi audit", () => {
  it("audits pages, texts and YAML at once, with a line per report and the totals", () => {
    const r = run(["audit", join(corpus, "html"), "fixtures/corpus", "--format", "json"]);
    expect(r.code).toBe(1);
    const { reports, totals } = JSON.parse(r.stdout) as { reports: { file: string; errors: number; rules: Record<string, unknown>; imported: boolean }[]; totals: Record<string, any> };
    expect(reports.length).toBe(20);
    const byFile = (s: string) => reports.find((x) => x.file.endsWith(s))!;
    expect(Object.keys(byFile("pingtan_2020.html").rules)).toEqual(["t3-results-total"]);
    expect(byFile("pingtan_2020.html").imported).toBe(true);
    expect(byFile("shanghai_office_2019.html").errors).toBe(135);
    expect(byFile("001_pingtan_2025.yaml").errors).toBe(0);
    expect(totals.rules["t3-results-total"].reports).toBe(2);
    expect(totals.rules["cell-blank"].reports).toBe(2);
    expect(totals.failing).toBe(4);
  });

  it("says clearly which file cannot be read, and still audits the others (exit 2)", () => {
    const r = run(["audit", "fixtures/corpus/001_pingtan_2025.yaml", "does/not/exist.html", "--locale", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ogi: cannot read does\/not\/exist\.html: /m);
    expect(r.stdout).toMatch(/001_pingtan_2025\.yaml {2}平潭综合实验区 {2}2025 {2}2021 {2}0 errors, 0 warnings/);
  });

  it("writes a self-contained dashboard that renders offline in Chromium", async () => {
    const artifacts = join(repo, "artifacts");
    mkdirSync(artifacts, { recursive: true });
    const page = join(artifacts, "audit-dashboard.html");
    const r = run(["audit", corpus, "fixtures/corpus", "--html", page, "--force", "--locale", "en"]);
    expect(r.code).toBe(1);
    const html = readFileSync(page, "utf8");
    // One inline script (filters, sorting, drill-down); nothing loaded from anywhere.
    expect(html).not.toMatch(/<script[^>]*\bsrc=|<link\b|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain("<svg");
    const chromium = "/usr/bin/chromium";
    if (!existsSync(chromium)) throw new Error("Debian chromium is needed: apt-get install -y chromium");
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
      expect(await tab.locator("#reports tbody tr.report").count()).toBe(32);
      expect(await tab.locator("#reports tbody tr.report.fail").count()).toBe(13);
      expect(await tab.locator("svg .bar").count()).toBeGreaterThanOrEqual(2);
      expect(await tab.locator("#stat-reports .value").textContent()).toBe("32");
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
    const code = await main(["audit", "fixtures/corpus", join(corpus, "html")], io);
    expect(code).toBe(1);
    expect(io.err).toMatch(/\r\x1b\[Kchecking \d+\/21 fixtures/);
    expect(io.err.endsWith("\r\x1b[K")).toBe(true);
    expect(io.out).toMatch(/^Total: 20 reports/m);
  });

  it("no progress line when stderr is not a terminal", async () => {
    const io = captureIo({ cwd: repo, env: { LANG: "en_US.UTF-8" } });
    await main(["audit", "fixtures/corpus", join(corpus, "html")], io);
    expect(io.err).toBe("");
  });
});

void execFileSync;
