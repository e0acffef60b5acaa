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

/**
 * How core reaches the other reports a report names (`previous:` last year, `units:` for a summary), under the
 * file-access policy the editor uses too (@ogi-report/node-shell). Read fresh every time: `--fix` may have just
 * rewritten one of them.
 */
export function documentReaderFor(reportPath: string, access: AccessSwitches): DocumentReader {
  const key = JSON.stringify([access.cwd, access.allowRead ?? []]);
  let files = shells.get(key);
  if (!files) {
    files = new ReportFiles({ fallback: access.cwd, allowRead: access.allowRead ?? [] });
    shells.set(key, files);
  }
  return files.readerFor(reportPath);
}
