import { compileGlob } from "./glob.js";

/**
 * `ogi.files`: globs of files that are reports whatever their content (a report being started has no
 * `template:` line yet), matched as VS Code's `files.*` settings are. A relative glob is matched against the path
 * relative to the workspace folder (and, with no folder, against any tail of the path); an absolute one against
 * the whole path.
 */
export function matchesFiles(globs: readonly string[], path: string | undefined, workspaceFolder: string | undefined): boolean {
  if (!path || globs.length === 0) return false;
  const p = path.replace(/\\/g, "/");
  const folder = workspaceFolder?.replace(/\\/g, "/").replace(/\/?$/, "/");
  const relative = folder && p.startsWith(folder) ? p.slice(folder.length) : undefined;
  return globs.some((glob) => {
    const absolute = glob.startsWith("/") || /^[A-Za-z]:\//.test(glob);
    if (absolute) return globMatcher(glob)(p);
    if (workspaceFolder) return relative !== undefined && globMatcher(glob)(relative);
    return globMatcher(`**/${glob}`)(p);
  });
}

const matchers = new Map<string, (path: string) => boolean>();

/** A glob as a test on `/`-separated paths (dot-files included, as VS Code matches them); compiled once. */
export function globMatcher(glob: string): (path: string) => boolean {
  let m = matchers.get(glob);
  if (!m) {
    try {
      m = compileGlob(glob, { dot: true });
    } catch {
      // A setting whose braces expand beyond the limit is taken to name no file.
      m = () => false;
    }
    if (matchers.size > 256) matchers.clear();
    matchers.set(glob, m);
  }
  return m;
}
