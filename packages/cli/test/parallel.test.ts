import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { checkJob, checkInParallel, type FileJob } from "../src/check/parallel.js";
import { describeFsError } from "../src/report-error.js";
import { assertBuilt, packageDir, repoDir, runOgi, tempDir } from "./harness.js";

/**
 * `OGI_WORKERS=n` spreads files over worker threads: the output must be the one-thread output, byte for byte, in the
 * same order. OGI_WORKERS_ONLY=1 keeps the main thread out, so every file is checked in a worker.
 */
let dir: string;

beforeAll(() => {
  assertBuilt();
  dir = tempDir("ogi-parallel-");
  const sources = [
    ...["examples", "examples/broken", "fixtures/corpus"].flatMap((d) =>
      readdirSync(join(repoDir, d))
        .filter((f) => f.endsWith(".yaml"))
        .map((f) => join(repoDir, d, f)),
    ),
  ];
  // Two folders with different settings (the second's config turns a rule off and speaks English), each report
  // as it is and with one figure changed, so tables and prose disagree in many ways.
  mkdirSync(join(dir, "en"));
  writeFileSync(join(dir, "en", ".ogi.yaml"), "locale: en\nrules:\n  t3-row-total: off\n  text-figure: error\n");
  sources.forEach((file, i) => {
    const text = readFileSync(file, "utf8");
    const folder = i % 2 === 0 ? dir : join(dir, "en");
    const name = file.split("/").slice(-2).join("-");
    writeFileSync(join(folder, name), text);
    let n = 0;
    writeFileSync(join(folder, `changed-${name}`), text.replace(/\b(\d+)\b/g, (d) => (++n === 20 ? String(Number(d) + 3) : d)));
  });
  writeFileSync(join(dir, "notes.yaml"), "not: a report\n"); // found by the walk, skipped
});

const formats = ["json", "stylish", "sarif", "junit", "github"];
const workerScript = () => pathToFileURL(join(packageDir, "dist", "check-worker.js"));

describe("checking on worker threads", () => {
  for (const format of formats) {
    it(`gives the one-thread output (${format})`, async () => {
      const args = ["check", "-f", format, "."];
      const one = await runOgi(args, { cwd: dir, env: { OGI_WORKERS: "0" } });
      expect(one.code).toBe(1);
      expect(one.stdout.length).toBeGreaterThan(1000);
      const envs: Record<string, string>[] = [{ OGI_WORKERS: "2", OGI_WORKERS_ONLY: "1" }, { OGI_WORKERS: "1" }, { OGI_WORKERS: "3" }];
      for (const env of envs) {
        const many = await runOgi(args, { cwd: dir, env });
        expect({ code: many.code, stderr: many.stderr }, JSON.stringify(env)).toEqual({ code: one.code, stderr: one.stderr });
        expect(many.stdout === one.stdout, `${JSON.stringify(env)}: stdout differs`).toBe(true);
      }
    });
  }

  it("reports in input order, every file once", async () => {
    const one = JSON.parse((await runOgi(["check", "-f", "json", "."], { cwd: dir, env: { OGI_WORKERS: "0" } })).stdout);
    const many = JSON.parse((await runOgi(["check", "-f", "json", "."], { cwd: dir, env: { OGI_WORKERS: "2", OGI_WORKERS_ONLY: "1" } })).stdout);
    const files = many.files.map((f: { file: string }) => f.file);
    expect(files).toEqual(one.files.map((f: { file: string }) => f.file));
    expect(new Set(files).size).toBe(files.length);
    expect(files).not.toContain("notes.yaml");
  });

  it("in a worker, every file's findings are the ones the main thread finds", async () => {
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".yaml") && !f.endsWith("notes.yaml"));
    const settings = [{ locale: "zh-CN" as const, rules: {} }, { locale: "en" as const, rules: { "t3-row-total": "off" as const } }];
    const jobs: FileJob[] = files.map((f) => ({ display: f, absPath: join(dir, f), explicit: false, settings: f.startsWith("en") ? 1 : 0 }));
    const run = { fix: false, cwd: dir };
    const { outcomes, byWorkers } = await checkInParallel(jobs, settings, run, { workers: 2, workersOnly: true, script: workerScript() });
    expect(byWorkers).toBe(jobs.length);
    expect(outcomes).toEqual(jobs.map((job) => checkJob(job, settings[job.settings]!, run)));
    expect(outcomes.filter((o) => (o.result?.findings.length ?? 0) > 0).length).toBeGreaterThan(20);
  });

  it("brings a file's read error back from a worker with its code and words", async () => {
    const jobs: FileJob[] = [
      { display: "gone.yaml", absPath: join(dir, "gone.yaml"), explicit: true, settings: 0 },
      { display: "seed", absPath: join(repoDir, "examples", "seed-2025.yaml"), explicit: true, settings: 0 },
    ];
    const settings = [{ locale: "en" as const, rules: {} }];
    const run = { fix: false, cwd: dir };
    const { outcomes: viaWorker, byWorkers } = await checkInParallel(jobs, settings, run, { workers: 1, workersOnly: true, script: workerScript() });
    expect(byWorkers).toBe(jobs.length);
    const here = jobs.map((job) => checkJob(job, settings[0]!, run));
    const words = (o: (typeof here)[number]) => o.problems.map((p) => (p.kind === "unreadable" ? describeFsError(p.error, "en") : p.kind));
    expect(viaWorker.map(words)).toEqual(here.map(words));
    expect(words(viaWorker[0]!)).toEqual(["no such file or directory"]);
    expect(viaWorker[1]).toEqual(here[1]);
  });
});
