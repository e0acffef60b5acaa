import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { BOUND_MS, fuzzParams, hostileHtml, hostileText, hostileYaml, repoRoot } from "./hostile.js";

const bin = join(repoRoot, "packages", "cli", "dist", "ogi.js");
const dir = mkdtempSync(join(tmpdir(), "ogi-fuzz-cli-"));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The built CLI as a user runs it, killed when it outlives the bound. */
function ogi(args: string[], bound: number): Promise<Run> {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run pnpm build first`);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [bin, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? "", HOME: dir, LANG: "en_US.UTF-8" }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), bound);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - t0 });
    });
  });
}

/** A run of the tool ends with a verdict: findings or a usage/internal error, never a crash or a hang. */
function expectVerdict(run: Run, what: string): void {
  expect(run.ms, `${what}: ${Math.round(run.ms)} ms`).toBeLessThan(BOUND_MS.cli);
  expect([0, 1, 2], `${what}: exit ${run.code}\n${run.stderr.slice(0, 500)}`).toContain(run.code);
  expect(run.stderr, what).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
}

describe("the CLI as a subprocess: a few hostile files per run", () => {
  it("check: every file gets its findings, one bad file costs no other", async () => {
    const files = fc.sample(hostileYaml, { numRuns: Math.max(3, fuzzParams(8).numRuns!), seed: fuzzParams(1).seed ?? Date.now() });
    files.forEach((f, i) => writeFileSync(join(dir, `r${i}.yaml`), f.text));
    // Named one by one: a folder walk passes over YAML that is no report, and every file here must be answered.
    const run = await ogi(["check", ...files.map((_, i) => `r${i}.yaml`), "--format", "json"], BOUND_MS.cli);
    expectVerdict(run, "check");
    const out = JSON.parse(run.stdout) as { files: { file: string }[] };
    expect(out.files.map((f) => f.file).sort()).toEqual(files.map((_, i) => `r${i}.yaml`).sort());
  });

  it("import and render: an answer for every hostile source", async () => {
    const seed = fuzzParams(1).seed ?? Date.now();
    const pages = fc.sample(hostileHtml, { numRuns: 2, seed });
    const texts = fc.sample(hostileText, { numRuns: 2, seed });
    const reports = fc.sample(hostileYaml, { numRuns: 2, seed: seed + 1 });
    const runs: [string, string[]][] = [];
    pages.forEach((p, i) => (writeFileSync(join(dir, `p${i}.html`), p.text), runs.push([`import p${i}.html`, ["import", `p${i}.html`]])));
    texts.forEach((t, i) => (writeFileSync(join(dir, `t${i}.txt`), t.text), runs.push([`import t${i}.txt`, ["import", `t${i}.txt`]])));
    reports.forEach((r, i) => (writeFileSync(join(dir, `m${i}.yaml`), r.text), runs.push([`render m${i}.yaml`, ["render", `m${i}.yaml`, "--to", "md"]])));
    for (const [what, args] of runs) expectVerdict(await ogi(args, BOUND_MS.cli), what);
  });
});
