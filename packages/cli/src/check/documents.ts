import type { DocumentReader } from "@ogi-report/core";
import { ReportFiles } from "@ogi-report/node-shell";

/** What decides which files a report's references may reach (plain data: it crosses to worker threads). */
export interface AccessSwitches {
  /** Where the command runs: the project of a report that has no config file or repository above it. */
  cwd: string;
  /** `--allow-read` folders (absolute). */
  allowRead?: string[];
}

const shells = new Map<string, ReportFiles>();
// A run hands every file the same switches object: its shell is found without building the key again (a profile of
// 2,000 reports spent 85 ms on that).
const byObject = new WeakMap<AccessSwitches, ReportFiles>();

/**
 * How core reaches the other reports a report names (`previous:` last year, `units:` for a summary), under the
 * file-access policy the editor uses too (@ogi-report/node-shell). Read fresh every time: `--fix` may have just
 * rewritten one of them.
 */
export function documentReaderFor(reportPath: string, access: AccessSwitches): DocumentReader {
  let files = byObject.get(access);
  if (!files) {
    const key = JSON.stringify([access.cwd, access.allowRead ?? []]);
    files = shells.get(key);
    if (!files) {
      files = new ReportFiles({ fallback: access.cwd, allowRead: access.allowRead ?? [] });
      shells.set(key, files);
    }
    byObject.set(access, files);
  }
  return files.readerFor(reportPath);
}
