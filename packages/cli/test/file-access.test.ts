import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { assertBuilt, binPath, repoDir, tempDir } from "./harness.js";

// Issue 17 item 1: a report's references (`previous:`, `units:`, `--config`) are read under one file-access policy:
// inside the report's project, regular files only, within the checker's size limit, globs bounded. Each case is one
// of the reproductions, run against the built CLI with a time bound (before: 10+ GB, exit 134, a hang, a
// walk of the whole disk, /etc listed as findings).

const seed = readFileSync(join(repoDir, "examples", "seed-2025.yaml"), "utf8");
const root = tempDir("ogi-access-");
const project = join(root, "project");
mkdirSync(join(project, ".git"), { recursive: true });
mkdirSync(join(project, "2024"));
mkdirSync(join(project, "2025"));
writeFileSync(join(project, "2024", "report.yaml"), seed.replace("year: 2025", "year: 2024").replace("carriedForward:     [2, 0, 0, 0, 0, 0, 2]", "carriedForward:     [4, 0, 0, 0, 0, 0, 4]"));
writeFileSync(join(root, "outside.yaml"), seed.replace("year: 2025", "year: 2024"));
const fifo = join(project, "2025", "pipe.yaml");
spawnSync("mkfifo", [fifo]);
symlinkSync("/etc/hostname", join(project, "2025", "link.yaml"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Bounded {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The built CLI with a time limit: a case that hangs or reads gigabytes is killed and fails. */
function ogi(args: string[], limitMs = 20_000): Bounded {
  assertBuilt();
  const started = Date.now();
  const r = spawnSync(process.execPath, [binPath, ...args], { cwd: project, encoding: "utf8", timeout: limitMs, killSignal: "SIGKILL", env: { PATH: process.env.PATH ?? "", HOME: root, LANG: "en_US.UTF-8" }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

/** Checks 2025/report.yaml with `lines` after its year, and gives the findings on the references. */
function checkWith(lines: string, extra: string[] = [], limitMs?: number) {
  writeFileSync(join(project, "2025", "report.yaml"), seed.replace("year: 2025\n", `year: 2025\n${lines}\n`));
  const r = ogi(["check", "--format", "json", ...extra, "2025/report.yaml"], limitMs);
  expect(r.signal, `killed after ${r.ms} ms; stderr: ${r.stderr.slice(0, 500)}`).toBeNull();
  expect(r.stderr).toBe("");
  const findings = (JSON.parse(r.stdout) as { files: { findings: { ruleId: string; path: string; message: string }[] }[] }).files[0]!.findings;
  return { r, refs: findings.filter((f) => f.path === "/previous" || f.path.startsWith("/units")) };
}

describe("references outside the report's project are one finding naming them, and nothing is read", () => {
  test("previous: /dev/zero", () => {
    const { refs } = checkWith("previous: /dev/zero");
    expect(refs.map((f) => f.ruleId)).toEqual(["year-carry-over"]);
    expect(refs[0]!.message).toContain("/dev/zero is outside the report's project");
  });

  test('units: ["/proc/self/*"] (was: std::bad_alloc, exit 134)', () => {
    const { r, refs } = checkWith('units: ["/proc/self/*"]');
    expect(r.code).not.toBe(134);
    expect(refs.map((f) => f.ruleId)).toEqual(["sum-of-units"]);
    expect(refs[0]!.message).toContain("/proc/self/* leads outside the report's project");
  });

  test('units: ["/**/*.conf"] does not walk the disk', () => {
    const { r, refs } = checkWith('units: ["/**/*.conf"]', [], 10_000);
    expect(refs.length).toBe(1);
    expect(refs[0]!.message).toContain("/**/*.conf leads outside");
    expect(r.ms).toBeLessThan(10_000);
  });

  test('units: ["/etc/*"] lists no file of /etc', () => {
    const { r, refs } = checkWith('units: ["/etc/*"]');
    expect(refs.length).toBe(1);
    expect(r.stdout).not.toMatch(/passwd|hostname|\/etc\/[a-z]/);
  });

  test("a symlink inside the project that leads out of it", () => {
    const { refs } = checkWith("previous: link.yaml");
    expect(refs.length).toBe(1);
    expect(refs[0]!.message).toContain("link.yaml is outside the report's project");
  });

  test("a path above the repository root, and the same widened with --allow-read", () => {
    expect(checkWith("previous: ../../outside.yaml").refs[0]!.message).toContain("outside.yaml is outside the report's project");
    const widened = checkWith("previous: ../../outside.yaml", ["--allow-read", root]).refs;
    expect(widened.map((f) => f.message).join("\n")).not.toMatch(/outside the report's project|cannot read/);
  });

  test("--previous names a file on the command line: read wherever it is, still only a regular file", () => {
    writeFileSync(join(project, "2025", "report.yaml"), seed);
    const r = ogi(["check", "--format", "json", "--previous", join(root, "outside.yaml"), "2025/report.yaml"]);
    expect(r.stdout).not.toContain("outside the report's project");
    expect(r.stdout).toContain("last year's “4. Carried forward” is 2");
    const fifoNamed = ogi(["check", "--format", "json", "--previous", fifo, "2025/report.yaml"]);
    expect(fifoNamed.signal).toBeNull();
    expect(fifoNamed.stdout).toContain("is not a regular file, not read");
  });

  test("--config outside the project is refused", () => {
    writeFileSync(join(project, "2025", "report.yaml"), seed);
    const r = ogi(["check", "--config", "/etc/passwd", "2025/report.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("outside the project");
    expect(r.stderr).not.toMatch(/root:x:0/);
  });
});

describe("inside the project: regular files only, within the size limit", () => {
  test("previous: ../2024/report.yaml keeps working (the README's layout)", () => {
    const { refs } = checkWith("previous: ../2024/report.yaml");
    expect(refs).toEqual([]);
    const r = ogi(["check", "--format", "json", "2025/report.yaml"]);
    expect(r.stdout).toContain("last year's “4. Carried forward” is 4");
  });

  test("a FIFO named by previous: (was: a hang)", () => {
    const { refs } = checkWith("previous: pipe.yaml");
    expect(refs.map((f) => f.message)).toEqual([`Previous year's report: ${fifo} is not a regular file, not read`]);
  });

  test("a FIFO named on the command line, or met on a walk", () => {
    const named = ogi(["check", "2025/pipe.yaml"]);
    expect(named.signal).toBeNull();
    expect(named.code).toBe(2);
    expect(named.stderr).toContain("2025/pipe.yaml: ");
    expect(named.stderr).toContain("not a regular file");
    writeFileSync(join(project, "2025", "report.yaml"), seed);
    const walked = ogi(["check", "--format", "json", "2025"]);
    expect(walked.signal).toBeNull();
    expect((JSON.parse(walked.stdout) as { files: { file: string }[] }).files.map((f) => f.file)).toEqual(["2025/report.yaml"]);
  });

  test("ogi render of a FIFO or a device: refused at once, not a hang", () => {
    for (const input of [fifo, "/dev/zero"]) {
      const r = ogi(["render", input, "--to", "md"]);
      expect(r.signal).toBeNull();
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("not a regular file");
    }
  });

  test("a units: glob built to make a regular-expression matcher backtrack is answered at once", () => {
    mkdirSync(join(project, "2025", "units"), { recursive: true });
    writeFileSync(join(project, "2025", "units", `${"a".repeat(60)}.yml`), "");
    const { r, refs } = checkWith(`units: ["units/${"*a".repeat(14)}b"]`, [], 10_000);
    expect(r.signal, `killed after ${r.ms} ms`).toBeNull();
    expect(refs.map((f) => f.ruleId)).toEqual(["sum-of-units"]);
    const braces = checkWith(`units: ["units/${"{a,b}".repeat(12)}.yaml"]`, [], 10_000).refs;
    expect(braces.map((f) => f.message)).toEqual([expect.stringContaining("has too many brace alternatives, not expanded")]);
  });

  test("ogi import of a FIFO or a device, and ogi check of a FIFO named .docx/.pdf: refused at once, not a hang", () => {
    const docx = join(project, "2025", "pipe.docx");
    spawnSync("mkfifo", [docx]);
    for (const args of [["import", fifo], ["import", "/dev/zero", "--kind", "text"], ["import", docx], ["check", docx]]) {
      const r = ogi(args, 10_000);
      expect(r.signal, `ogi ${args.join(" ")} was killed after ${r.ms} ms`).toBeNull();
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("not a regular file");
    }
  });

  test("previous: /dev/zero allowed by --allow-read is still not a regular file", () => {
    const { refs } = checkWith("previous: /dev/zero", ["--allow-read", "/dev"]);
    expect(refs.map((f) => f.message)).toEqual(["Previous year's report: /dev/zero is not a regular file, not read"]);
  });

  test("a file larger than the checker's limit is not read", () => {
    writeFileSync(join(project, "2025", "big.yaml"), "");
    truncateSync(join(project, "2025", "big.yaml"), 30_000_000);
    const { refs } = checkWith("previous: big.yaml");
    expect(refs.map((f) => f.message)).toEqual([`Previous year's report: ${join(project, "2025", "big.yaml")} is too large to be a report, not read`]);
    const named = ogi(["check", "2025/big.yaml"]);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain("cannot read 2025/big.yaml: larger than 20 MB, not read");
  });

  test("previous: /proc/self/pagemap allowed by --allow-read is read no further than the size limit", () => {
    const { refs } = checkWith("previous: /proc/self/pagemap", ["--allow-read", "/proc"]);
    expect(refs.length).toBe(1);
    expect(refs[0]!.message).toMatch(/pagemap (is too large to be a report|cannot be read)|cannot read/);
  });
});
