import { statSync } from "node:fs";
import type { Text } from "@ogi-report/core";

/** A config file found by the upward search that is not used, and why (said once on stderr or in the log). */
export interface IgnoredConfig {
  file: string;
  reason: Text;
}

/**
 * Whether a config file found by searching may switch rules: a file anyone could have put there must not.
 * Trusted: owned by the user running ogi or by root (files an image or a package installed), and not writable
 * by everyone. As root (a CI container), a checkout owned by another user is not trusted either, as git's
 * `safe.directory` decides; `--config` names a file explicitly and is not subject to this. Where the system has
 * no user ids (Windows), every file is trusted.
 */
export function configDistrust(file: string, uid: number | undefined = process.getuid?.()): IgnoredConfig | undefined {
  if (uid === undefined) return undefined;
  let owner: number;
  let mode: number;
  try {
    ({ uid: owner, mode } = statSync(file));
  } catch {
    return undefined;
  }
  if (owner !== uid && owner !== 0) {
    return { file, reason: { zh: `文件属于其他用户（uid ${owner}）`, en: `owned by another user (uid ${owner})` } };
  }
  if (mode & 0o002) return { file, reason: { zh: "任何人都可以修改这个文件", en: "anyone can write to it" } };
  return undefined;
}
