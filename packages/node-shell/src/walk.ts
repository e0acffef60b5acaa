import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from "node:fs";
import { join, sep } from "node:path";

/** A file a walk found: its absolute path, its path below the folder walked, and its identity on disk. */
export interface FoundFile {
  abs: string;
  rel: string;
  /** Its real path: the same file reached twice (a symlink, a second argument) is one file. */
  id: string;
}

/** Something the walk met and could not use: a folder it cannot list, a link that leads nowhere. */
export interface WalkProblem {
  abs: string;
  rel: string;
  error: unknown;
}

export interface WalkResult {
  files: FoundFile[];
  problems: WalkProblem[];
  /** Entries skipped because they are not regular files (FIFOs, sockets, devices). */
  special: { abs: string; rel: string }[];
  /** The walk stopped at `maxEntries`: what it found is incomplete. */
  truncated: boolean;
}

export interface WalkOptions {
  /** Whether a file is wanted, by its name and its path below the root (with `/` between folders). */
  accept: (name: string, rel: string) => boolean;
  /** Folders below the root to go down into at most (1: the root's own files only). */
  maxDepth?: number;
  /** Entries to look at in all before giving up (a glob must not list a whole disk). */
  maxEntries?: number;
  /** Real paths of files found before (by another argument): not found again. */
  seen?: Set<string>;
}

/** Folders a walk never enters: dependencies and dot-folders (.git, .github, .vscode…). */
export function skippedName(name: string): boolean {
  return name === "node_modules" || name.startsWith(".");
}

/** The identity a walk and the arguments share: the real path (symlinks resolved), or the path when it has none. */
export function fileId(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Files under `root` whose names `accept` takes, sorted by name at each level so output is the same on every
 * machine. Dot-entries and node_modules are skipped. Symlinked folders are not entered (`self -> .` and
 * `up -> ..` end here), a folder reached twice is entered once, a symlinked file counts when it
 * leads to a regular file, and FIFOs, sockets and devices are never opened: listed in `special` instead. Each
 * file appears once, however many symlinks lead to it (hard links are separate files here).
 */
export function walkFolder(root: string, options: WalkOptions): WalkResult {
  const { accept, maxDepth = Infinity, maxEntries = Infinity, seen = new Set<string>() } = options;
  const out: WalkResult = { files: [], problems: [], special: [], truncated: false };
  const folders = new Set<string>();
  let budget = maxEntries;
  const visit = (dir: string, rel: string, depth: number) => {
    let entries: Dirent[];
    let realDir: string;
    try {
      realDir = realpathSync(dir);
      if (folders.has(realDir)) return;
      folders.add(realDir);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      out.problems.push({ abs: dir, rel, error });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (out.truncated) return;
      if (--budget < 0) {
        out.truncated = true;
        return;
      }
      if (entry.name.startsWith(".")) continue;
      const abs = join(dir, entry.name);
      // The path below the folder given, kept as the walk goes: path.relative per file cost more than the walk.
      const below = rel === "" ? entry.name : rel + sep + entry.name;
      if (entry.isDirectory()) {
        if (!skippedName(entry.name) && depth < maxDepth) visit(abs, below, depth + 1);
        continue;
      }
      if (!accept(entry.name, sep === "/" ? below : below.split(sep).join("/"))) continue;
      // A plain file needs no system call more (a walk of 100,000 reports stays a listing per folder).
      if (entry.isFile()) {
        add(abs, below, join(realDir, entry.name));
        continue;
      }
      let stat: Stats;
      try {
        stat = statSync(abs);
      } catch (error) {
        out.problems.push({ abs, rel: below, error });
        continue;
      }
      if (stat.isDirectory()) continue;
      if (!stat.isFile()) {
        out.special.push({ abs, rel: below });
        continue;
      }
      add(abs, below, fileId(abs));
    }
  };
  const add = (abs: string, rel: string, id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    out.files.push({ abs, rel, id });
  };
  visit(root, "", 1);
  return out;
}
