import { accessSync, closeSync, constants, fchmodSync, fchownSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync, type Stats } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Why a fixed text was not written: the file is left exactly as it was. */
export type ReplaceRefusal = { code: "changed" } | { code: "read-only" } | { code: "failed"; error: unknown };

/**
 * Writes `fixed` over the file at `path`, provided it still holds `original` (what was read and checked), as one
 * step: the text goes to a temporary file beside it, with the same mode and owner, and is renamed over it, so a
 * reader or a crash never sees half a report. A file edited while the check ran (an editor's save) is not
 * overwritten, and a read-only file stays unwritten even for root, for whom the mode is no barrier: the mode says
 * "do not change". Through a symlink the target is replaced, not the link. Where a rename would change more than the
 * text — a file with several hard links, a folder the user may not create files in, a file whose owner the user
 * cannot give the new one — the file is written in place, as editors do.
 */
export function replaceFile(path: string, original: string, fixed: string): ReplaceRefusal | undefined {
  try {
    const target = realpathSync(path);
    const before = statSync(target);
    if ((before.mode & 0o222) === 0 || !writable(target)) return { code: "read-only" };
    const renamed = before.nlink > 1 ? "in-place" : replaceByRename(target, before, original, fixed);
    if (renamed !== "in-place") return renamed;
    if (readFileSync(target, "utf8") !== original) return { code: "changed" };
    writeFileSync(target, fixed);
    return undefined;
  } catch (error) {
    return { code: "failed", error };
  }
}

function replaceByRename(target: string, before: Stats, original: string, fixed: string): ReplaceRefusal | undefined | "in-place" {
  const temp = join(dirname(target), `.${basename(target)}.ogi-${process.pid}-${Date.now().toString(36)}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, "wx", before.mode & 0o7777);
  } catch (error) {
    if (denied(error)) return "in-place";
    throw error;
  }
  let renamed = false;
  try {
    try {
      // The umask may have taken bits off the mode given to open.
      fchmodSync(fd, before.mode & 0o7777);
      if (before.uid !== process.getuid?.() || before.gid !== process.getgid?.()) fchownSync(fd, before.uid, before.gid);
      writeSync(fd, fixed);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // Compared last, just before the rename, to leave the smallest window for an edit to slip through.
    if (readFileSync(target, "utf8") !== original) return { code: "changed" };
    renameSync(temp, target);
    renamed = true;
    return undefined;
  } catch (error) {
    if (denied(error)) return "in-place";
    throw error;
  } finally {
    if (!renamed) rmSync(temp, { force: true });
  }
}

function denied(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === "EACCES" || code === "EPERM";
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
