import { accessSync, closeSync, constants, fchmodSync, fchownSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Why a fixed text was not written: the file is left exactly as it was. */
export type ReplaceRefusal = { code: "changed" } | { code: "read-only" } | { code: "failed"; error: unknown };

/**
 * Writes `fixed` over the file at `path`, provided it still holds `original` (what was read and checked), as one
 * step: the text goes to a temporary file beside it, with the same mode, and is renamed over it, so a reader or a
 * crash never sees half a report. A file edited while the check ran (an editor's save) is not overwritten, and a
 * read-only file stays unwritten even for root, for whom the mode is no barrier: the mode says "do not change".
 * Through a symlink the target is replaced, not the link; a file with several hard links is written in place so
 * that every name keeps seeing the same text.
 */
export function replaceFile(path: string, original: string, fixed: string): ReplaceRefusal | undefined {
  let target: string;
  let temp: string | undefined;
  try {
    target = realpathSync(path);
    const before = statSync(target);
    if ((before.mode & 0o222) === 0 || !writable(target)) return { code: "read-only" };
    if (before.nlink > 1) {
      if (readFileSync(target, "utf8") !== original) return { code: "changed" };
      writeFileSync(target, fixed);
      return undefined;
    }
    temp = join(dirname(target), `.${basename(target)}.ogi-${process.pid}-${Date.now().toString(36)}.tmp`);
    const fd = openSync(temp, "wx", before.mode & 0o7777);
    try {
      // The umask may have taken bits off the mode given to open; the owner is kept where the process may.
      fchmodSync(fd, before.mode & 0o7777);
      if (before.uid !== process.getuid?.() || before.gid !== process.getgid?.()) {
        try {
          fchownSync(fd, before.uid, before.gid);
        } catch {
          // Only root may give a file away; anyone else's fixed file is theirs, as any editor's save would be.
        }
      }
      writeSync(fd, fixed);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // Compared last, just before the rename, to leave the smallest window for an edit to slip through.
    if (readFileSync(target, "utf8") !== original) return { code: "changed" };
    renameSync(temp, target);
    temp = undefined;
    return undefined;
  } catch (error) {
    return { code: "failed", error };
  } finally {
    if (temp !== undefined) rmSync(temp, { force: true });
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
