import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { captureIo, main } from "../src/main.js";
import { fixturesDir, tempDir } from "./harness.js";

/** `main(argv, io)` in-process: what only an Io can show (TTYs, a failing stdin) and the contract other front ends use. */
const en = { LANG: "en_US.UTF-8" };
const ESC = "\x1b[";

describe("main(argv, io)", () => {
  it("returns the exit code and writes through the Io only", async () => {
    const io = captureIo({ cwd: fixturesDir, env: en });
    expect(await main(["check", "clean.yaml"], io)).toBe(0);
    expect(io.out).toBe("✔ 1 file checked, no problems\n");
    expect(io.err).toBe("");
    const broken = captureIo({ cwd: fixturesDir, env: en });
    expect(await main(["check", "broken.yaml"], broken)).toBe(1);
  });

  it("colours stylish output on a TTY only, and never with NO_COLOR or into a file", async () => {
    const tty = captureIo({ cwd: fixturesDir, env: en, stdoutIsTTY: true });
    await main(["check", "broken.yaml"], tty);
    expect(tty.out).toContain(`${ESC}31merror`);

    const pipe = captureIo({ cwd: fixturesDir, env: en, stdoutIsTTY: false });
    await main(["check", "broken.yaml"], pipe);
    expect(pipe.out).not.toContain(ESC);

    const noColor = captureIo({ cwd: fixturesDir, env: { ...en, NO_COLOR: "1" }, stdoutIsTTY: true });
    await main(["check", "broken.yaml"], noColor);
    expect(noColor.out).not.toContain(ESC);

    const dir = tempDir();
    const toFile = captureIo({ cwd: fixturesDir, env: en, stdoutIsTTY: true });
    await main(["check", "broken.yaml", "-o", join(dir, "out.txt")], toFile);
    expect(readFileSync(join(dir, "out.txt"), "utf8")).toContain("t3-row-total");
    expect(readFileSync(join(dir, "out.txt"), "utf8")).not.toContain(ESC);
    expect(toFile.out).toBe("");
  });

  it("shows a progress line on a TTY stderr when more than 20 files are checked, and erases it", async () => {
    const dir = tempDir();
    for (let i = 0; i < 21; i++) copyFileSync(join(fixturesDir, "clean.yaml"), join(dir, `r${String(i).padStart(2, "0")}.yaml`));
    const tty = captureIo({ cwd: dir, env: en, stderrIsTTY: true });
    expect(await main(["check", "."], tty)).toBe(0);
    expect(tty.err).toMatch(/^\r\x1b\[Kchecking 1\/21 r00\.yaml/);
    expect(tty.err.endsWith("\r\x1b[K")).toBe(true);
    expect(tty.out).toBe("✔ 21 files checked, no problems\n");

    const pipe = captureIo({ cwd: dir, env: en, stderrIsTTY: false });
    await main(["check", "."], pipe);
    expect(pipe.err).toBe("");

    const few = tempDir();
    for (let i = 0; i < 20; i++) copyFileSync(join(fixturesDir, "clean.yaml"), join(few, `r${i}.yaml`));
    const quiet = captureIo({ cwd: few, env: en, stderrIsTTY: true });
    await main(["check", "."], quiet);
    expect(quiet.err).toBe("");
  });

  it("reads standard input through the Io, and a failing stdin is a read error (exit 2), not a crash", async () => {
    const io = captureIo({ cwd: fixturesDir, env: en, stdin: readFileSync(join(fixturesDir, "clean.yaml"), "utf8") });
    expect(await main(["check", "-f", "json", "-"], io)).toBe(0);
    expect(JSON.parse(io.out).files[0].file).toBe("<stdin>");

    const failing = captureIo({ cwd: fixturesDir, env: en, readStdin: () => Promise.reject(Object.assign(new Error("boom"), { code: "EIO" })) });
    expect(await main(["check", "-", "clean.yaml"], failing)).toBe(2);
    expect(failing.err).toBe("ogi: cannot read <stdin>: boom\n");
    expect(failing.out).toContain("1 file checked");
  });

  it("turns anything thrown into exit 2 and one line, never a stack trace (unless OGI_DEBUG)", async () => {
    const io = captureIo({ cwd: fixturesDir, env: en });
    io.stdout = () => {
      throw new Error("write EIO\n    at Socket.write (node:net:1:1)");
    };
    expect(await main(["check", "clean.yaml"], io)).toBe(2);
    expect(io.err).toBe("ogi: internal error: write EIO\n(set OGI_DEBUG=1 for details; please report this)\n");
  });

  it("resolves relative paths against io.cwd, not the process's folder", async () => {
    const io = captureIo({ cwd: join(fixturesDir, "project"), env: en });
    expect(await main(["check", "-f", "json", "--no-config", "a.yaml"], io)).toBe(1);
    expect(JSON.parse(io.out).files[0].file).toBe("a.yaml");
  });

  it("appends the GitHub step summary to $GITHUB_STEP_SUMMARY, keeping what earlier steps wrote", async () => {
    const dir = tempDir();
    const summary = join(dir, "summary.md");
    writeFileSync(summary, "earlier step\n");
    const io = captureIo({ cwd: fixturesDir, env: { ...en, GITHUB_STEP_SUMMARY: summary } });
    expect(await main(["check", "-f", "github", "clean.yaml"], io)).toBe(0);
    expect(io.out).toBe("");
    expect(readFileSync(summary, "utf8")).toBe("earlier step\n### ogi: 1 file checked, no problems\n\n");
  });

  it("escapes file names in GitHub annotation properties", async () => {
    const dir = tempDir();
    copyFileSync(join(fixturesDir, "broken.yaml"), join(dir, "a,b:c%.yaml"));
    const io = captureIo({ cwd: dir, env: en });
    await main(["check", "-f", "github", "a,b:c%.yaml"], io);
    expect(io.out).toContain("::error file=a%2Cb%3Ac%25.yaml,line=19,col=14,endLine=19,endColumn=16,title=cell-value::");
  });

  it("--fix writes only files that changed and keeps comments and layout", async () => {
    const dir = tempDir();
    copyFileSync(join(fixturesDir, "broken.yaml"), join(dir, "broken.yaml"));
    copyFileSync(join(fixturesDir, "clean.yaml"), join(dir, "clean.yaml"));
    const before = readFileSync(join(dir, "broken.yaml"), "utf8");
    const io = captureIo({ cwd: dir, env: en });
    expect(await main(["check", "--fix", "broken.yaml", "clean.yaml"], io)).toBe(1);
    const after = readFileSync(join(dir, "broken.yaml"), "utf8");
    // Exactly the two safe edits: the full-width digits and the quoted number; every other line as it was.
    const changed = before.split("\n").map((line, i) => [line, after.split("\n")[i]]).filter(([a, b]) => a !== b);
    expect(changed).toEqual([
      ["  licensing: １２   # full-width digits: safe fix", "  licensing: 12   # full-width digits: safe fix"],
      ['  penalty: "3"', "  penalty: 3"],
    ]);
    expect(readFileSync(join(dir, "clean.yaml"), "utf8")).toBe(readFileSync(join(fixturesDir, "clean.yaml"), "utf8"));
    // Nothing safe is left to fix.
    const again = captureIo({ cwd: dir, env: en });
    await main(["check", "-f", "json", "broken.yaml"], again);
    for (const f of JSON.parse(again.out).files[0].findings) expect(f.fixes.some((x: { safe: boolean }) => x.safe)).toBe(false);
  });
});
