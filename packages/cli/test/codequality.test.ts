import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, fixturesDir, runOgi, tempDir } from "./harness.js";

/** GitLab's Code Quality report: the documented fields, exactly (docs.gitlab.com, "Code Quality report format"). */
interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

let repo: string;
beforeAll(() => {
  assertBuilt();
  repo = tempDir("ogi-codequality-");
  mkdirSync(join(repo, "reports", "2025"), { recursive: true });
  cpSync(join(fixturesDir, "broken.yaml"), join(repo, "reports", "2025", "city.yaml"));
  cpSync(join(fixturesDir, "broken.yaml"), join(repo, "reports", "county.yaml"));
  cpSync(join(fixturesDir, "clean.yaml"), join(repo, "reports", "clean.yaml"));
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

async function report(...files: string[]): Promise<{ code: number | null; issues: Issue[] }> {
  const r = await runOgi(["check", "--format", "codequality", ...files], { cwd: repo });
  expect(r.stderr).toBe("");
  return { code: r.code, issues: JSON.parse(r.stdout) as Issue[] };
}

describe("--format codequality", () => {
  it("writes GitLab's fields and nothing else, at the lines and severities of the findings", async () => {
    const { code, issues } = await report("reports");
    expect(code).toBe(1);
    const json = JSON.parse((await runOgi(["check", "--format", "json", "reports"], { cwd: repo })).stdout) as {
      files: { file: string; findings: { ruleId: string; severity: string; message: string; range: { start: { line: number } } }[] }[];
    };
    const expected = json.files.flatMap((f) =>
      f.findings.map((x) => ({ check_name: x.ruleId, path: f.file, begin: x.range.start.line + 1, severity: { error: "major", warning: "minor", info: "info" }[x.severity], message: x.message })),
    );
    expect(expected.length).toBeGreaterThan(5);
    expect(issues.map((i) => ({ check_name: i.check_name, path: i.location.path, begin: i.location.lines.begin, severity: i.severity, message: i.description.replace(/ \([\w-]+\)$/, "") }))).toEqual(expected);
    for (const issue of issues) {
      expect(Object.keys(issue)).toEqual(["description", "check_name", "fingerprint", "severity", "location"]);
      expect(Object.keys(issue.location)).toEqual(["path", "lines"]);
      expect(Object.keys(issue.location.lines)).toEqual(["begin"]);
      expect(["info", "minor", "major", "critical", "blocker"]).toContain(issue.severity);
      expect(issue.location.path).toMatch(/^reports\/[\w/]+\.yaml$/);
      expect(Number.isInteger(issue.location.lines.begin) && issue.location.lines.begin >= 1).toBe(true);
      expect(issue.description).toContain(`(${issue.check_name})`);
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    }
    // Unique in the report, also between two copies of one report in different folders.
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  });

  it("gives the same fingerprints on every run and when lines move, so GitLab sees no new issue", async () => {
    const file = join(repo, "reports", "county.yaml");
    const before = (await report("reports/county.yaml")).issues;
    expect((await report("reports/county.yaml")).issues).toEqual(before);
    const original = readFileSync(file, "utf8");
    try {
      // Lines inserted above and rows respaced: the same data at other lines.
      writeFileSync(file, "# reviewed by the office\n# second pass\n\n" + original.replace(/\[(\d+), /g, "[ $1 ,  "));
      const after = (await report("reports/county.yaml")).issues;
      expect(after.map((i) => i.location.lines.begin)).not.toEqual(before.map((i) => i.location.lines.begin));
      expect(after.map((i) => [i.check_name, i.fingerprint])).toEqual(before.map((i) => [i.check_name, i.fingerprint]));
    } finally {
      writeFileSync(file, original);
    }
  });

  it("writes an empty array for clean reports (GitLab reads it as: no issues)", async () => {
    const { code, issues } = await report("reports/clean.yaml");
    expect(code).toBe(0);
    expect(issues).toEqual([]);
  });
});
