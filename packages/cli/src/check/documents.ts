import { readFileSync } from "node:fs";
import type { DocumentReader } from "@ogi-report/core";
import { globSync } from "tinyglobby";

/**
 * How core reaches the other reports a report names (`previous:` last year, `units:` for a summary). Read
 * fresh every time: `--fix` may have just rewritten one of them.
 */
export const nodeDocumentReader: DocumentReader = {
  readFile(path) {
    try {
      return readFileSync(path, "utf8");
    } catch (error) {
      const code = (error as { code?: string }).code;
      // Missing is an answer ("missing"); anything else core reports as "unreadable".
      if (code === "ENOENT" || code === "ENOTDIR") return undefined;
      throw error;
    }
  },
  expandGlob(pattern, baseDir) {
    return globSync(pattern, { cwd: baseDir, absolute: true, onlyFiles: true, expandDirectories: false, ignore: ["**/node_modules/**"] }).sort();
  },
};
