// CLI benchmark (not a test) of issue 13's targets, every ratio from runs interleaved side by side in one run:
//   1. 2,000 seed-size reports with one slip each, default output: ours ≤ 0.6 × ajv-cli (our schema) and ≤ 1.5 × a
//      js-yaml parse-only run of the same files; 2,000 clean reports: ours ≤ 0.6 × ajv-cli. Spectral and the `yaml`
//      package's parseDocument are measured beside them.
//   2. One file from cold ≤ 1.5 × `node -e 0`.
//   3. 100,000 reports (a national year) ≤ 60 s on this machine, on worker threads, output byte for byte the one-thread
//      output (`-f json`, compared by SHA-256).
// Installs the comparison tools into bench/.work/cli/tools from npm, writes bench/.work/cli/results.json and the "CLI"
// section of bench/README.md (bench/cli/readme.mjs).
//   pnpm build && node bench/cli/run.mjs [--quick] [--spectral]
// On a shared machine: setsid sh -c 'echo -10 > /proc/self/autogroup; exec node bench/cli/run.mjs' (root).   (--readme: rewrite the section from the last results)
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot, writeReports } from "./fixtures.mjs";
import { writeReadme } from "./readme.mjs";

const quick = process.argv.includes("--quick");
const work = join(repoRoot, "bench", ".work", "cli");
const toolsDir = join(work, "tools");
const fixtures = join(work, "fixtures");
const resultsFile = join(work, "results.json");
const schema = join(repoRoot, "packages", "core", "schema", "ogi-report.schema.json");
const ogi = join(repoRoot, "packages", "cli", "dist", "ogi.js");

if (process.argv.includes("--readme")) {
  writeReadme(JSON.parse(readFileSync(resultsFile, "utf8")));
  process.exit(0);
}

/** Exact versions: what installs and runs offline here (newer ones may not). */
const TOOLS = { "ajv-cli": "5.0.0", "@stoplight/spectral-cli": "6.16.3", "js-yaml": "5.5.0", yaml: "2.9.1" };
const REPORTS = 2000;
const NATIONAL = quick ? 20000 : 100000;
const ROUNDS = quick ? 2 : 3;
const COLD_RUNS = quick ? 5 : 15;
const NATIONAL_RUNS = 1;

if (!existsSync(ogi)) throw new Error(`${ogi} is missing: run pnpm install && pnpm build first`);
mkdirSync(work, { recursive: true });

// ── tools ──────────────────────────────────────────────────────────────────────────────────────────────────────
const toolErrors = installTools();
// --spectral: measure Spectral too (it takes minutes a run).
const bin = (name) => join(toolsDir, "node_modules", ".bin", name);
const spectralOk = !toolErrors.spectral && existsSync(bin("spectral"));

function installTools() {
  const errors = {};
  const wanted = Object.entries(TOOLS).map(([name, version]) => `${name}@${version}`);
  const installed = (name) => {
    try {
      return JSON.parse(readFileSync(join(toolsDir, "node_modules", name, "package.json"), "utf8")).version;
    } catch {
      return undefined;
    }
  };
  if (Object.entries(TOOLS).every(([name, version]) => installed(name) === version)) return errors;
  mkdirSync(toolsDir, { recursive: true });
  writeFileSync(join(toolsDir, "package.json"), JSON.stringify({ private: true }) + "\n");
  for (const spec of wanted) {
    // One by one, so that one tool that will not install does not cost the others.
    const one = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix", toolsDir, spec], { encoding: "utf8" });
    if (one.status !== 0) errors[spec.startsWith("@stoplight") ? "spectral" : spec] = (one.stderr || one.stdout).trim().split("\n").slice(-3).join(" ");
  }
  return errors;
}

// A Spectral ruleset with one rule: the whole document against our schema (inlined, so nothing is fetched).
const ruleset = join(work, "spectral-ruleset.json");
writeFileSync(
  ruleset,
  JSON.stringify({
    rules: {
      "ogi-report-schema": {
        description: "The report fits the OGI Report schema (packages/core/schema/ogi-report.schema.json)",
        message: "{{error}}",
        given: "$",
        severity: "error",
        then: { function: "schema", functionOptions: { schema: JSON.parse(readFileSync(schema, "utf8")), allErrors: true } },
      },
    },
  }),
);

// Parse-only baselines: read every report of a folder and parse it, nothing else.
const parseScript = join(work, "parse-only.mjs");
writeFileSync(
  parseScript,
  `import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
const [which, dir] = process.argv.slice(2);
const require = createRequire(${JSON.stringify(join(toolsDir, "package.json"))});
const parse = which === "yaml" ? ((y) => (t) => y.parseDocument(t))(require("yaml")) : ((y) => (t) => y.load(t))(require("js-yaml"));
let n = 0;
for (const f of readdirSync(dir)) if (f.endsWith(".yaml")) { parse(readFileSync(dir + "/" + f, "utf8")); n++; }
if (n === 0) process.exit(1);
`,
);

// ── fixtures ───────────────────────────────────────────────────────────────────────────────────────────────────
console.log("writing fixtures…");
const slipped = writeReports(join(fixtures, `slipped-${REPORTS}`), REPORTS, 1);
const clean = writeReports(join(fixtures, `clean-${REPORTS}`), REPORTS, Infinity);
const one = join(clean, "report-00000.yaml");
console.log(`writing ${NATIONAL.toLocaleString("en")} reports (kept between runs)…`);
const national = writeReports(join(fixtures, `national-${NATIONAL}`), NATIONAL, 10);

// ── machine ────────────────────────────────────────────────────────────────────────────────────────────────────
const machine = {
  date: new Date().toISOString().slice(0, 10),
  nproc: cpus().length,
  model: cpus()[0]?.model ?? "unknown",
  node: process.version,
  caCerts: process.env.NODE_EXTRA_CA_CERTS ? "set" : "not set",
  loadBefore: loadavg().map((l) => l.toFixed(2)),
  loadAfter: undefined,
};

// ── measuring ──────────────────────────────────────────────────────────────────────────────────────────────────
const timeFile = join(work, "time.txt");
const hasTime = existsSync("/usr/bin/time");
/** The 1-minute load average, sampled before every run: the README gives its range during the measurements. */
const loadSamples = [];

// The kernel shares the CPU between sessions (autogroups) before it shares it between their processes, so on a machine
// shared with other sessions a run gets a fraction of a core whatever it asks for. Run the bench in a session of its
// own with a raised group priority to stand in for an idle machine (see the README text): recorded here.
machine.autogroup = (() => {
  try {
    return readFileSync("/proc/self/autogroup", "utf8").trim();
  } catch {
    return undefined;
  }
})();

/** One run: wall time (ms), CPU (user + system of the process and its threads) and peak resident memory (MB, GNU time). */
function measure(argv, env = {}) {
  loadSamples.push(loadavg()[0]);
  const [cmd, ...args] = hasTime ? ["/usr/bin/time", "-f", "%M %U %S", "-o", timeFile, ...argv] : argv;
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, ...env }, maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  const [kb, user, sys] = hasTime ? readFileSync(timeFile, "utf8").trim().split("\n").pop().split(" ").map(Number) : [NaN, NaN, NaN];
  return { ms, rss: kb / 1024, cpuMs: (user + sys) * 1000, status: r.status, stderr: String(r.stderr).slice(-300) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const summary = (runs) => ({
  medianMs: median(runs.map((r) => r.ms)),
  minMs: Math.min(...runs.map((r) => r.ms)),
  cpuMs: median(runs.map((r) => r.cpuMs)),
  rssMb: median(runs.map((r) => r.rss)),
  runs: runs.length,
  status: runs[0]?.status,
});

// The commands, on the same files. Ours: the default `ogi check <folder>` (every rule, stylish output, config search).
const node = process.execPath;
const commands = {
  ours: { argv: (dir) => [node, ogi, "check", dir] },
  "ours, one thread": { argv: (dir) => [node, ogi, "check", dir], env: { OGI_WORKERS: "0" } },
  "ours, main thread + 1 worker": { argv: (dir) => [node, ogi, "check", dir], env: { OGI_WORKERS: "1" } },
  "ajv-cli": { argv: (dir) => [bin("ajv"), "validate", "--strict=false", "-s", schema, "-d", `${dir}/*.yaml`] },
  spectral: { argv: (dir) => [bin("spectral"), "lint", "-r", ruleset, "-q", "-f", "text", `${dir}/*.yaml`] },
  "yaml parseDocument": { argv: (dir) => [node, parseScript, "yaml", dir] },
  "js-yaml load": { argv: (dir) => [node, parseScript, "js-yaml", dir] },
};

/** Rounds of every named command on `dir`, the order rotating so no command always runs first or after the slow one. */
function sideBySide(dir, names, rounds, extra = {}) {
  const runs = {};
  for (let round = 0; round < rounds; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length]);
    for (const [name, onlyRounds] of Object.entries(extra)) if (round < onlyRounds) order.splice(round % order.length, 0, name);
    for (const name of order) {
      const r = measure(commands[name].argv(dir), commands[name].env);
      (runs[name] ??= []).push(r);
      console.log(`  ${name.padEnd(30)} ${(r.ms / 1000).toFixed(2)} s  cpu ${(r.cpuMs / 1000).toFixed(2)} s  (exit ${r.status})`);
    }
  }
  return Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, summary(v)]));
}

const batchNames = ["ours", "ours, one thread", "ours, main thread + 1 worker", "ajv-cli", "js-yaml load", "yaml parseDocument"];
console.log(`${REPORTS} reports, one slip each, ${ROUNDS} rounds…`);
// Spectral takes minutes a run (118 × ours when last measured): only with --spectral.
const withSpectral = spectralOk && process.argv.includes("--spectral");
const slippedResults = sideBySide(slipped, batchNames, ROUNDS, withSpectral ? { spectral: 1 } : {});
console.log(`${REPORTS} clean reports, ${ROUNDS} rounds…`);
const cleanResults = sideBySide(clean, batchNames, ROUNDS);

console.log(`cold start, ${COLD_RUNS} runs…`);
const coldCmd = {
  "node -e 0": [[node, "-e", "0"]],
  ours: [[node, ogi, "check", one]],
  "ours, no compile cache": [[node, ogi, "check", one], { OGI_COMPILE_CACHE: "0" }],
  "ajv-cli": [commands["ajv-cli"].argv(clean).slice(0, -1).concat(one)],
};
const coldRuns = {};
for (let i = 0; i < COLD_RUNS; i++) for (const [name, [argv, env]] of Object.entries(coldCmd)) (coldRuns[name] ??= []).push(measure(argv, env));
const coldResults = Object.fromEntries(Object.entries(coldRuns).map(([k, v]) => [k, summary(v)]));

// A national year: the default run (stylish) timed, and the JSON output of one thread and of the default compared.
console.log(`${NATIONAL.toLocaleString("en")} reports, ${NATIONAL_RUNS} runs each…`);
const out = (name) => join(work, `national-${name}.json`);
const nationalCmds = {
  ours: [[node, ogi, "check", national]],
  "ours -f json": [[node, ogi, "check", "-f", "json", "-o", out("threads"), "--force", national]],
  "ours -f json, one thread": [[node, ogi, "check", "-f", "json", "-o", out("one"), "--force", national], { OGI_WORKERS: "0" }],
};
const nationalRuns = {};
for (let i = 0; i < NATIONAL_RUNS; i++) {
  for (const [name, [argv, env]] of Object.entries(nationalCmds)) {
    const r = measure(argv, env);
    (nationalRuns[name] ??= []).push(r);
    console.log(`  ${name.padEnd(30)} ${(r.ms / 1000).toFixed(2)} s  cpu ${(r.cpuMs / 1000).toFixed(2)} s  (exit ${r.status})`);
  }
}
const sha = async (file) => {
  const h = createHash("sha256");
  for await (const chunk of createReadStream(file)) h.update(chunk);
  return h.digest("hex");
};
const nationalResults = {
  reports: NATIONAL,
  runs: Object.fromEntries(Object.entries(nationalRuns).map(([k, v]) => [k, summary(v)])),
  json: { threads: { sha256: await sha(out("threads")), bytes: statSync(out("threads")).size }, one: { sha256: await sha(out("one")), bytes: statSync(out("one")).size } },
};
rmSync(out("threads"), { force: true });
rmSync(out("one"), { force: true });

machine.loadAfter = loadavg().map((l) => l.toFixed(2));
machine.loadDuring = { min: Math.min(...loadSamples).toFixed(2), median: median(loadSamples).toFixed(2), max: Math.max(...loadSamples).toFixed(2) };
const results = { machine, tools: TOOLS, toolErrors, spectralOk, reports: REPORTS, slipped: slippedResults, clean: cleanResults, cold: coldResults, national: nationalResults, quick };
writeFileSync(resultsFile, JSON.stringify(results, null, 2) + "\n");
writeReadme(results);
rmSync(timeFile, { force: true });
