import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { binPath, repoDir } from "./harness.js";

// The dashboard of `ogi audit` on the repository's own fixtures (the Pingtan series 2019–2025 and five others),
// opened from file:// in Debian's Chromium and operated as a person would; the exports read back.

const artifacts = join(repoDir, "artifacts");
const out = mkdtempSync(join(tmpdir(), "ogi-dashboard-"));

function ogi(args: string[]) {
  const r = spawnSync(process.execPath, [binPath, ...args], { cwd: repoDir, encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "", NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Finding { ruleId: string; severity: string; message: string; path: string; cell: string; line: number }
interface Report { file: string; agency: string; year: number; template: string; errors: number; warnings: number; findings: Finding[]; figures: Record<string, number | null> }

let reports: Report[];
let agencies: { name: string; years: { year: number; file: string; received: number | null; findings: number; copiedProseShare: number | null; standsOut: Record<string, string> }[] }[];
let browser: Browser;
let tab: Page;
const requests: string[] = [];

beforeAll(async () => {
  const r = ogi(["audit", "fixtures/corpus", "--format", "json", "--locale", "en", "--html", join(out, "audit.html"), "--csv", join(out, "findings.csv"), "--xlsx", join(out, "audit.xlsx")]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(1);
  ({ reports, agencies } = JSON.parse(r.stdout) as { reports: Report[]; agencies: typeof agencies });
  if (!existsSync("/usr/bin/chromium")) throw new Error("Debian chromium is needed: apt-get install -y chromium");
  const { chromium } = await import("playwright-core");
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  tab = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  tab.setDefaultTimeout(5_000);
  tab.on("request", (req) => requests.push(req.url()));
  const errors: string[] = [];
  tab.on("pageerror", (e) => errors.push(String(e)));
  await tab.goto("file://" + join(out, "audit.html"));
  expect(errors).toEqual([]);
  mkdirSync(artifacts, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const visibleFindings = () => tab.locator("#findings tbody tr:not([hidden])");

describe("ogi audit --html: the dashboard from file://", () => {
  it("shows each agency's years side by side, with the Pingtan series as one agency over seven years", async () => {
    const pingtan = tab.locator("section.agency", { hasText: "平潭综合实验区" });
    expect(await pingtan.count()).toBe(1);
    expect(await pingtan.locator("th.year").allTextContents()).toEqual(["2019", "2020", "2021", "2022", "2023", "2024", "2025"]);
    // Applications received, year by year, as the reports state them.
    const received = [2019, 2020, 2021, 2022, 2023, 2024, 2025].map((y) => String(reports.find((r) => r.agency === "平潭综合实验区" && r.year === y)!.figures.received));
    expect(await pingtan.locator('td[data-metric="received"]').evaluateAll((tds) => tds.map((td) => td.firstChild!.textContent))).toEqual(received);
    // Findings per year: 2020's real imbalance (the total row of table 3 is not the sum of its items).
    expect(await pingtan.locator('td[data-metric="findings"]').evaluateAll((tds) => tds.map((td) => td.firstChild!.textContent))).toEqual(["0", "2", "0", "0", "0", "0", "0"]);
    // The prose shared with the year before: none for the first year, a share for each following one.
    const copied = await pingtan.locator('td[data-metric="copied"]').allTextContents();
    expect(copied[0]).toBe("—");
    for (const c of copied.slice(1)) expect(c).toMatch(/^\d+\.\d%$/);
    // A line chart per figure.
    expect(await pingtan.locator("svg.sparkline polyline").count()).toBeGreaterThanOrEqual(6);
    // The year 2020 received 21 against 23 (no jump); 2021 received 70 against 21: a change that stands out.
    expect(await pingtan.locator('td[data-metric="received"]').nth(2).getAttribute("class")).toContain("jump");
    expect(await pingtan.locator('td[data-metric="received"]').nth(1).getAttribute("class")).not.toContain("jump");
    await pingtan.screenshot({ path: join(artifacts, "audit-dashboard-agency.png") });

    // --format json carries the same series.
    const series = agencies.find((a) => a.name === "平潭综合实验区")!;
    expect(series.years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(series.years.map((y) => y.findings)).toEqual([0, 2, 0, 0, 0, 0, 0]);
    expect(series.years[0]!.copiedProseShare).toBeNull();
    expect(series.years.slice(1).map((y) => `${(y.copiedProseShare! * 100).toFixed(1)}%`)).toEqual(copied.slice(1));
    expect(series.years[2]!.standsOut.received).toBe("+233%");
  });

  it("lists every finding, and filters them by rule, severity, agency, year and template", async () => {
    const all = reports.flatMap((r) => r.findings.map((f) => ({ r, f })));
    expect(await visibleFindings().count()).toBe(all.length);
    await tab.selectOption('#filters select[name="rule"]', "t3-results-total");
    expect(await visibleFindings().count()).toBe(all.filter((x) => x.f.ruleId === "t3-results-total").length);
    expect(await tab.locator("#shown").textContent()).toBe("2");
    await tab.selectOption('#filters select[name="rule"]', "");
    await tab.selectOption('#filters select[name="agency"]', "上海市人民政府办公厅");
    await tab.selectOption('#filters select[name="year"]', "2019");
    await tab.selectOption('#filters select[name="template"]', "2019");
    await tab.selectOption('#filters select[name="severity"]', "error");
    const expected = all.filter((x) => x.r.agency === "上海市人民政府办公厅" && x.r.year === 2019 && x.r.template === "2019" && x.f.severity === "error");
    expect(expected.length).toBeGreaterThan(0);
    expect(await visibleFindings().count()).toBe(expected.length);
    // Only what occurs is offered: the fixtures have errors and no warning.
    expect(await tab.locator('#filters select[name="severity"] option').evaluateAll((os) => os.map((o) => o.getAttribute("value")))).toEqual(["", "error"]);
    await tab.selectOption('#filters select[name="agency"]', "平潭综合实验区");
    expect(await visibleFindings().count()).toBe(0);
    for (const name of ["agency", "year", "template", "severity"]) await tab.selectOption(`#filters select[name="${name}"]`, "");
    expect(await visibleFindings().count()).toBe(all.length);
  });

  it("sorts the findings by a column, both ways", async () => {
    const years = () => visibleFindings().evaluateAll((trs) => trs.map((tr) => Number(tr.querySelector("td:nth-child(2)")!.textContent)));
    const before = await years();
    expect(before[0]).toBe(2020); // in file order: Pingtan 2020 comes before Shanghai 2019
    await tab.click("#findings thead th:nth-child(2)");
    const up = await years();
    expect(up).toEqual([...before].sort((a, b) => a - b));
    expect(up[0]).toBe(2019);
    await tab.click("#findings thead th:nth-child(2)");
    expect(await years()).toEqual([...before].sort((a, b) => b - a));
    expect(await tab.locator("#findings thead th:nth-child(2)").getAttribute("aria-sort")).toBe("descending");
    await tab.locator("#findings").screenshot({ path: join(artifacts, "audit-dashboard-findings.png") });
  });

  it("opens a report's findings, with the cells named, and its tables with the problem cells marked", async () => {
    const pt2020 = reports.find((r) => r.agency === "平潭综合实验区" && r.year === 2020)!;
    await tab.selectOption('#filters select[name="rule"]', "t3-results-total");
    await visibleFindings().first().click();
    const detail = tab.locator("#detail");
    expect(await detail.isVisible()).toBe(true);
    expect(await detail.locator("h2").first().textContent()).toContain("006_pingtan_2020.yaml");
    const rows = detail.locator(".report-findings tbody tr");
    expect(await rows.count()).toBe(pt2020.findings.length);
    expect(await rows.locator("td:nth-child(6)").allTextContents()).toEqual(pt2020.findings.map((f) => f.cell));
    expect(pt2020.findings.map((f) => f.cell)).toEqual(["“(7) Total”, Natural persons column", "“(7) Total”, Total column"]);
    // The tables, laid out by the renderer, the figures of this report in them, the problem cells marked.
    const marked = detail.locator("td.ogi-problem.ogi-error");
    expect(await marked.evaluateAll((tds) => tds.map((td) => td.getAttribute("data-pointer")))).toEqual(pt2020.findings.map((f) => f.path));
    expect(await marked.first().textContent()).toBe("20");
    expect(await marked.first().getAttribute("title")).toContain("is 20, but the result items sum to 26");
    expect(await detail.locator('td[data-pointer="/applications/newReceived/6"]').textContent()).toBe(String(pt2020.figures.received));
    expect(await detail.locator("table.ogi-table").count()).toBe(3); // parts 二, 三, 四
    await detail.screenshot({ path: join(artifacts, "audit-dashboard-report.png") });

    // Another report, opened from the reports table, shows its own figures in the same layout.
    await tab.click("button.close");
    expect(await detail.isVisible()).toBe(false);
    await tab.locator("#reports tbody tr", { hasText: "005_pingtan_2021.yaml" }).click();
    const pt2021 = reports.find((r) => r.file.endsWith("005_pingtan_2021.yaml"))!;
    expect(await detail.locator('td[data-pointer="/applications/newReceived/6"]').textContent()).toBe(String(pt2021.figures.received));
    expect(await detail.locator(".ogi-problem").count()).toBe(0);
    expect(await detail.textContent()).toContain("No findings.");
    await tab.screenshot({ path: join(artifacts, "audit-dashboard.png"), fullPage: true });
  });

  it("downloads the findings as filtered, and the totals, as CSV from the page", async () => {
    await tab.selectOption('#filters select[name="rule"]', "cell-blank");
    const [findingsFile] = await Promise.all([tab.waitForEvent("download"), tab.click("#download-findings")]);
    expect(findingsFile.suggestedFilename()).toBe("findings.csv");
    const text = readFileSync((await findingsFile.path())!, "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(["Agency", "Year", "Template", "Severity", "Rule", "Cell", "Message", "File"]);
    const blank = reports.flatMap((r) => r.findings.filter((f) => f.ruleId === "cell-blank").map((f) => ({ r, f })));
    expect(rows.length).toBe(blank.length);
    expect(new Set(rows.map((r) => r[4]))).toEqual(new Set(["cell-blank"]));
    expect(rows.map((r) => r[7]).sort()).toEqual(blank.map(({ r, f }) => `${r.file}:${f.line}`).sort());
    await tab.selectOption('#filters select[name="rule"]', "");
    const [totalsFile] = await Promise.all([tab.waitForEvent("download"), tab.click("#download-totals")]);
    // The same text as --csv writes beside the findings.
    expect(readFileSync((await totalsFile.path())!, "utf8")).toBe(readFileSync(join(out, "findings.totals.csv"), "utf8"));
  });

  it("loads nothing from anywhere, and keeps each table layout once", () => {
    expect(requests.filter((u) => !u.startsWith("file://"))).toEqual([]);
    const html = readFileSync(join(out, "audit.html"), "utf8");
    expect(html).not.toMatch(/<script[^>]*\bsrc=|<link\b|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain("Content-Security-Policy");
    // Twelve reports, two templates: two layouts.
    expect(html.match(/<template id="layout-/g)!.length).toBe(2);
  });
});

/** RFC 4180 rows (quoted fields with doubled quotes), for reading our own CSV back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), i++;
    else field += c;
  }
  return rows;
}

describe("ogi audit --csv and --xlsx", () => {
  it("writes the findings and the totals as CSV, one row per finding and per report", () => {
    const text = readFileSync(join(out, "findings.csv"), "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(["File", "Agency", "Year", "Template", "Rule", "Severity", "Cell", "Pointer", "Line", "Message"]);
    const expected = reports.flatMap((r) => r.findings.map((f) => [r.file, r.agency, String(r.year), r.template, f.ruleId, f.severity, f.cell, f.path, String(f.line), f.message]));
    expect(rows).toEqual(expected);
    const [head, ...sums] = parseCsv(readFileSync(join(out, "findings.totals.csv"), "utf8").slice(1));
    expect(head!.slice(0, 6)).toEqual(["File", "Agency", "Year", "Template", "Errors", "Warnings"]);
    expect(sums.length).toBe(reports.length + 1);
    expect(sums.at(-1)!.slice(0, 1)).toEqual(["Total"]);
    expect(Number(sums.at(-1)![4])).toBe(reports.reduce((n, r) => n + r.errors, 0));
    // The copied-prose share: none for Pingtan 2019, a share for 2020 against 2019.
    const col = head!.indexOf("Prose shared with the year before (%)");
    expect(sums.find((r) => r[0]!.endsWith("007_pingtan_2019.yaml"))![col]).toBe("");
    expect(Number(sums.find((r) => r[0]!.endsWith("006_pingtan_2020.yaml"))![col])).toBeGreaterThan(0);
  });

  it("writes a workbook that reads back with the same findings and totals", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, "audit.xlsx"));
    expect(book.worksheets.map((w) => w.name)).toEqual(["Findings", "Totals", "Agencies"]);
    const values = (name: string) => {
      const rows: unknown[][] = [];
      book.getWorksheet(name)!.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    const [header, ...findings] = values("Findings");
    expect(header![4]).toBe("Rule");
    const expected = reports.flatMap((r) => r.findings.map((f) => [r.file, r.agency, r.year, r.template, f.ruleId, f.severity, f.cell, f.path, f.line, f.message]));
    // exceljs leaves an empty cell out of row.values: compare with the empty cells (a finding not about a cell) as undefined.
    expect(findings.map((row) => Array.from({ length: 10 }, (_, i) => row[i]))).toEqual(expected.map((row) => row.map((c) => (c === "" ? undefined : c))));
    const [, ...totals] = values("Totals");
    expect(totals.length).toBe(reports.length + 1);
    expect(totals.at(-1)![4]).toBe(reports.reduce((n, r) => n + r.errors, 0));
    expect(typeof totals[0]![6]).toBe("number");
    // Each agency's years, as the dashboard shows them: the Pingtan series in order, 2020's two findings.
    const [agencyHead, ...years] = values("Agencies");
    expect(agencyHead!.slice(0, 3)).toEqual(["Agency", "Year", "File"]);
    const pingtan = years.filter((row) => row[0] === "平潭综合实验区");
    expect(pingtan.map((row) => row[1])).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(pingtan.map((row) => row[8])).toEqual([0, 2, 0, 0, 0, 0, 0]);
    expect(pingtan[2]![10]).toContain("Applications received +233%");
  });

  it("refuses to write over an audited file or, without --force, an existing one (exit 2, nothing written)", () => {
    const over = ogi(["audit", "fixtures/corpus/001_pingtan_2025.yaml", "--csv", "fixtures/corpus/001_pingtan_2025.yaml", "--locale", "en"]);
    expect(over.code).toBe(2);
    expect(over.stderr).toMatch(/is the input/);
    const existing = join(out, "exists.xlsx");
    writeFileSync(existing, "keep me");
    const refused = ogi(["audit", "fixtures/corpus/001_pingtan_2025.yaml", "--xlsx", existing, "--locale", "en"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already exists/);
    expect(readFileSync(existing, "utf8")).toBe("keep me");
    const forced = ogi(["audit", "fixtures/corpus/001_pingtan_2025.yaml", "--xlsx", existing, "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(existing).subarray(0, 2).toString()).toBe("PK");
    const twice = ogi(["audit", "fixtures/corpus/001_pingtan_2025.yaml", "--html", join(out, "same"), "--xlsx", join(out, "same"), "--locale", "en"]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/named for two outputs/);
  });

});

describe("ogi audit --html: its language, hostile text, agency names", () => {
  it("writes the dashboard in Chinese (the CLI's locale, like its messages)", async () => {
    const page = join(out, "zh.html");
    const r = ogi(["audit", "fixtures/corpus", "--html", page, "--locale", "zh-CN"]);
    expect(r.code).toBe(1);
    const html = readFileSync(page, "utf8");
    expect(html).toContain('<html lang="zh-CN">');
    const zh = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await zh.goto("file://" + page);
    expect(await zh.locator("h2").allTextContents()).toContain("各机关逐年情况");
    const pingtan = zh.locator("section.agency", { hasText: "平潭综合实验区" });
    expect(await pingtan.locator("tbody th").allTextContents()).toEqual(["新收申请（件）", "办结（件）", "予以公开和部分公开比例", "行政复议（件）", "行政诉讼（件）", "问题（错误与警告）", "与上一年度相同的文字"]);
    await zh.screenshot({ path: join(artifacts, "audit-dashboard-zh-top.png") });
    await zh.locator("#findings tbody tr", { hasText: "006_pingtan_2020.yaml" }).first().click();
    expect(await zh.locator("#detail .report-findings tbody td:nth-child(6)").allTextContents()).toEqual(["「（七）总计」自然人栏", "「（七）总计」总计栏"]);
    await zh.screenshot({ path: join(artifacts, "audit-dashboard-zh.png") });
    await zh.close();
  });

  it("shows what a report says as text: a hostile agency name neither breaks the page nor runs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ogi-hostile-"));
    const name = `<img src=x onerror="window.pwned=1"></template></script><script>window.pwned=2</script>'"`;
    const text = readFileSync(join(repoDir, "fixtures/corpus/006_pingtan_2020.yaml"), "utf8").replace(/^agency: .*$/m, `agency: ${JSON.stringify(name)}`);
    writeFileSync(join(dir, "r.yaml"), text);
    const page = join(dir, "audit.html");
    expect(ogi(["audit", dir, "--html", page, "--locale", "en"]).code).toBe(1);
    const hostile = await browser.newPage();
    const errors: string[] = [];
    hostile.on("pageerror", (e) => errors.push(String(e)));
    await hostile.goto("file://" + page);
    expect(await hostile.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    expect(await hostile.locator("section.agency h3").first().textContent()).toContain(name);
    const all = await hostile.locator("#findings tbody tr").count();
    expect(all).toBeGreaterThanOrEqual(2);
    await hostile.selectOption('#filters select[name="agency"]', name);
    expect(await hostile.locator("#shown").textContent()).toBe(String(all));
    await hostile.locator("#findings tbody tr").first().click();
    expect(await hostile.locator("#detail h2").first().textContent()).toContain(name);
    expect(await hostile.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await hostile.close();
  });

  it("groups the reports of one agency whatever blanks or bracket widths its name is written with", () => {
    const dir = mkdtempSync(join(tmpdir(), "ogi-agency-"));
    const agency = (file: string, name: string) => readFileSync(join(repoDir, "fixtures/corpus", file), "utf8").replace(/^agency: .*$/m, `agency: "${name}"`);
    writeFileSync(join(dir, "2019.yaml"), agency("007_pingtan_2019.yaml", "福建省平潭综合实验区（管委会）"));
    writeFileSync(join(dir, "2020.yaml"), agency("006_pingtan_2020.yaml", "福建省平潭综合实验区 (管委会)"));
    writeFileSync(join(dir, "2021.yaml"), agency("005_pingtan_2021.yaml", "福建省平潭综合实验区（管委会）办公室"));
    const page = join(dir, "audit.html");
    expect(ogi(["audit", dir, "--html", page, "--locale", "en"]).code).toBe(1);
    const html = readFileSync(page, "utf8");
    const sections = [...html.matchAll(/<section class="agency"[^>]*data-agency="([^"]*)"[\s\S]*?<\/section>/g)];
    expect(sections.map((s) => s[1])).toEqual(["福建省平潭综合实验区（管委会）", "福建省平潭综合实验区（管委会）办公室"]);
    expect(sections[0]![0].match(/<th class="num year"[^>]*>(\d+)/g)!.map((th) => th.slice(-4))).toEqual(["2019", "2020"]);
  });
});
