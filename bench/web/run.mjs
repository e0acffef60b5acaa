// Web checker benchmark (not a test): the built page's size, and the time from a keystroke to updated
// markers in headless Chromium (Debian's), the page opened from file:// as a user would. Writes
// bench/.work/web-results.json and the "Web checker" section of bench/README.md.
//   pnpm build && node bench/web/run.mjs [--quick] [--no-nice]   (--readme: rewrite the section from the last results)
import { execFileSync } from "node:child_process";
import { cpus, loadavg, tmpdir } from "node:os";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { constants, gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const page = `${repoRoot}packages/web/dist/index.html`;
const resultsFile = `${repoRoot}bench/.work/web-results.json`;
const quick = process.argv.includes("--quick");
const WARM_UP = 5;
/** A fast typist's pace: the next key comes this long after the previous one's tables were updated. */
const GAP_MS = 60;
const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

if (process.argv.includes("--readme")) {
  const saved = JSON.parse(readFileSync(resultsFile, "utf8"));
  writeReadme(saved);
  console.log(section(saved));
  process.exit(0);
}
if (!existsSync(page)) throw new Error(`${page} missing: run pnpm install && pnpm build`);

const seed = readFileSync(`${repoRoot}examples/seed-2025.yaml`, "utf8");
const prose = "  本机关坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开，持续提升政务公开的质量和实效。\n";
/** The seed with its overview grown to about `bytes` (UTF-8), as in the LSP benchmark. */
function withProse(bytes) {
  let extra = "";
  while (Buffer.byteLength(seed) + Buffer.byteLength(extra) < bytes) extra += prose;
  return seed.replace("overview: |\n", `overview: |\n${extra}`);
}
const documents = [
  { name: "seed (examples/seed-2025.yaml)", text: seed, samples: quick ? 20 : 200 },
  { name: "report ~10 KB", text: withProse(10_000), samples: quick ? 20 : 100 },
  { name: "report ~1 MB", text: withProse(1_000_000), samples: quick ? 10 : 40 },
];

const html = readFileSync(page);
const results = {
  date: new Date().toISOString(),
  cpu: cpus()[0]?.model.trim() ?? "unknown",
  cores: cpus().length,
  node: process.version,
  size: { raw: html.length, gzip: gzipSync(html).length, gzip9: gzipSync(html, { level: constants.Z_BEST_COMPRESSION }).length },
  runs: [],
};
// The machine is shared: a second run gives the browser priority over the other work (nice -10), which is
// closer to a desktop where the browser is what runs. Both are reported.
for (const nice of process.argv.includes("--no-nice") ? [0] : [0, -10]) results.runs.push(await measure(nice));

mkdirSync(`${repoRoot}bench/.work`, { recursive: true });
writeFileSync(resultsFile, JSON.stringify(results, null, 2));
if (!quick) writeReadme(results);
console.log(section(results));

async function measure(nice) {
  const loadBefore = loadavg();
  const dir = mkdtempSync(`${tmpdir()}/ogi-web-bench-`);
  let executablePath = "/usr/bin/chromium";
  if (nice !== 0) {
    executablePath = `${dir}/chromium-nice.sh`;
    writeFileSync(executablePath, `#!/bin/sh\nexec nice -n ${nice} /usr/bin/chromium "$@"\n`, { mode: 0o755 });
  }
  const context = await chromium.launchPersistentContext(`${dir}/profile`, { executablePath, headless: true, viewport: { width: 1400, height: 900 }, args: chromiumArgs });
  try {
    const tab = context.pages()[0] ?? (await context.newPage());
    const started = performance.now();
    await tab.goto(pathToFileURL(page).href);
    await tab.waitForSelector("body[data-checks]");
    const openMs = performance.now() - started;
    // The user agent string hides the minor version; the binary says it.
    const chromiumVersion = execFileSync("/usr/bin/chromium", ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim().replace(/^Chromium\s*/, "").split(" ")[0];
    await instrument(tab);
    const rows = [];
    for (const doc of documents) rows.push(await typeInto(tab, doc, dir));
    return { nice, chromium: chromiumVersion, loadBefore, loadAfter: loadavg(), openMs, rows };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * In the page: each keydown's own timestamp (so input dispatch delay counts), and for the check it causes,
 * when the markers were in the DOM, the next animation frame after that, and when the tables were updated.
 */
async function instrument(tab) {
  await tab.evaluate(() => {
    const w = window;
    w.__bench = { samples: [], key: 0 };
    document.addEventListener("keydown", (e) => (w.__bench.key = e.timeStamp), true);
    document.addEventListener("ogi-checked", (e) => {
      const sample = { markers: e.detail.at - w.__bench.key, checkMs: e.detail.checkMs, findings: e.detail.findings };
      w.__bench.samples.push(sample);
      requestAnimationFrame(() => (sample.frame = performance.now() - w.__bench.key));
    });
    document.addEventListener("ogi-previewed", (e) => {
      const last = w.__bench.samples[w.__bench.samples.length - 1];
      if (last && last.tables === undefined) last.tables = e.detail.at - w.__bench.key;
    });
  });
}

async function typeInto(tab, doc, dir) {
  const file = `${dir}/report.yaml`;
  writeFileSync(file, doc.text);
  await tab.setInputFiles("#open-file", file);
  await tab.waitForFunction((agency) => document.querySelector(".cm-content")?.textContent?.includes(agency), "福建省人力资源和社会保障厅");
  // The cursor goes right after 293 (一、本年新收 · 自然人) through the editor's own search, as a user would
  // (the editor draws only the lines in view); each keystroke then toggles its last digit, 293 → 29 → 293 …,
  // which breaks or mends identities, so the markers really change.
  await tab.locator(".cm-content").click();
  await tab.keyboard.press("Control+f");
  await tab.keyboard.type("[293,");
  await tab.keyboard.press("Enter");
  await tab.keyboard.press("Escape");
  await tab.keyboard.press("ArrowLeft");
  for (let i = 0; i < 4; i++) await tab.keyboard.press("ArrowRight");
  const line = await tab.locator(".cm-activeLine").textContent();
  if (!line.includes("newReceived:")) throw new Error(`the cursor is not on 一、本年新收: ${line}`);
  await tab.evaluate(() => (window.__bench.samples = []));
  for (let i = 0; i < WARM_UP + doc.samples; i++) {
    const before = await tab.evaluate(() => window.__bench.samples.length);
    await tab.keyboard.press(i % 2 === 0 ? "Backspace" : "3");
    await tab.waitForFunction((n) => {
      const s = window.__bench.samples;
      return s.length > n && s.at(-1).tables !== undefined && s.at(-1).frame !== undefined;
    }, before);
    await tab.waitForTimeout(GAP_MS);
  }
  const samples = (await tab.evaluate(() => window.__bench.samples)).slice(WARM_UP);
  const after = await tab.locator(".cm-activeLine").textContent();
  if (!/newReceived:\s+\[29,/.test(after)) throw new Error(`the edits went astray: ${after}`);
  const findings = [...new Set(samples.map((s) => s.findings))].sort((a, b) => a - b);
  if (findings.length < 2) throw new Error(`markers did not change between keystrokes (findings: ${findings})`);
  const row = {
    document: doc.name,
    bytes: Buffer.byteLength(doc.text),
    n: samples.length,
    findings,
    markers: stats(samples.map((s) => s.markers)),
    frame: stats(samples.map((s) => s.frame)),
    tables: stats(samples.map((s) => s.tables)),
    check: stats(samples.map((s) => s.checkMs)),
  };
  console.log(JSON.stringify(row));
  return row;
}

function stats(values) {
  const sorted = values.filter((v) => typeof v === "number").sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

function section(r) {
  const fmt = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  const kib = (b) => `${(b / 1024).toFixed(0)} KiB`;
  const load = (l) => l.map((x) => x.toFixed(1)).join(" / ");
  const verdict = (ok) => (ok ? "met" : "**missed**");
  const runName = (run) => (run.nice === 0 ? "as launched" : `browser at nice ${run.nice}`);
  const lines = [
    "## Web checker",
    "",
    "`node bench/web/run.mjs` (after `pnpm build`). The built page (`packages/web/dist/index.html`, one self-contained file)",
    "opened from `file://` in headless Chromium (Debian's, as the tests use it); a report opened through the page's file",
    "input; then keystrokes typed into the editor, each toggling the last digit of 一、本年新收 · 自然人 (293 → 29 → 293 …),",
    "so every keystroke breaks or mends identities and the markers change. Times run from the keydown event's own",
    "timestamp to: the markers in the editor's DOM (`setDiagnostics` dispatched, findings list rebuilt); the next animation",
    `frame; the tables updated. The next key is pressed ${GAP_MS} ms after the tables; the first ${WARM_UP} keystrokes warm up and are not counted.`,
    "Core checks on the page's main thread right after the change when the last check was cheap (a microtask: before",
    "the next paint), otherwise as the next task after queued input; no fixed delay anywhere.",
    "",
    `Measured ${r.date.slice(0, 10)} on ${r.cores} × ${r.cpu}, Node ${r.node}, Chromium ${r.runs[0].chromium}. The machine is shared with other work`,
    "(see the load averages), so the run is repeated with the browser given priority (`nice -10`), which is closer to a",
    "desktop where the browser is what runs.",
    "",
    `Page size: ${r.size.raw.toLocaleString("en")} bytes (${kib(r.size.raw)}) raw, ${r.size.gzip.toLocaleString("en")} bytes (${kib(r.size.gzip)}) gzip -6, ${r.size.gzip9.toLocaleString("en")} bytes gzip -9.`,
    "That is the whole transfer: the page requests nothing else.",
    "",
    "| run | document | samples | checkText ms median | keystroke → markers median ms | p95 ms | max ms | → next frame median / p95 ms | → tables median / p95 ms |",
    "|---|---|---|---|---|---|---|---|---|",
  ];
  for (const run of r.runs) {
    for (const x of run.rows) {
      lines.push(`| ${runName(run)} | ${x.document} (${(x.bytes / 1024).toFixed(1)} KiB) | ${x.n} | ${fmt(x.check.median)} | ${fmt(x.markers.median)} | ${fmt(x.markers.p95)} | ${fmt(x.markers.max)} | ${fmt(x.frame.median)} / ${fmt(x.frame.p95)} | ${fmt(x.tables.median)} / ${fmt(x.tables.p95)} |`);
    }
  }
  lines.push("", "| run | load average before / after | open → first markers ms |", "|---|---|---|");
  for (const run of r.runs) lines.push(`| ${runName(run)} | ${load(run.loadBefore)} → ${load(run.loadAfter)} | ${fmt(run.openMs)} |`);
  lines.push("", "| target | run | measured | |", "|---|---|---|---|");
  for (const run of r.runs) {
    const seedRow = run.rows[0];
    lines.push(`| seed: keystroke → markers under 30 ms (median and p95) | ${runName(run)} | median ${fmt(seedRow.markers.median)} ms, p95 ${fmt(seedRow.markers.p95)} ms | ${verdict(seedRow.markers.p95 < 30)} |`);
  }
  lines.push(
    "",
    "The page's own work per keystroke is small (the checkText column: about a millisecond at seed size); the rest is the",
    "browser's input handling, the editor's update and rendering, on this shared machine (load averages above).",
    "That load is what moves the p95 from run to run; compare the checkText column with the keystroke columns.",
    "",
  );
  return lines.join("\n");
}

function writeReadme(r) {
  const file = `${repoRoot}bench/README.md`;
  const start = "<!-- web-bench:start -->";
  const end = "<!-- web-bench:end -->";
  const block = `${start}\n${section(r)}${end}`;
  let readme = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n\nBenchmarks, not tests: each section says how to run it and what it measured.\n\n";
  if (readme.includes(start) && readme.includes(end)) readme = readme.slice(0, readme.indexOf(start)) + block + readme.slice(readme.indexOf(end) + end.length);
  else readme = `${readme.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, readme);
}
