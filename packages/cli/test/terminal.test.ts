import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { captureIo, main } from "../src/main.js";
import { assertBuilt, fixturesDir, runOgi, tempDir } from "./harness.js";

/** What a terminal acts on or what reorders or breaks a line: none of it may reach the screen from a report. */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * The clean fixture, made hostile with YAML's own escapes: an agency that sets the window title and hides text
 * behind a right-to-left override, a key that paints the screen red and returns to the line's start, and a cell
 * that clears the screen and prints a fake all-clear.
 */
function hostileReport(dir: string, name = "r.yaml"): string {
  const text = readFileSync(join(fixturesDir, "clean.yaml"), "utf8")
    .replace("agency: 福建省人力资源和社会保障厅", 'agency: "福建\\e]0;pwned\\a省\\u202e厅\\u2066"')
    .replace("year: 2025", 'year: 2025\n"evil\\e[31mkey\\r": 1')
    .replace("  penalty: 0", '  penalty: "\\e[2J\\r\\u2028\\x9b✔ no problems"');
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe("terminal output shows control characters escaped", () => {
  beforeAll(assertBuilt);

  it("stylish: keys, cell values and file names", async () => {
    const dir = tempDir("ogi-term-");
    hostileReport(dir);
    hostileReport(dir, "bad\u001b[2Jname.yaml");
    const r = await runOgi(["check", "r.yaml", "bad\u001b[2Jname.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(UNSAFE);
    expect(r.stdout).toContain("evil\\u001b[31mkey\\u000d");
    expect(r.stdout).toContain("\\u001b[2J\\u000d\\u2028\\u009b✔ no problems");
    expect(r.stdout).toContain("bad\\u001b[2Jname.yaml");
    // Every finding still on a line of its own: 2 files × 2 findings, 2 file headings, the summary.
    expect(r.stdout.split("\n").filter((l) => /^\s+\d+:\d+/.test(l))).toHaveLength(4);
  });

  it("stderr: names of files that cannot be read", async () => {
    const dir = tempDir("ogi-term-");
    symlinkSync("nowhere", join(dir, "gone\u001b\u0007\r.yaml"));
    const r = await runOgi(["check", "gone\u001b\u0007\r.yaml", "none\u001b*.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("cannot read gone\\u001b\\u0007\\u000d.yaml");
    expect(r.stderr).toContain("no files match none\\u001b*.yaml");
    expect(r.stderr).not.toMatch(UNSAFE);
  });

  it("the progress line on a terminal: file names", async () => {
    const dir = tempDir("ogi-term-");
    for (let i = 0; i < 25; i++) hostileReport(dir, `r${String(i).padStart(2, "0")}\u001b]0;t\u0007.yaml`);
    const io = captureIo({ cwd: dir, stderrIsTTY: true, env: { LANG: "en_US.UTF-8" } });
    expect(await main(["check", "."], io)).toBe(1);
    expect(io.err).toContain("\\u001b]0;t\\u0007.yaml");
    // The progress line's own erase sequence is the only escape on stderr.
    expect(io.err.replaceAll("\r\u001b[K", "")).not.toMatch(UNSAFE);
  });

  it("audit text: agency and file names", async () => {
    const dir = tempDir("ogi-term-");
    hostileReport(dir, "r\u202e.yaml");
    const r = await runOgi(["audit", "."], { cwd: dir });
    expect(r.stdout).not.toMatch(UNSAFE);
    expect(r.stdout).toContain("福建\\u001b]0;pwned\\u0007省\\u202e厅\\u2066");
    expect(r.stdout).toContain("r\\u202e.yaml");
  });

  it("JSON keeps the text exact", async () => {
    const dir = tempDir("ogi-term-");
    hostileReport(dir);
    const r = await runOgi(["check", "-f", "json", "r.yaml"], { cwd: dir });
    const messages = (JSON.parse(r.stdout) as { files: { findings: { message: string }[] }[] }).files[0]!.findings.map((f) => f.message);
    expect(messages.some((m) => m.includes("evil\u001b[31mkey\r"))).toBe(true);
  });
});
