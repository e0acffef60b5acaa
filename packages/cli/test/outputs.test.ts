import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, fixturesDir, repoDir, runOgi, tempDir } from "./harness.js";

/** A folder holding a copy of the broken fixture as r.yaml (a report the commands can read). */
function workspace(): { dir: string; report: string; text: string } {
  const dir = tempDir("ogi-out-");
  const report = join(dir, "r.yaml");
  copyFileSync(join(fixturesDir, "broken.yaml"), report);
  return { dir, report, text: readFileSync(report, "utf8") };
}

const page = `<html><body><p>示例县人民政府办公室2024年政府信息公开工作年度报告</p></body></html>`;

describe("-o never destroys what the user wrote", () => {
  beforeAll(assertBuilt);

  // Each command, with its output aimed at its own input.
  const ontoInput: [string, string[]][] = [
    ["render", ["render", "r.yaml", "--to", "md", "-o", "r.yaml"]],
    ["check", ["check", "r.yaml", "-o", "r.yaml"]],
    ["check (a folder's file)", ["check", ".", "-f", "json", "-o", "r.yaml"]],
    ["import", ["import", "r.yaml", "-o", "r.yaml"]],
    ["audit", ["audit", "r.yaml", "--html", "r.yaml"]],
  ];
  for (const [name, args] of ontoInput) {
    it(`${name}: refuses an output that is its input, even with --force`, async () => {
      const { dir, report, text } = workspace();
      for (const extra of [[], ["--force"]]) {
        const r = await runOgi([...args, ...extra], { cwd: dir });
        expect(r.code, r.stderr).toBe(2);
        expect(r.stderr).toMatch(/r\.yaml is the input r\.yaml; an output never overwrites an input/);
        expect(readFileSync(report, "utf8")).toBe(text);
      }
    });
  }

  it("a symlink or a hard link to the input is the input too", async () => {
    const { dir, report, text } = workspace();
    symlinkSync(report, join(dir, "link.yaml"));
    linkSync(report, join(dir, "hard.yaml"));
    mkdirSync(join(dir, "sub"));
    for (const out of ["link.yaml", "hard.yaml", "sub/../r.yaml"]) {
      const r = await runOgi(["render", "r.yaml", "--to", "html", "-o", out, "--force"], { cwd: dir });
      expect(r.code, out).toBe(2);
      expect(r.stderr).toContain("an output never overwrites an input");
    }
    const viaLink = await runOgi(["check", "link.yaml", "-o", "r.yaml", "--force"], { cwd: dir });
    expect(viaLink.code).toBe(2);
    expect(readFileSync(report, "utf8")).toBe(text);
  });

  it("check: --config and --previous are inputs as well", async () => {
    const { dir } = workspace();
    writeFileSync(join(dir, "cfg.yaml"), "rules: {}\n");
    copyFileSync(join(fixturesDir, "clean.yaml"), join(dir, "last.yaml"));
    const cfg = await runOgi(["check", "r.yaml", "-c", "cfg.yaml", "-o", "cfg.yaml", "--force"], { cwd: dir });
    expect(cfg.code).toBe(2);
    expect(readFileSync(join(dir, "cfg.yaml"), "utf8")).toBe("rules: {}\n");
    const prev = await runOgi(["check", "r.yaml", "--previous", "last.yaml", "-o", "last.yaml", "--force"], { cwd: dir });
    expect(prev.code).toBe(2);
    expect(readFileSync(join(dir, "last.yaml"), "utf8")).toBe(readFileSync(join(fixturesDir, "clean.yaml"), "utf8"));
  });

  const ontoOther: [string, string[]][] = [
    ["check", ["check", "r.yaml", "-f", "json", "-o", "out.txt"]],
    ["render", ["render", "r.yaml", "--to", "html", "-o", "out.txt"]],
    ["import", ["import", "page.html", "-o", "out.txt"]],
    ["audit", ["audit", "r.yaml", "--html", "out.txt"]],
    ["init", ["init", "-o", "out.txt"]],
  ];
  for (const [name, args] of ontoOther) {
    it(`${name}: keeps another existing file unless --force`, async () => {
      const { dir } = workspace();
      writeFileSync(join(dir, "page.html"), page);
      const out = join(dir, "out.txt");
      writeFileSync(out, "keep me\n");
      const refused = await runOgi(args, { cwd: dir });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("out.txt already exists; not overwriting it");
      expect(refused.stderr).toContain("--force");
      expect(refused.stdout).toBe("");
      expect(readFileSync(out, "utf8")).toBe("keep me\n");

      const forced = await runOgi([...args, "--force"], { cwd: dir });
      expect(forced.code, forced.stderr).not.toBe(2);
      expect(readFileSync(out, "utf8")).not.toBe("keep me\n");
    });
  }

  it("a new file is written without --force, its folders made", async () => {
    const { dir } = workspace();
    const r = await runOgi(["check", "r.yaml", "-f", "json", "-o", "a/b/out.json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, "a/b/out.json"), "utf8")).summary.files).toBe(1);
  });

  it("says which part of the path is a file, not 'file exists'", async () => {
    const { dir } = workspace();
    writeFileSync(join(dir, "plain"), "");
    for (const out of ["plain/x.json", "plain/deeper/x.json"]) {
      const r = await runOgi(["check", "r.yaml", "-o", out], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`ogi check: cannot write ${out}: plain is a file, not a folder`);
      expect(r.stderr).not.toMatch(/exists/);
    }
    const folder = await runOgi(["render", "r.yaml", "--to", "md", "-o", "."], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain("ogi render: . is a folder, not a file");
    expect(existsSync(join(dir, "plain"))).toBe(true);
  });

  it("the seed renders to a fresh file as before", async () => {
    const dir = tempDir("ogi-out-");
    const r = await runOgi(["render", join(repoDir, "examples/seed-2025.yaml"), "--to", "md", "-o", "seed.md"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "seed.md"), "utf8")).toContain("<table");
  });
});
