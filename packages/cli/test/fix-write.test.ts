import { chmodSync, copyFileSync, linkSync, readdirSync, readFileSync, statSync, symlinkSync, lstatSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, fixturesDir, runOgi, tempDir } from "./harness.js";

interface Json {
  files: { file: string; findings: { ruleId: string; path: string }[] }[];
}

function workspace(): { dir: string; report: string; text: string } {
  const dir = tempDir("ogi-fix-");
  const report = join(dir, "r.yaml");
  copyFileSync(join(fixturesDir, "broken.yaml"), report);
  return { dir, report, text: readFileSync(report, "utf8") };
}

const findingsOf = (stdout: string) => (JSON.parse(stdout) as Json).files[0]!.findings.map((f) => `${f.ruleId} ${f.path}`);

describe("--fix writes safely", () => {
  beforeAll(assertBuilt);

  it("replaces the file in one step, keeping its mode, and leaves no temporary file", async () => {
    const { dir, report, text } = workspace();
    chmodSync(report, 0o640);
    const r = await runOgi(["check", "--fix", "r.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("2 fixes applied in 1 file");
    const fixed = readFileSync(report, "utf8");
    expect(fixed).not.toBe(text);
    expect(fixed).toContain("licensing: 12");
    expect(statSync(report).mode & 0o7777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(["r.yaml"]);
  });

  it("through a symlink, fixes the target and keeps the link", async () => {
    const { dir, report } = workspace();
    symlinkSync("r.yaml", join(dir, "link.yaml"));
    const r = await runOgi(["check", "--fix", "link.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(lstatSync(join(dir, "link.yaml")).isSymbolicLink()).toBe(true);
    expect(readFileSync(report, "utf8")).toContain("licensing: 12");
  });

  it("a file with two hard links is fixed in place, so both names see the fix", async () => {
    const { dir, report } = workspace();
    linkSync(report, join(dir, "other.yaml"));
    const r = await runOgi(["check", "--fix", "r.yaml"], { cwd: dir });
    expect(r.stdout).toContain("2 fixes applied in 1 file");
    expect(readFileSync(join(dir, "other.yaml"), "utf8")).toBe(readFileSync(report, "utf8"));
    expect(readFileSync(report, "utf8")).toContain("licensing: 12");
    expect(readdirSync(dir).sort()).toEqual(["other.yaml", "r.yaml"]);
  });

  it("a read-only file is left alone and reported as it is on disk, not as fixed", async () => {
    const { dir, report, text } = workspace();
    const unfixed = await runOgi(["check", "-f", "json", "r.yaml"], { cwd: dir });
    chmodSync(report, 0o444);
    const r = await runOgi(["check", "--fix", "r.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ogi: not fixed: r.yaml is read-only; the findings are those of the file as it is on disk");
    expect(r.stdout).not.toMatch(/fix(es)? applied/);
    expect(r.stdout).toContain("2 problems fixable with `--fix`");
    expect(readFileSync(report, "utf8")).toBe(text);

    const asJson = await runOgi(["check", "--fix", "-f", "json", "r.yaml"], { cwd: dir });
    expect(asJson.code).toBe(2);
    expect(findingsOf(asJson.stdout)).toEqual(findingsOf(unfixed.stdout));
    expect(readFileSync(report, "utf8")).toBe(text);
  });

  it("refuses to overwrite an edit saved while the check ran", async () => {
    // Reading the file sets its access time (relatime: once the access time is older than the change time), which
    // tells this test, without any hook in the CLI, the moment between the CLI reading the file and writing it back.
    // On a machine so busy that this test wakes only after the CLI has finished, it tries again.
    for (let attempt = 1; ; attempt++) {
      const { dir, report, text } = workspace();
      const past = new Date("2001-01-01T00:00:00Z");
      utimesSync(report, past, new Date());
      const edited = text.replace("agency: 福建省人力资源和社会保障厅", "agency: 福建省人力资源和社会保障厅（编辑中）");
      const running = runOgi(["check", "--fix", "r.yaml"], { cwd: dir });
      const deadline = Date.now() + 20_000;
      while (statSync(report).atimeMs === past.getTime() && Date.now() < deadline);
      expect(statSync(report).atimeMs, "the CLI read the report").not.toBe(past.getTime());
      const missed = readFileSync(report, "utf8") !== text;
      if (!missed) writeFileSync(report, edited);
      const r = await running;
      if (missed && attempt < 5) continue;
      expect(missed, "the edit landed while the CLI was checking").toBe(false);
      expect(readFileSync(report, "utf8")).toBe(edited);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("ogi: not fixed: r.yaml changed on disk while it was checked; it was left as it is (run --fix again)");
      expect(r.stdout).not.toMatch(/fix(es)? applied/);
      expect(readdirSync(dir)).toEqual(["r.yaml"]);
      return;
    }
  });
});
