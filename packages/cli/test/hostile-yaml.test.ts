import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, fixturesDir, runOgi, tempDir } from "./harness.js";

/** One cell of 10,000 nested flow mappings: it once overflowed the stack and cost every other file its findings. */
const deep = "template: \"2021\"\nagency: x\nyear: 2025\nnote: " + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000) + "\n";

beforeAll(assertBuilt);

describe("one bad file does not cost the others", () => {
  const folder = () => {
    const dir = tempDir();
    copyFileSync(join(fixturesDir, "broken.yaml"), join(dir, "a-broken.yaml"));
    writeFileSync(join(dir, "b-deep.yaml"), deep);
    copyFileSync(join(fixturesDir, "clean.yaml"), join(dir, "c-clean.yaml"));
    return dir;
  };

  for (const [name, env] of [
    ["one thread", {}],
    ["worker threads", { OGI_WORKERS: "2", OGI_WORKERS_ONLY: "1" }],
  ] as const) {
    it(`ogi check folder --format json prints every file's findings (${name})`, async () => {
      const dir = folder();
      const result = await runOgi(["check", ".", "--format", "json"], { cwd: dir, env });
      expect(result.stderr).toBe("");
      expect(result.code).toBe(1);
      const report = JSON.parse(result.stdout) as { files: { file: string; findings: { ruleId: string; message: string; range: { start: { line: number; character: number } } }[] }[] };
      expect(report.files.map((f) => f.file)).toEqual(["a-broken.yaml", "b-deep.yaml", "c-clean.yaml"]);
      const [broken, bad, clean] = report.files;
      expect(broken!.findings.length).toBeGreaterThan(0);
      expect(broken!.findings.every((f) => f.ruleId !== "yaml-syntax")).toBe(true);
      expect(bad!.findings.map((f) => f.ruleId)).toEqual(["yaml-syntax"]);
      expect(bad!.findings[0]!.message).toMatch(/Nesting too deep/);
      expect(bad!.findings[0]!.range.start).toEqual({ line: 3, character: expect.any(Number) });
      expect(bad!.findings[0]!.range.start.character).toBeGreaterThan(6);
      expect(clean!.findings).toEqual([]);
    });
  }

  it("ogi render says where the file is too deep, with exit 2 and no stack trace", async () => {
    const dir = folder();
    const result = await runOgi(["render", "b-deep.yaml", "--to", "md"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^ogi: cannot render b-deep\.yaml:4:\d+: Nesting too deep/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("--fix on the folder fixes the others and leaves the deep file as it was", async () => {
    const dir = folder();
    writeFileSync(join(dir, "d-fixable.yaml"), readFileSync(join(fixturesDir, "clean.yaml"), "utf8").replace(/licensing: 0/, 'licensing: "０"'));
    const result = await runOgi(["check", ".", "--fix", "--format", "json"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(readFileSync(join(dir, "b-deep.yaml"), "utf8")).toBe(deep);
    expect(readFileSync(join(dir, "d-fixable.yaml"), "utf8")).toMatch(/licensing: 0/);
  });
});

describe("line breaks: \\r\\n, \\r and \\n each end a line, as in LSP", () => {
  const clean = readFileSync(join(fixturesDir, "clean.yaml"), "utf8");
  const lines = clean.split("\n");
  const licensing = lines.findIndex((l) => l.startsWith("  licensing:"));
  const broken = clean.replace("licensing: 0", "licensing: x");
  type Report = { files: { findings: { ruleId: string; range: { start: { line: number; character: number } } }[] }[] };
  const check = async (text: string) => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.yaml"), text);
    const result = await runOgi(["check", "r.yaml", "--format", "json"], { cwd: dir });
    return { code: result.code, findings: (JSON.parse(result.stdout) as Report).files[0]!.findings };
  };

  it("a lone CR in a comment moves the finding one line down, where an editor shows the cell", async () => {
    const text = broken.replace(/\n(\s*#[^\n]*)\n/, "\n$1\r# more\n");
    const crAt = text.indexOf("\r");
    expect(crAt).toBeGreaterThan(0);
    expect(crAt).toBeLessThan(text.indexOf("licensing: x"));
    const { findings } = await check(text);
    expect(findings.map((f) => [f.ruleId, f.range.start])).toEqual([["cell-value", { line: licensing + 1, character: "  licensing: ".length }]]);
  });

  it("a file whose every line ends in a lone CR reads as lines", async () => {
    expect(await check(clean.replace(/\n/g, "\r"))).toEqual({ code: 0, findings: [] });
    const { code, findings } = await check(broken.replace(/\n/g, "\r"));
    expect(code).toBe(1);
    expect(findings.map((f) => [f.ruleId, f.range.start])).toEqual([["cell-value", { line: licensing, character: "  licensing: ".length }]]);
  });

  it("CRLF reads as LF does", async () => {
    expect(await check(broken.replace(/\n/g, "\r\n"))).toEqual(await check(broken));
  });
});

describe("what ogi check reads, and what --fix changes, through the binary", () => {
  const clean = readFileSync(join(fixturesDir, "clean.yaml"), "utf8");
  const inDir = (text: string) => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.yaml"), text);
    return dir;
  };
  const rulesOf = (stdout: string) => (JSON.parse(stdout) as { files: { findings: { ruleId: string }[] }[] }).files[0]!.findings.map((f) => f.ruleId);

  it("%YAML 1.1 is an error, and 0445 is read as 445 (not octal 293, which would balance)", async () => {
    const text = "%YAML 1.1\n---\n" + clean.replace("newReceived:        [293,", "newReceived:        [0445,");
    const result = await runOgi(["check", "r.yaml", "--format", "json"], { cwd: inDir(text) });
    expect(result.code).toBe(1);
    expect(rulesOf(result.stdout)).toEqual(expect.arrayContaining(["yaml-syntax", "t3-row-total"]));
  });

  it("a duplicate key under `# ogi-disable-next-line yaml-syntax` still fails the check", async () => {
    const text = clean.replace("  carriedOver:        [5, 0, 0, 0, 0, 0, 5]\n", "  carriedOver:        [5, 0, 0, 0, 0, 0, 5]\n  # ogi-disable-next-line yaml-syntax -- 重复\n  carriedOver:        [5, 0, 0, 0, 0, 0, 5]\n");
    const result = await runOgi(["check", "r.yaml", "--format", "json"], { cwd: inDir(text) });
    expect(result.code).toBe(1);
    expect(rulesOf(result.stdout)).toEqual(["yaml-syntax", "suppression"]);
  });

  it("--fix keeps a line of prose that reads like a suppression comment", async () => {
    const text = clean + "  # ogi-disable-next-line t4-total -- 正文里的一行\n";
    const dir = inDir(text);
    const result = await runOgi(["check", "r.yaml", "--fix"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, "r.yaml"), "utf8")).toBe(text);
  });

  it("--fix removes only the unused rule id, keeps the reason, and the check then passes", async () => {
    const broken = clean.replace("review:                [1, 0, 0, 0, 1]", "review:                [1, 0, 0, 0, 2]");
    const text = broken.replace("  review:", "  # ogi-disable-next-line t4-total, cell-value -- 含往年结转案件\n  review:");
    const dir = inDir(text);
    const before = await runOgi(["check", "r.yaml"], { cwd: dir });
    expect(before.code).toBe(0); // an unused suppression is a warning
    const result = await runOgi(["check", "r.yaml", "--fix"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, "r.yaml"), "utf8")).toBe(broken.replace("  review:", "  # ogi-disable-next-line t4-total -- 含往年结转案件\n  review:"));
  });
});
