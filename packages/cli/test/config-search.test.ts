import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { assertBuilt, binPath, repoDir, tempDir } from "./harness.js";

// Issue 17 item 3: a `.ogi.yaml` in a shared parent such as /tmp switched rules off for every report below it. The
// upward search now stops at the repository root or the home folder, and passes over config files another user owns
// or anyone may write (saying so on stderr).

const seed = readFileSync(join(repoDir, "examples", "seed-2025.yaml"), "utf8");
// One slip the config below switches off: 293 + 16 is 309, not 310.
const slipped = seed.replace("newReceived:        [293, 16, 0, 0, 0, 0, 309]", "newReceived:        [293, 16, 0, 0, 0, 0, 310]");
const offConfig = "rules:\n  t3-row-total: off\n";
const root = tempDir("ogi-config-search-");
afterAll(() => rmSync(root, { recursive: true, force: true }));

function rulesFound(dir: string, home = join(root, "nowhere")): { rules: string[]; stderr: string } {
  assertBuilt();
  const r = spawnSync(process.execPath, [binPath, "check", "--format", "json", "report.yaml"], { cwd: dir, encoding: "utf8", timeout: 20_000, env: { PATH: process.env.PATH ?? "", HOME: home, LANG: "en_US.UTF-8" } });
  const findings = (JSON.parse(r.stdout) as { files: { findings: { ruleId: string }[] }[] }).files[0]!.findings;
  return { rules: findings.map((f) => f.ruleId), stderr: r.stderr };
}

function layout(name: string, configMode = 0o644): { top: string; below: string } {
  const top = join(root, name);
  const below = join(top, "reports");
  mkdirSync(below, { recursive: true });
  writeFileSync(join(top, ".ogi.yaml"), offConfig);
  chmodSync(join(top, ".ogi.yaml"), configMode);
  writeFileSync(join(below, "report.yaml"), slipped);
  return { top, below };
}

describe("the upward search for .ogi.yaml", () => {
  test("a config of one's own above the report applies (the search itself works)", () => {
    const { below } = layout("own");
    expect(rulesFound(below).rules).not.toContain("t3-row-total");
  });

  test("a config anyone may write is passed over, and said", () => {
    const { top, below } = layout("shared", 0o666);
    const { rules, stderr } = rulesFound(below);
    expect(rules).toContain("t3-row-total");
    expect(stderr).toBe(`ogi: ignoring the config file ${join(top, ".ogi.yaml")}: anyone can write to it\n`);
  });

  test("the search stops at the repository root", () => {
    const { below } = layout("above-repo");
    mkdirSync(join(below, ".git"));
    expect(rulesFound(below).rules).toContain("t3-row-total");
  });

  test("the search stops at the home folder", () => {
    const { top, below } = layout("above-home");
    const home = join(top, "home");
    mkdirSync(home);
    writeFileSync(join(home, "report.yaml"), slipped);
    expect(rulesFound(home, home).rules).toContain("t3-row-total");
    // The same layout without that home folder: found.
    expect(rulesFound(below).rules).not.toContain("t3-row-total");
  });

  const isRoot = process.getuid?.() === 0;
  test.skipIf(!isRoot)("a config another user owns is passed over (needs root to hand a file to another user; skipped otherwise)", () => {
    const { top, below } = layout("other-user");
    chownSync(join(top, ".ogi.yaml"), 65534, 65534);
    const { rules, stderr } = rulesFound(below);
    expect(rules).toContain("t3-row-total");
    expect(stderr).toContain("owned by another user (uid 65534)");
  });
});
