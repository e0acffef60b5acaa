import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ciSnippet, ogiOnPath, repoDir } from "./ci-snippets.js";
import { assertBuilt, fixturesDir, tempDir } from "./harness.js";

/**
 * The hooks of .pre-commit-hooks.yaml run by Debian's pre-commit (apt `pre-commit`), installed from a local
 * repository path (no network), with the configuration docs/ci.md gives, on a temporary git repository.
 */
const version = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
if (version.status !== 0) throw new Error("pre-commit is not installed (apt-get install pre-commit): this test needs it");

let root: string;
let hooksRepo: string;
let hooksRev: string;
let env: Record<string, string>;

function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

function git(cwd: string, ...args: string[]) {
  const r = run("git", args, cwd);
  if (r.code !== 0) throw new Error(`git ${args.join(" ")}: ${r.out}`);
  return r.out.trim();
}

beforeAll(() => {
  assertBuilt();
  root = tempDir("ogi-pre-commit-");
  env = {
    PATH: `${ogiOnPath(root)}:${process.env.PATH ?? ""}`,
    HOME: root,
    LANG: "en_US.UTF-8",
    PRE_COMMIT_HOME: join(root, "cache"),
    GIT_AUTHOR_NAME: "Test",
    GIT_AUTHOR_EMAIL: "test@example.org",
    GIT_COMMITTER_NAME: "Test",
    GIT_COMMITTER_EMAIL: "test@example.org",
    GIT_CONFIG_NOSYSTEM: "1",
  };
  // The hooks' repository: this checkout's .pre-commit-hooks.yaml, committed where pre-commit can clone it offline.
  hooksRepo = join(root, "ogi-report");
  mkdirSync(hooksRepo);
  git(hooksRepo, "init", "-q", "-b", "main");
  copyFileSync(join(repoDir, ".pre-commit-hooks.yaml"), join(hooksRepo, ".pre-commit-hooks.yaml"));
  git(hooksRepo, "add", ".pre-commit-hooks.yaml");
  git(hooksRepo, "commit", "-q", "-m", "hooks");
  hooksRev = git(hooksRepo, "rev-parse", "HEAD");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A team's repository with the docs' configuration, pointing at the local hooks repository. */
function teamRepo(name: string, config: string): string {
  const dir = join(root, name);
  mkdirSync(join(dir, "reports"), { recursive: true });
  git(dir, "init", "-q", "-b", "main");
  const local = config.replace("https://github.com/ogi-report/ogi-report", hooksRepo).replace(/rev: .*/, `rev: ${hooksRev}`);
  expect(local).not.toBe(config);
  writeFileSync(join(dir, ".pre-commit-config.yaml"), local);
  git(dir, "add", ".pre-commit-config.yaml");
  const installed = run("pre-commit", ["install"], dir);
  expect(installed.code, installed.out).toBe(0);
  return dir;
}

function commit(dir: string, ...files: string[]) {
  git(dir, "add", ...files);
  return run("git", ["commit", "-q", "-m", `add ${files.join(", ")}`], dir);
}

const commits = (dir: string) => run("git", ["rev-list", "--count", "HEAD"], dir).out.trim();

describe("pre-commit hooks", () => {
  it("ogi-check (the docs' configuration) blocks a commit with a broken report and lets the corrected one pass", () => {
    const dir = teamRepo("check", ciSnippet(".pre-commit-config.yaml"));
    copyFileSync(join(fixturesDir, "broken.yaml"), join(dir, "reports", "2025.yaml"));
    // Not a report, and outside `files:`: never handed to ogi.
    writeFileSync(join(dir, "docker-compose.yml"), "services: {}\n");
    const blocked = commit(dir, "reports/2025.yaml", "docker-compose.yml");
    expect(blocked.code, blocked.out).not.toBe(0);
    expect(blocked.out).toMatch(/ogi check .*Failed/);
    expect(blocked.out).toContain("t3-row-total");
    expect(blocked.out).toContain("reports/2025.yaml");
    expect(blocked.out).not.toContain("docker-compose.yml");
    expect(run("git", ["rev-parse", "--verify", "-q", "HEAD"], dir).code).not.toBe(0);

    copyFileSync(join(fixturesDir, "clean.yaml"), join(dir, "reports", "2025.yaml"));
    const passed = commit(dir, "reports/2025.yaml", "docker-compose.yml");
    expect(passed.code, passed.out).toBe(0);
    expect(passed.out).toMatch(/ogi check .*Passed/);
    expect(commits(dir)).toBe("1");
  });

  it("ogi-check honours --max-warnings from the docs' args: a report with warnings only is blocked", () => {
    const dir = teamRepo("warnings", ciSnippet(".pre-commit-config.yaml"));
    copyFileSync(join(fixturesDir, "warnings.yaml"), join(dir, "reports", "2025.yaml"));
    const blocked = commit(dir, "reports/2025.yaml");
    expect(blocked.code, blocked.out).not.toBe(0);
    expect(blocked.out).toContain("too many warnings");
  });

  it("ogi-fix applies the safe fixes and stops the commit; staged again, the fixed report passes", () => {
    const config = ciSnippet(".pre-commit-config.yaml").replace("- id: ogi-check", "- id: ogi-fix\n        files: ^reports/.*\\.ya?ml$\n      - id: ogi-check");
    const dir = teamRepo("fix", config);
    const report = join(dir, "reports", "2025.yaml");
    const clean = readFileSync(join(fixturesDir, "clean.yaml"), "utf8");
    const fixable = clean.replace(/^ {2}licensing: (\d+)$/m, '  licensing: "$1"');
    expect(fixable).not.toBe(clean);
    writeFileSync(report, fixable);
    const stopped = commit(dir, "reports/2025.yaml");
    expect(stopped.code, stopped.out).not.toBe(0);
    expect(stopped.out).toContain("files were modified by this hook");
    expect(readFileSync(report, "utf8")).toBe(clean);
    const passed = commit(dir, "reports/2025.yaml");
    expect(passed.code, passed.out).toBe(0);
    expect(commits(dir)).toBe("1");
  });

  it("by default hooks only *.ogi.yaml files, so other YAML is never checked as a report", () => {
    const manifest = readFileSync(join(repoDir, ".pre-commit-hooks.yaml"), "utf8");
    const dir = teamRepo("default-files", `repos:\n  - repo: https://github.com/ogi-report/ogi-report\n    rev: main\n    hooks:\n      - id: ogi-check\n`);
    expect(manifest).toContain("files: \\.ogi\\.ya?ml$");
    copyFileSync(join(fixturesDir, "broken.yaml"), join(dir, "reports", "city.ogi.yaml"));
    writeFileSync(join(dir, "reports", "notes.yaml"), "title: not a report\n");
    const blocked = commit(dir, "reports/city.ogi.yaml", "reports/notes.yaml");
    expect(blocked.code, blocked.out).not.toBe(0);
    expect(blocked.out).toContain("reports/city.ogi.yaml");
    expect(blocked.out).not.toContain("notes.yaml");
  });
});
