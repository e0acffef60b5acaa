import { spawn, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { checkText } from "@ogi-report/core";
import { example } from "./helpers/examples.js";
import { repoRoot, serverPath } from "./helpers/lsp-client.js";

/**
 * Emacs (Debian's emacs-nox 28 with elpa-eglot) as a real client, configured with the block of docs/editors.md
 * and nothing else: diagnostics arrive in Flymake for an unbalanced report, and a quick fix chosen through
 * `eglot-code-actions` edits the buffer, after which the server re-checks the edited text.
 */
const emacs = spawnSync("emacs", ["--version"], { encoding: "utf8" });
if (emacs.status !== 0) throw new Error("emacs is not installed (apt-get install emacs-nox elpa-eglot): this test needs it");
const eglot = spawnSync("emacs", ["--batch", "-q", "--eval", "(progn (require 'eglot) (princ (locate-library \"eglot\")))"], { encoding: "utf8" });
if (eglot.status !== 0) throw new Error("eglot is not installed (apt-get install elpa-eglot): this test needs it");

/** The Emacs block of docs/editors.md, as a reader copies it into an init file. */
function docsInitFile(): string {
  const page = readFileSync(join(repoRoot, "docs", "editors.md"), "utf8");
  const blocks = [...page.matchAll(/^```elisp\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  expect(blocks.length, "docs/editors.md has one elisp block: the tested configuration").toBe(1);
  return blocks[0]!;
}

interface Seen {
  line: number;
  col: number;
  type: string;
  text: string;
}

test(`emacs (${emacs.stdout.split("\n")[0]}, ${/eglot-[\d.]+/.exec(eglot.stdout)?.[0] ?? "eglot"}) shows the diagnostics of an unbalanced report and applies a quick fix`, async () => {
  const ex = example("broken/t3-balance.yaml");
  const core = checkText(ex.text, { locale: "zh-CN" }).findings;
  const target = core.find((f) => f.path === "/applications/carriedForward/0")!;
  expect(target.fixes[0]!.edits[0]!.newText).toBe("3");

  const dir = mkdtempSync(join(tmpdir(), "ogi-emacs-"));
  try {
    // A project (eglot asks project.el for one): a git repository holding the report.
    const project = join(dir, "project");
    mkdirSync(project);
    expect(spawnSync("git", ["init", "-q", project]).status).toBe(0);
    const report = join(project, "report.yaml");
    copyFileSync(ex.path, report);
    // `ogi-language-server` on the PATH, as `npm install --global @ogi-report/lsp` gives it.
    const bin = join(dir, "bin");
    mkdirSync(bin);
    writeFileSync(join(bin, "ogi-language-server"), `#!/bin/sh\nexec "${process.execPath}" "${serverPath}" "$@"\n`);
    chmodSync(join(bin, "ogi-language-server"), 0o755);
    const init = join(dir, "init.el");
    writeFileSync(init, docsInitFile());
    const out = join(dir, "out.json");

    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn("emacs", ["--batch", "-q", "-l", init, "-l", join(repoRoot, "packages/lsp/test/emacs/drive.el")], {
        cwd: project,
        env: {
          PATH: `${bin}:${process.env.PATH ?? ""}`,
          HOME: dir,
          LANG: "en_US.UTF-8",
          OGI_REPORT: report,
          OGI_OUT: out,
          OGI_FIX_LINE: String(target.range.start.line),
          OGI_FIX_COL: String(target.range.start.character),
        },
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error(`emacs did not finish within 60 s:\n${stderr}`));
      }, 60_000);
      child.on("exit", (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(code).toBe(0);
    const got = JSON.parse(readFileSync(out, "utf8")) as {
      error?: string;
      mode: string;
      server: string;
      diagnostics: Seen[];
      before: string;
      offered: string[];
      after: string;
      diagnosticsAfter: Seen[];
    };
    expect(got.error).toBeUndefined();
    expect(got.mode).toBe("yaml-mode");
    expect(got.server).toBe("(ogi-language-server --stdio)");

    // Every finding of core, where core puts it, in the language the settings ask for (zh-CN).
    const seen = (ds: Seen[]) => ds.map((d) => [d.line, d.col, d.type, d.text]).sort();
    const expected = (text: string) =>
      checkText(text, { locale: "zh-CN" })
        .findings.map((f) => [f.range.start.line, f.range.start.character, `eglot-${f.severity === "info" ? "note" : f.severity}`, `ogi [${f.ruleId}]: ${f.message}`])
        .sort();
    expect(seen(got.diagnostics)).toEqual(expected(ex.text));

    // The quick fix: offered first and taken as the default, it sets the cell and the server re-checks.
    expect(got.offered[0]).toBe(checkText(ex.text, { locale: "zh-CN" }).findings.find((f) => f.path === target.path)!.fixes[0]!.title);
    expect(got.before).toMatch(/^ {2}carriedForward: +\[2, /);
    expect(got.after).toBe(got.before.replace("[2, ", "[3, "));
    const lines = ex.text.split("\n");
    lines[target.range.start.line] = got.after;
    const fixed = lines.join("\n");
    expect(seen(got.diagnosticsAfter)).toEqual(expected(fixed));
    expect(got.diagnosticsAfter.some((d) => d.line === target.range.start.line && d.col === target.range.start.character)).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
