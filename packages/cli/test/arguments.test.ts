import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, runOgi, tempDir } from "./harness.js";

describe("arguments that end up in a written file carry no control characters", () => {
  beforeAll(assertBuilt);

  const cases: [string, string[], string][] = [
    ["init --schema-ref with a newline", ["init", "-o", "r.yaml", "--schema-ref", "./s.json\nagency: injected"], "--schema-ref"],
    ["init --schema-ref to stdout", ["init", "--schema-ref", "./s.json\r# x"], "--schema-ref"],
    ["init --agency with a carriage return", ["init", "-o", "r.yaml", "--agency", "某局\r\u001b[2J"], "--agency"],
    ["init --agency with a bidi override", ["init", "-o", "r.yaml", "--agency", "某\u202e局"], "--agency"],
    ["import --agency with a newline", ["import", "page.txt", "-o", "r.yaml", "--agency", "某局\nyear: 1999"], "--agency"],
  ];
  for (const [name, args, option] of cases) {
    it(`${name}: usage error, exit 2, nothing written`, async () => {
      const dir = tempDir("ogi-args-");
      writeFileSync(join(dir, "page.txt"), "某局2024年政府信息公开工作年度报告\n");
      const r = await runOgi(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(new RegExp(`^ogi (init|import): ${option} holds a control character \\(\\\\u[0-9a-f]{4}\\)`, "m"));
      expect(existsSync(join(dir, "r.yaml"))).toBe(false);
      expect(readdirSync(dir)).toEqual(["page.txt"]);
    });
  }

  it("ordinary Chinese and punctuation pass", async () => {
    const dir = tempDir("ogi-args-");
    const r = await runOgi(["init", "-o", "r.yaml", "--agency", "某市“数据”局（试点）", "--schema-ref", "https://example.org/s.json#x"], { cwd: dir });
    expect(r.code).toBe(0);
  });
});

describe("--max-warnings with a negative number", () => {
  beforeAll(assertBuilt);

  it("-1 means no limit, as in ESLint, written either way", async () => {
    for (const args of [["--max-warnings", "-1"], ["--max-warnings=-1"]]) {
      const r = await runOgi(["check", "warnings.yaml", ...args]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
    }
  });

  it("other negative numbers are a usage error that says so", async () => {
    const r = await runOgi(["check", "warnings.yaml", "--max-warnings", "-2"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ogi check: --max-warnings must be a whole number, 0 or more (or -1 for no limit); got '-2'");
    expect(r.stderr).not.toContain("does not take a value");
  });

  it("a value that starts with a dash elsewhere says how to pass it", async () => {
    const r = await runOgi(["init", "--agency", "-x"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ogi init: option '--agency' needs a value");
    expect(r.stderr).toContain("--agency=-x");
  });
});
