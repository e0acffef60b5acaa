// Language-server benchmark (not a test): didChange → publishDiagnostics latency over stdio for our server and
// redhat yaml-language-server 2.0.0 (given our schema) on the same documents in the same run, and our resident
// memory over 10,000 edits. Writes bench/.work/lsp-results.json and the "Language server" section of
// bench/README.md.
//   pnpm build && node bench/lsp/run.mjs [--quick]   (--readme: rewrite the section from the last results)
import { cpus, loadavg } from "node:os";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { documents, editSite, repoRoot } from "./documents.mjs";
import { LspProcess } from "./lsp-process.mjs";

const quick = process.argv.includes("--quick");
// `--readme`: rewrite the README section from the last saved results, without measuring again.
if (process.argv.includes("--readme")) {
  const saved = JSON.parse(readFileSync(`${repoRoot}bench/.work/lsp-results.json`, "utf8"));
  saved.coldCheckMs ??= coldCheck();
  writeReadme(saved);
  console.log(section(saved));
  process.exit(0);
}
// Outside the repository's dot-folders: yaml-language-server's `yaml.schemas` globs do not match paths
// with a folder starting with "." (bench/.work), and would silently validate nothing.
const workDir = mkdtempSync(`${tmpdir()}/ogi-lsp-bench-`);
mkdirSync(`${repoRoot}bench/.work`, { recursive: true });
const schemaUri = pathToFileURL(`${repoRoot}packages/core/schema/ogi-report.schema.json`).href;
const ourServer = `${repoRoot}packages/lsp/dist/server.js`;
const ylsBin = `${repoRoot}node_modules/yaml-language-server/bin/yaml-language-server`;
for (const needed of [ourServer, ylsBin]) if (!existsSync(needed)) throw new Error(`${needed} missing: run pnpm install && pnpm build`);

const capabilities = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false }, workspaceFolders: true },
  textDocument: {
    synchronization: { didSave: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
    hover: { contentFormat: ["markdown", "plaintext"] },
    completion: { completionItem: { snippetSupport: true } },
  },
};

const servers = [
  {
    name: "ogi (ours)",
    start: () => new LspProcess(process.execPath, [ourServer, "--stdio"], { settings: { ogi: { locale: "zh-CN" } } }),
  },
  {
    name: "yaml-language-server 2.0.0",
    start: () =>
      new LspProcess(process.execPath, [ylsBin, "--stdio"], {
        settings: {
          yaml: {
            validate: true,
            hover: true,
            completion: true,
            format: { enable: false },
            schemas: { [schemaUri]: ["*.yaml"] },
            schemaStore: { enable: false, url: "" },
            yamlVersion: "1.2",
          },
          http: { proxy: "", proxyStrictSSL: false },
          editor: { tabSize: 2 },
          "[yaml]": {},
        },
      }),
  },
];

/** A fresh process's first check (what the server's warm-up pays once): mostly compiling the schema validator. */
function coldCheck() {
  const script = `const c = await import(${JSON.stringify(`${repoRoot}packages/core/dist/index.js`)}); const t = performance.now(); c.checkText(c.reportSkeleton({ template: "2021" })); console.log(performance.now() - t);`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  return Number(run.stdout.trim());
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, median: at(0.5), p95: at(0.95), min: s[0], max: s[s.length - 1] };
}

/** Open a document, then change one cell N times, each time timing didChange → publishDiagnostics. */
async function latency(server, doc, samples) {
  const lsp = server.start();
  try {
    await lsp.initialize(pathToFileURL(workDir).href, capabilities);
    lsp.notify("workspace/didChangeConfiguration", { settings: lsp.settings });
    const path = `${workDir}/${doc.file}`;
    writeFileSync(path, doc.text);
    const uri = pathToFileURL(path).href;
    const published = (m) => m.method === "textDocument/publishDiagnostics" && m.params.uri === uri;
    const opened = performance.now();
    const first = lsp.next(published, 120_000);
    lsp.notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text: doc.text } });
    const firstPublish = await first;
    const openMs = performance.now() - opened;
    const site = editSite(doc.text);
    let version = 1;
    const times = [];
    let diagnosticsSeen = firstPublish.params.diagnostics.length;
    let cpuStart = 0;
    for (let i = 0; i < samples + 5; i++) {
      if (i === 5) cpuStart = lsp.cpuMs();
      version++;
      const range = { start: { line: site.line, character: site.character }, end: { line: site.line, character: site.character + site.length } };
      const next = lsp.next(published, 120_000);
      const t0 = performance.now();
      lsp.notify("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ range, text: site.values[i % 2] }] });
      const message = await next;
      const dt = performance.now() - t0;
      diagnosticsSeen = Math.max(diagnosticsSeen, message.params.diagnostics.length);
      if (i >= 5) times.push(dt); // the first five warm the JIT
      await sleep(5);
    }
    // The server's CPU per measured edit (the 5 ms pauses between edits cost it nothing).
    const cpuPerEditMs = (lsp.cpuMs() - cpuStart) / samples;
    return { openMs, ...stats(times), cpuPerEditMs, diagnosticsSeen, rssMB: lsp.rssMB() };
  } finally {
    await lsp.stop();
  }
}

/** Resident memory of our server after the first 100 edits and after 10,000. */
async function memory(doc, edits) {
  const lsp = servers[0].start();
  try {
    await lsp.initialize(pathToFileURL(workDir).href, capabilities);
    const path = `${workDir}/${doc.file}`;
    const uri = pathToFileURL(path).href;
    const published = (m) => m.method === "textDocument/publishDiagnostics" && m.params.uri === uri;
    const first = lsp.next(published);
    lsp.notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text: doc.text } });
    await first;
    const site = editSite(doc.text);
    const curve = [];
    for (let i = 1; i <= edits; i++) {
      const range = { start: { line: site.line, character: site.character }, end: { line: site.line, character: site.character + site.length } };
      const next = lsp.next((m) => published(m) && m.params.version === i + 1);
      lsp.notify("textDocument/didChange", { textDocument: { uri, version: i + 1 }, contentChanges: [{ range, text: site.values[i % 2] }] });
      await next;
      if (i === 100 || i % 1000 === 0 || i === edits) curve.push({ edits: i, rssMB: lsp.rssMB() });
    }
    return curve;
  } finally {
    await lsp.stop();
  }
}

/** Both servers must really be checking with our schema: a misspelt key has to draw a diagnostic. */
async function probe(server) {
  const lsp = server.start();
  try {
    await lsp.initialize(pathToFileURL(workDir).href, capabilities);
    lsp.notify("workspace/didChangeConfiguration", { settings: lsp.settings });
    const path = `${workDir}/schema-probe.yaml`;
    const text = 'template: "2021"\nagencyy: 测试局\nyear: 2025\n';
    writeFileSync(path, text);
    const uri = pathToFileURL(path).href;
    const got = lsp.next((m) => m.method === "textDocument/publishDiagnostics" && m.params.uri === uri && m.params.diagnostics.length > 0, 30_000);
    lsp.notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text } });
    const message = await got;
    return { server: server.name, diagnostics: message.params.diagnostics.length };
  } finally {
    await lsp.stop();
  }
}

const started = new Date();
const load = loadavg();
const results = { date: started.toISOString(), node: process.version, cpu: cpus()[0]?.model, cores: cpus().length, loadBefore: load, rows: [] };
results.coldCheckMs = coldCheck();
results.probe = [];
for (const server of servers) results.probe.push(await probe(server));
const plan = [
  { doc: documents[0], samples: { "ogi (ours)": quick ? 50 : 300, "yaml-language-server 2.0.0": quick ? 10 : 40 } },
  { doc: documents[1], samples: { "ogi (ours)": quick ? 10 : 40, "yaml-language-server 2.0.0": quick ? 3 : 10 } },
];
for (const { doc, samples } of plan) {
  for (const server of servers) {
    process.stderr.write(`${server.name} on ${doc.name}… `);
    const r = await latency(server, doc, samples[server.name]);
    process.stderr.write(`median ${r.median.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms\n`);
    results.rows.push({ server: server.name, document: doc.name, bytes: Buffer.byteLength(doc.text), ...r });
  }
}
process.stderr.write("memory over edits… ");
results.memory = await memory(documents[0], quick ? 1000 : 10_000);
process.stderr.write("done\n");
results.loadAfter = loadavg();
writeFileSync(`${repoRoot}bench/.work/lsp-results.json`, JSON.stringify(results, null, 2));
rmSync(workDir, { recursive: true, force: true });
if (!quick) writeReadme(results);
console.log(section(results));

function section(r) {
  const fmt = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  const lines = [
    "## Language server",
    "",
    "`node bench/lsp/run.mjs` (after `pnpm build`). didChange → publishDiagnostics over stdio, one cell edited per",
    "change (toggling 一、本年新收 自然人 between 293 and 294, which breaks and mends three identities), the next change sent",
    "after the previous publish; the first five changes warm up and are not counted. yaml-language-server 2.0.0 is given",
    "our schema through `yaml.schemas` with the schema store disabled, and is measured on the same files in the same run.",
    "",
    `Measured ${r.date.slice(0, 10)} on ${r.cores} × ${r.cpu}, Node ${r.node}; load average ${r.loadBefore.map((x) => x.toFixed(1)).join(" / ")} before, ${r.loadAfter.map((x) => x.toFixed(1)).join(" / ")} after (other work was running on the machine).`,
    "",
    "| document | server | samples | median ms | p95 ms | min ms | max ms | server CPU per edit ms | open → first publish ms | diagnostics |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...r.rows.map(
      (x) =>
        `| ${x.document} (${(x.bytes / 1024).toFixed(0)} KiB) | ${x.server} | ${x.n} | ${fmt(x.median)} | ${fmt(x.p95)} | ${fmt(x.min)} | ${fmt(x.max)} | ${x.cpuPerEditMs === undefined ? "—" : fmt(x.cpuPerEditMs)} | ${fmt(x.openMs)} | up to ${x.diagnosticsSeen} |`,
    ),
    "",
    "Wall times run from didChange sent to publishDiagnostics received, so they include waiting for a core on a busy machine; the server's CPU per edit (user + system of its process over the measured edits, from /proc) is what an edit costs it whatever else runs.",
    "",
  ];
  const ours10 = r.rows.find((x) => x.server === "ogi (ours)" && x.document.includes("10 KB"));
  const yls10 = r.rows.find((x) => x.server !== "ogi (ours)" && x.document.includes("10 KB"));
  const ours1m = r.rows.find((x) => x.server === "ogi (ours)" && x.document.includes("1 MB"));
  const m100 = r.memory.find((m) => m.edits === 100);
  const mEnd = r.memory[r.memory.length - 1];
  const growth = ((mEnd.rssMB - m100.rssMB) / m100.rssMB) * 100;
  const verdict = (ok) => (ok ? "met" : "**missed**");
  lines.push(
    "| target | measured | |",
    "|---|---|---|",
    `| report: our median ≤ 1/10 of yaml-language-server's | ${fmt(ours10.median)} ms vs ${fmt(yls10.median)} ms (${(yls10.median / ours10.median).toFixed(0)}×) | ${verdict(ours10.median * 10 <= yls10.median)} |`,
    `| report: our median < 20 ms | ${fmt(ours10.median)} ms (p95 ${fmt(ours10.p95)} ms) | ${verdict(ours10.median < 20)} |`,
    `| 1 MB: our median < 150 ms | ${fmt(ours1m.median)} ms (p95 ${fmt(ours1m.p95)} ms) | ${verdict(ours1m.median < 150)} |`,
    `| issue 13: 1 MB, one cell edited, median ≤ 20 ms to diagnostics (33 ms before) | ${fmt(ours1m.median)} ms | ${verdict(ours1m.median <= 20)} |`,
    `| issue 13: 1 MB, one cell edited, p95 ≤ 60 ms | ${fmt(ours1m.p95)} ms | ${verdict(ours1m.p95 <= 60)} |`,
    `| RSS after ${mEnd.edits.toLocaleString("en")} edits within 10 % of after 100 | ${m100.rssMB.toFixed(1)} MB → ${mEnd.rssMB.toFixed(1)} MB (${growth >= 0 ? "+" : ""}${growth.toFixed(1)} %) | ${verdict(Math.abs(growth) <= 10)} |`,
    "",
    `Resident memory of our server over the edits (MB): ${r.memory.map((m) => `${m.edits.toLocaleString("en")}: ${m.rssMB.toFixed(1)}`).join(" · ")}.`,
    "",
    "Where a 1 MB edit's time went (issue 13; `node --cpu-prof` on an unminified build of the server, one cell edited",
    "under unchanged prose): about half of each check was text-figure reading the 1 MB 「总体情况」 again (normalising it,",
    "finding its sentence and clause ends, running the phrase patterns), and a tenth the schema's minLength counting the",
    "prose's code points in a JavaScript loop; parsing, the position conversion and the JSON-RPC message (a few hundred",
    "bytes) were small. Now a long prose part is read once per distinct words and year (core keeps the last few readings)",
    "and only its figures are compared with the tables on each check; a string without a high surrogate has as many code",
    "points as code units (one native regex scan); prose without full-width digits is not copied. What is left per edit is",
    "mostly the YAML reader over 1 MB, the schema validation and garbage collection of the new text.",
    "",
    `Open → first publish: the schema validator is precompiled in core (ajv standalone code), so a fresh process's first`,
    `check took ${fmt(r.coldCheckMs)} ms on this machine; the rest is the server starting and the first check before the JIT has`,
    "optimized it. The 1 MB report is prose-heavy (a long 「一、总体情况」), as real",
    "reports are; a document whose bulk is YAML structure is bound by the YAML parser (about 3.7 MB/s here, see",
    "shared/TOOLCHAIN.md), so about 300 ms per check for 1 MB of structure.",
    "",
    `Schema check: a probe document with a misspelt key drew ${r.probe.map((p) => `${p.diagnostics} diagnostic(s) from ${p.server}`).join(" and ")}, so yaml-language-server was validating with our schema; it reports nothing on the measured documents because they fit the schema (a schema cannot state that figures add up).`,
    "",
  );
  return lines.join("\n");
}

function writeReadme(r) {
  const file = `${repoRoot}bench/README.md`;
  const start = "<!-- lsp-bench:start -->";
  const end = "<!-- lsp-bench:end -->";
  const block = `${start}\n${section(r)}${end}`;
  let readme = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n\nBenchmarks, not tests: each section says how to run it and what it measured.\n\n";
  if (readme.includes(start) && readme.includes(end)) {
    readme = readme.slice(0, readme.indexOf(start)) + block + readme.slice(readme.indexOf(end) + end.length);
  } else {
    readme = `${readme.trimEnd()}\n\n${block}\n`;
  }
  writeFileSync(file, readme);
}
