import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inThreads } from "../src/check/threads.js";
import { auditTask, type AuditJob } from "../src/commands/audit/audit-task.js";
import { convertWithLibreOffice, scratch } from "../../import/test/office.js";
import { assertBuilt, binPath, packageDir, repoDir, runOgi } from "./harness.js";

/**
 * `ogi check` and `ogi audit` on one thread and on several give the same bytes: a folder of a few hundred mixed
 * files (report YAML as it is and with a figure changed, broken YAML, pages, Markdown, Word, PDF, and files that are
 * no report at all), run with OGI_WORKERS=0 (the main thread alone), as it comes (enough files for worker threads on
 * a machine with two cores or more), with three workers, and with workers only (OGI_WORKERS_ONLY=1: every file
 * in a worker).
 */
const work = scratch("ogi-threads-");
const dir = join(work.dir, "mixed");
const sources = [
  ...["examples", "fixtures/corpus"].flatMap((d) =>
    readdirSync(join(repoDir, d))
      .filter((f) => f.endsWith(".yaml"))
      .sort()
      .map((f) => join(repoDir, d, f)),
  ),
];
const broken = readdirSync(join(repoDir, "examples/broken")).filter((f) => f.endsWith(".yaml")).sort().map((f) => join(repoDir, "examples/broken", f));

/** The report with its n-th figure raised by 3, so tables and prose disagree somewhere else each time. */
const changed = (text: string, n: number) => {
  let i = 0;
  return text.replace(/\b(\d+)\b/g, (d) => (++i === n ? String(Number(d) + 3) : d));
};

const render = (from: string, to: "html" | "md" | "docx", out: string) => execFileSync(process.execPath, [binPath, "render", from, "--to", to, "-o", out], { stdio: ["ignore", "ignore", "pipe"] });

beforeAll(() => {
  assertBuilt();
  mkdirSync(join(dir, "yaml"), { recursive: true });
  mkdirSync(join(dir, "pages"));
  mkdirSync(join(dir, "documents"));
  for (const file of [...sources, ...broken]) {
    const text = readFileSync(file, "utf8");
    const name = basename(file, ".yaml");
    copyFileSync(file, join(dir, "yaml", `${name}.yaml`));
    for (const n of [5, 20, 40, 80, 160]) writeFileSync(join(dir, "yaml", `${name}-${n}.yaml`), changed(text, n));
  }
  for (const [i, file] of sources.entries()) {
    const name = basename(file, ".yaml");
    const variant = join(work.dir, `${name}-20.yaml`);
    writeFileSync(variant, changed(readFileSync(file, "utf8"), 20));
    render(file, "html", join(dir, "pages", `${name}.html`));
    render(variant, "html", join(dir, "pages", `${name}-20.html`));
    render(file, "md", join(dir, "pages", `${name}.md`));
    if (i % 3 === 0) render(i % 2 ? variant : file, "docx", join(dir, "documents", `${name}.docx`));
  }
  const docx = readdirSync(join(dir, "documents")).sort().slice(0, 2).map((f) => join(dir, "documents", f));
  convertWithLibreOffice(docx, "pdf", join(dir, "documents"));
  // Files that are no report: each must be accounted for the same way on every thread.
  writeFileSync(join(dir, "pages", "notes.txt"), "会议记录：今年没有表格。\n");
  writeFileSync(join(dir, "pages", "政府信息公开指南.html"), "<html><body><p>政府信息公开指南：申请方式与受理机构。</p></body></html>");
  writeFileSync(join(dir, "yaml", "ci.yaml"), "steps:\n  - run: make\n");
  writeFileSync(join(dir, "documents", "damaged.docx"), "PK\u0003\u0004 not really a zip");
}, 600_000);
afterAll(() => work.remove());

const configs: [string, Record<string, string>][] = [
  ["as it comes", {}],
  ["three workers", { OGI_WORKERS: "3" }],
  ["workers only", { OGI_WORKERS: "2", OGI_WORKERS_ONLY: "1" }],
];

describe("one thread or several: the same bytes out", () => {
  it("the folder holds a few hundred files of every kind", () => {
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => /\.\w+$/.test(f));
    expect(files.length).toBeGreaterThan(200);
    for (const ext of [".yaml", ".html", ".md", ".txt", ".docx", ".pdf"]) expect(files.some((f) => f.endsWith(ext)), ext).toBe(true);
    // "As it comes" starts workers only where there is a second core.
    expect(availableParallelism()).toBeGreaterThan(1);
  });

  for (const format of ["json", "text"]) {
    it(`ogi audit --format ${format}`, async () => {
      const args = ["audit", "--format", format, "mixed"];
      const one = await runOgi(args, { cwd: work.dir, env: { OGI_WORKERS: "0" } });
      expect(one.code).toBe(2); // the damaged Word file is unreadable
      if (format === "json") {
        const statuses = new Set(JSON.parse(one.stdout).files.map((f: { status: string }) => f.status));
        expect([...statuses].sort()).toEqual(["checked", "no-table", "not-a-report", "unreadable"]);
        expect(JSON.parse(one.stdout).reports.length).toBeGreaterThan(200);
      }
      // Every way of spreading the files for JSON; the text outputs as the files come (the same findings, laid out).
      for (const [name, env] of format === "json" ? configs : configs.slice(0, 1)) {
        const many = await runOgi(args, { cwd: work.dir, env });
        expect({ code: many.code, stderr: many.stderr }, name).toEqual({ code: one.code, stderr: one.stderr });
        expect(many.stdout === one.stdout, `${name}: stdout differs`).toBe(true);
      }
    }, 600_000);
  }

  for (const format of ["json", "stylish"]) {
    it(`ogi check --format ${format}`, async () => {
      const args = ["check", "--format", format, "mixed"];
      const one = await runOgi(args, { cwd: work.dir, env: { OGI_WORKERS: "0" } });
      expect(one.code).toBe(1);
      if (format === "json") expect(JSON.parse(one.stdout).files.length).toBeGreaterThan(200);
      // Every way of spreading the files for JSON; the text outputs as the files come (the same findings, laid out).
      for (const [name, env] of format === "json" ? configs : configs.slice(0, 1)) {
        const many = await runOgi(args, { cwd: work.dir, env });
        expect({ code: many.code, stderr: many.stderr }, name).toEqual({ code: one.code, stderr: one.stderr });
        expect(many.stdout === one.stdout, `${name}: stdout differs`).toBe(true);
      }
    }, 600_000);
  }

  it("audit files really are done in workers, and come back as the main thread does them", async () => {
    const names = ["documents", "pages"].flatMap((d) => readdirSync(join(dir, d)).sort().map((f) => join(d, f)));
    const jobs: AuditJob[] = names.map((n) => ({ display: n, path: join(dir, n), explicit: false }));
    const shared = { locale: "en" as const };
    const script = pathToFileURL(join(packageDir, "dist", "check-worker.js"));
    const { outcomes, byWorkers } = await inThreads(jobs, shared, { task: "audit", workers: 2, workersOnly: true, script, here: auditTask });
    expect(byWorkers).toBe(jobs.length);
    const here = [];
    for (const job of jobs) here.push(await auditTask(job, shared));
    expect(outcomes).toEqual(here);
    expect(outcomes.filter((o) => o.entry.status === "checked").length).toBeGreaterThan(30);
  }, 600_000);
});
