import { statSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { FileAccessError, fileId, walkFolder } from "@ogi-report/node-shell";
import type { AuditInput } from "./types.js";

const SOURCE = /\.(ya?ml|html?|txt|md|docx|pdf)$/i;

/**
 * Files to audit, in order: named files as given, folders walked with `ogi check`'s walk (dot-folders and
 * node_modules skipped, symlinked folders not entered, each file once). What the walk meets and cannot open — a
 * FIFO, a device, a folder it cannot list — is listed too, with its reason.
 */
export function collectInputs(args: string[], cwd: string): AuditInput[] {
  const inputs: AuditInput[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    const path = resolve(cwd, arg);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      inputs.push({ display: arg, path, explicit: true, skipped: { status: "unreadable", reason: error } });
      continue;
    }
    if (!isDirectory) {
      const id = fileId(path);
      if (!seen.has(id)) inputs.push({ display: arg, path, explicit: true });
      seen.add(id);
      continue;
    }
    const walked = walkFolder(path, { accept: (name) => SOURCE.test(name), seen });
    const found: AuditInput[] = walked.files.map((f) => ({ display: join(arg, f.rel), path: f.abs, explicit: false }));
    for (const s of walked.special) found.push({ display: join(arg, s.rel), path: s.abs, explicit: false, skipped: { status: "not-a-report", reason: notRegular(s.abs) } });
    for (const p of walked.problems) found.push({ display: join(arg, p.rel), path: p.abs, explicit: false, skipped: { status: "unreadable", reason: p.error } });
    // In the walk's order (names sorted folder by folder), with what it could not open in its place.
    found.sort((a, b) => compareSegments(a.display.split(sep), b.display.split(sep)));
    inputs.push(...found);
  }
  return inputs;
}

function notRegular(path: string): FileAccessError {
  return new FileAccessError("not-a-file", path, { zh: "不是普通文件（FIFO、套接字或设备），未打开", en: "not a regular file (a FIFO, a socket or a device), not opened" });
}

function compareSegments(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}
