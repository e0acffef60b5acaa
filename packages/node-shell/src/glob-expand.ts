import { resolve } from "node:path";
import { FileAccessError } from "./access-error.js";
import { compileGlob, GlobError, splitGlobBase } from "./glob.js";
import type { Confinement } from "./project.js";
import { walkFolder } from "./walk.js";

export interface GlobLimits {
  /** Files one glob may name (a summary of a province has a few hundred units). */
  maxMatches: number;
  /** Folder entries looked at for one glob. */
  maxEntries: number;
}

export const defaultGlobLimits: GlobLimits = { maxMatches: 2_000, maxEntries: 50_000 };

/**
 * The files a `units:` glob names, relative to the report's folder, bounded: the glob's fixed part must lead into
 * the project (a pattern such as `/etc/*` or `/**` is refused before anything is listed), the walk never leaves
 * it, stops after `maxEntries` entries, and yields regular files only (a symlink out of the project is dropped).
 * Throws a FileAccessError naming the pattern when refused.
 */
export function expandGlobBounded(pattern: string, baseDir: string, confinement: Confinement, limits: GlobLimits = defaultGlobLimits): string[] {
  const { base, glob } = splitGlobBase(pattern);
  const root = resolve(baseDir, base || ".");
  // `..` after the first wildcard would climb out of the folder the fixed part vouched for.
  if (glob.split("/").includes("..") || !confinement.allows(root)) {
    throw new FileAccessError("outside-project", pattern, {
      zh: "指向本报告所属项目之外，不展开",
      en: "leads outside the report's project, not expanded",
    });
  }
  let isMatch: (path: string) => boolean;
  try {
    isMatch = compileGlob(glob);
  } catch (error) {
    if (!(error instanceof GlobError)) throw error;
    throw new FileAccessError("glob-too-complex", pattern, { zh: "花括号展开后的写法太多，不展开", en: "has too many brace alternatives, not expanded" });
  }
  const depth = glob.includes("**") ? Infinity : glob.split("/").length;
  const walked = walkFolder(root, { accept: (_name, rel) => isMatch(rel), maxDepth: depth, maxEntries: limits.maxEntries });
  const files = walked.files.map((f) => f.abs).filter((abs) => confinement.allows(abs));
  if (walked.truncated || files.length > limits.maxMatches) {
    const n = walked.truncated ? limits.maxEntries : limits.maxMatches;
    throw new FileAccessError("too-many-matches", pattern, {
      zh: `涉及的文件太多（超过 ${n} 个），不展开`,
      en: `reaches too many files (more than ${n}), not expanded`,
    });
  }
  return files.sort();
}
