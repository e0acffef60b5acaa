import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ciSnippet, ogiOnPath } from "./ci-snippets.js";
import { assertBuilt, fixturesDir, tempDir } from "./harness.js";

/**
 * The GitLab CI job and the plain shell step of docs/ci.md, run as their runners run them: the job's `script`
 * lines in one bash with `set -eo pipefail` (GitLab's shell executor), stopping at the first failing line.
 * `before_script` installs the CLI from the registry; here `ogi` on PATH is this checkout's build instead.
 */
let root: string;
let bin: string;
beforeAll(() => {
  assertBuilt();
  root = tempDir("ogi-ci-docs-");
  bin = ogiOnPath(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function repository(name: string, reports: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(join(dir, "reports"), { recursive: true });
  for (const [to, from] of Object.entries(reports)) copyFileSync(join(fixturesDir, from), join(dir, "reports", to));
  return dir;
}

function shell(lines: string[], cwd: string) {
  const r = spawnSync("bash", ["--noprofile", "--norc", "-c", ["set -eo pipefail", ...lines].join("\n")], {
    cwd,
    env: { PATH: `${bin}:${process.env.PATH ?? ""}`, HOME: root, LANG: "en_US.UTF-8", CI: "true", GITLAB_CI: "true" },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("docs/ci.md GitLab CI job", () => {
  const job = Object.values(parse(ciSnippet(".gitlab-ci.yml")) as Record<string, { script: string[]; before_script: string[]; artifacts: { when: string; reports: { codequality: string } } }>)[0]!;

  it("writes the Code Quality artifact and fails the job on a broken report", () => {
    const dir = repository("gitlab-broken", { "city.yaml": "broken.yaml", "county.yaml": "clean.yaml" });
    const r = shell(job.script, dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("t3-row-total");
    const artifact = join(dir, job.artifacts.reports.codequality);
    const issues = JSON.parse(readFileSync(artifact, "utf8")) as { check_name: string; location: { path: string } }[];
    expect(issues.length).toBeGreaterThan(3);
    expect(new Set(issues.map((i) => i.location.path))).toEqual(new Set(["reports/city.yaml"]));
    // The artifact is kept for the merge request even though the job failed.
    expect(job.artifacts.when).toBe("always");
    expect(job.before_script.join("\n")).toContain("npm install --global @ogi-report/cli");
  });

  it("passes on clean reports with an empty report, and gates warnings with --max-warnings", () => {
    const clean = repository("gitlab-clean", { "county.yaml": "clean.yaml" });
    const ok = shell(job.script, clean);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(clean, job.artifacts.reports.codequality), "utf8"))).toEqual([]);

    const warned = repository("gitlab-warnings", { "2025.yaml": "warnings.yaml" });
    const gated = shell(job.script, warned);
    expect(gated.code).toBe(1);
    expect(gated.stderr).toContain("too many warnings");
    expect(existsSync(join(warned, job.artifacts.reports.codequality))).toBe(true);
  });
});

describe("docs/ci.md plain shell step", () => {
  const lines = ciSnippet("ci-shell").split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));

  it("exits 1 on errors, 1 on warnings beyond the budget, 0 on clean reports", () => {
    expect(lines.length).toBeGreaterThan(0);
    expect(shell(lines, repository("shell-broken", { "a.yaml": "broken.yaml" })).code).toBe(1);
    expect(shell(lines, repository("shell-warnings", { "a.yaml": "warnings.yaml" })).code).toBe(1);
    expect(shell(lines, repository("shell-clean", { "a.yaml": "clean.yaml" })).code).toBe(0);
  });
});
