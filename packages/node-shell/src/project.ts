import { existsSync, realpathSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve, sep } from "node:path";
import { CONFIG_FILE_NAMES } from "@ogi-report/core";
import { configDistrust } from "./trust.js";

/**
 * The report's project, the folder its references may reach: the nearest folder upwards with a (trusted)
 * config file, else the repository root (a `.git` entry), else `fallback` (the folder the command runs in, the
 * editor's workspace folder) when the report lies inside it, else the folder above the report's own (so that
 * `previous: ../2024/report.yaml` still works for a lone report). The search ends at the home folder.
 */
export function projectRootOf(reportDir: string, fallback: string | undefined, home = homedir()): string {
  const start = resolve(reportDir);
  for (let dir = start; ; dir = dirname(dir)) {
    if (CONFIG_FILE_NAMES.some((name) => existsSync(join(dir, name)) && !configDistrust(join(dir, name)))) return dir;
    if (existsSync(join(dir, ".git"))) return dir;
    if (dir === home || dirname(dir) === dir) break;
  }
  if (fallback !== undefined && isInside(start, resolve(fallback))) return resolve(fallback);
  return dirname(start);
}

/** `path` is `root` or below it (both absolute, compared as written). */
export function isInside(path: string, root: string): boolean {
  if (path === root) return true;
  return path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * The real path of `path` with symlinks resolved, also for a path that does not exist yet (its nearest existing
 * folder resolved, the rest appended): a reference is judged by where it really leads.
 */
export function realPathOf(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    const parent = dirname(abs);
    if (parent === abs) return abs;
    return join(realPathOf(parent), abs.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)));
  }
}

/** Folders a reference may lead into: the project, and what the user allowed on top (`--allow-read`, `ogi.allowRead`). */
export class Confinement {
  private readonly roots: string[];

  constructor(roots: readonly string[]) {
    this.roots = roots.map((r) => realPathOf(r));
  }

  allows(path: string): boolean {
    const real = realPathOf(path);
    return this.roots.some((root) => isInside(real, root));
  }

  get folders(): readonly string[] {
    return this.roots;
  }
}
