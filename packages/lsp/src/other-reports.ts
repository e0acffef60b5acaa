import { readFileSync, statSync } from "node:fs";
import type { DocumentReader } from "@ogi-report/core";
import { globSync } from "tinyglobby";

/**
 * How core reaches the reports a report names (`previous:` last year's, `units:` a summary's), as the CLI
 * reaches them: from disk, with the same glob rules, so editor and CLI find the same files. Checks run on
 * every keystroke, so a file is read again only when its modification time or size changed.
 */
export class OtherReports implements DocumentReader {
  private readonly texts = new Map<string, { stamp: string; text: string }>();

  readFile(path: string): string | undefined {
    let stamp: string;
    try {
      const s = statSync(path);
      if (!s.isFile()) return undefined;
      stamp = `${s.mtimeMs}:${s.size}`;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
    const hit = this.texts.get(path);
    if (hit && hit.stamp === stamp) return hit.text;
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      // Missing is an answer ("missing"); anything else core reports as "unreadable".
      if (isMissing(error)) return undefined;
      throw error;
    }
    this.texts.set(path, { stamp, text });
    return text;
  }

  expandGlob(pattern: string, baseDir: string): string[] {
    return globSync(pattern, { cwd: baseDir, absolute: true, onlyFiles: true, expandDirectories: false, ignore: ["**/node_modules/**"] }).sort();
  }

  clear(): void {
    this.texts.clear();
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
