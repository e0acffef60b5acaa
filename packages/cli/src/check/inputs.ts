import { readdirSync, statSync, type Dirent } from "node:fs";
import { isAbsolute, join, resolve, sep } from "node:path";
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

/** Folders a walk never enters: dependencies and dot-folders (.git, .github, .vscode…). */
function skippedFolder(name: string): boolean {
  return name === "node_modules" || name.startsWith(".");
}

/**
 * Arguments in order → files in order, each once. A named file is checked whatever it holds; files found by
 * walking a folder or matching a glob are candidates, checked only when they look like reports.
 */
export async function resolveInputs(args: string[], cwd: string): Promise<ResolvedInputs> {
  const targets: Target[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (display: string, absPath: string, explicit: boolean) => {
    if (seen.has(absPath)) return;
    seen.add(absPath);
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
      if (stat.isDirectory()) for (const file of walk(absPath, "")) add(join(arg, file.rel), file.abs, false);
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
      for (const m of matches.sort()) add(m, resolve(cwd, m), false);
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

/**
 * *.yaml / *.yml under a folder, sorted so output is the same on every machine. Dot-files (.ogi.yaml is a config)
 * are skipped; symlinked folders are not followed (cycles).
 */
function walk(dir: string, rel: string): { abs: string; rel: string }[] {
  const out: { abs: string; rel: string }[] = [];
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    // The path below the folder given, kept as the walk goes: path.relative per file cost more than the walk.
    const below = rel === "" ? entry.name : rel + sep + entry.name;
    if (entry.isDirectory()) {
      if (!skippedFolder(entry.name)) out.push(...walk(path, below));
    } else if (REPORT_EXTENSIONS.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && isFile(path)))) {
      out.push({ abs: path, rel: below });
    }
  }
  return out;
}

function isFile(path: string): boolean {
  const stat = statOrError(path);
  return !(stat instanceof Error) && stat.isFile();
}

/** A YAML file found by a walk is checked only when it is a report (core decides, as in the editor). */
export { looksLikeReport } from "@ogi-report/core";
