import { statSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { fileId, isRegularFile, walkFolder } from "@ogi-report/node-shell";
import { glob } from "tinyglobby";

/** Something to check: a file (named or found) or standard input. */
export type Target =
  | { kind: "file"; display: string; absPath: string; explicit: boolean }
  | { kind: "stdin"; display: "<stdin>" };

/** An argument that leads nowhere: reported on stderr, exit 2, the other files are still checked. */
export interface InputProblem {
  kind: "unreadable" | "no-match";
  display: string;
  error?: unknown;
}

export interface ResolvedInputs {
  targets: Target[];
  problems: InputProblem[];
}

// Reports as YAML, and the Word, PDF, HTML and text documents `ogi check` imports (check/source-document.ts).
const REPORT_EXTENSIONS = /\.(ya?ml|docx|pdf|html?|txt)$/i;
const GLOB_MAGIC = /[*?[\]{}]/;

/**
 * Arguments in order → files in order, each once. A named file is checked whatever it holds; files found by
 * walking a folder or matching a glob are candidates, checked only when they look like reports.
 */
export async function resolveInputs(args: string[], cwd: string): Promise<ResolvedInputs> {
  const targets: Target[] = [];
  const problems: InputProblem[] = [];
  // Real paths: a file reached twice (a symlink, a folder and a file inside it) is checked once.
  const seen = new Set<string>();
  const add = (display: string, absPath: string, explicit: boolean, id = fileId(absPath)) => {
    if (seen.has(id)) return;
    seen.add(id);
    targets.push({ kind: "file", display, absPath, explicit });
  };
  let stdinSeen = false;
  for (const arg of args) {
    if (arg === "-") {
      if (!stdinSeen) targets.push({ kind: "stdin", display: "<stdin>" });
      stdinSeen = true;
      continue;
    }
    const absPath = resolve(cwd, arg);
    const stat = statOrError(absPath);
    if (!(stat instanceof Error)) {
      if (stat.isDirectory()) for (const file of walkFolder(absPath, { accept: (name) => REPORT_EXTENSIONS.test(name) }).files) add(join(arg, file.rel), file.abs, false, file.id);
      else add(arg, absPath, true);
      continue;
    }
    if (GLOB_MAGIC.test(arg)) {
      const matches = await glob(arg, {
        cwd,
        absolute: isAbsolute(arg),
        onlyFiles: true,
        dot: false,
        expandDirectories: false,
        ignore: ["**/node_modules/**"],
      });
      if (matches.length === 0) problems.push({ kind: "no-match", display: arg });
      // A FIFO or a device a glob meets is skipped, as on a walk.
      for (const m of matches.sort()) if (isRegularFile(resolve(cwd, m))) add(m, resolve(cwd, m), false);
      continue;
    }
    problems.push({ kind: "unreadable", display: arg, error: stat });
  }
  return { targets, problems };
}

function statOrError(path: string) {
  try {
    return statSync(path);
  } catch (error) {
    return error as Error;
  }
}

/** A YAML file found by a walk is checked only when it is a report (core decides, as in the editor). */
export { looksLikeReport } from "@ogi-report/core";
