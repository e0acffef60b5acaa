import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
import { defaultLimits } from "@ogi-report/core";
import { FileAccessError } from "./access-error.js";

/** The checker's own limit (core's `defaultLimits.maxLength`), applied to bytes before anything is read. */
export const MAX_FILE_BYTES = defaultLimits.maxLength;

// O_NONBLOCK: a FIFO opens at once instead of waiting for a writer; O_NOCTTY: a terminal never becomes ours.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const CHUNK = 1 << 16;

/**
 * A file's text under the file-access policy: regular files only, at most `maxBytes`. The path is looked at
 * first (a device is never opened: opening some has effects), then the open handle (the path may have been
 * swapped in between). Reading stops one byte past the cap, so a file that grows while read, or a /proc file
 * that says it is empty and is not, cannot make us read more. Missing files throw the system's error (ENOENT).
 */
export function readTextFile(path: string, maxBytes = MAX_FILE_BYTES): string {
  return readFileBytes(path, maxBytes).toString("utf8");
}

/** A file's bytes under the same policy (a Word or PDF document named by the user is no different from a report). */
export function readFileBytes(path: string, maxBytes = MAX_FILE_BYTES): Buffer {
  if (!statSync(path).isFile()) throw notAFile(path);
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw notAFile(path);
    if (stat.size > maxBytes) throw tooLarge(path, maxBytes);
    // Sized by what fstat says (plus one byte, to see the end), grown in chunks when the file says less than it has.
    const chunks: Buffer[] = [];
    let buffer = Buffer.allocUnsafe(Math.min(stat.size > 0 ? stat.size + 1 : CHUNK, maxBytes + 1));
    let used = 0;
    let total = 0;
    for (;;) {
      if (used === buffer.length) {
        chunks.push(buffer);
        buffer = Buffer.allocUnsafe(CHUNK);
        used = 0;
      }
      const n = readSync(fd, buffer, used, Math.min(buffer.length - used, maxBytes + 1 - total), null);
      if (n === 0) break;
      used += n;
      total += n;
      if (total > maxBytes) throw tooLarge(path, maxBytes);
    }
    chunks.push(buffer.subarray(0, used));
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** Whether a path is a regular file (following symlinks), without opening it. */
export function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function notAFile(path: string): FileAccessError {
  return new FileAccessError("not-a-file", path, { zh: "不是普通文件（FIFO、设备、文件夹等不读取）", en: "not a regular file (FIFOs, devices and folders are not read)" });
}

function tooLarge(path: string, maxBytes: number): FileAccessError {
  const mb = Math.round(maxBytes / 1_000_000);
  return new FileAccessError("too-large", path, { zh: `超过 ${mb} MB，不读取`, en: `larger than ${mb} MB, not read` });
}
