import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { DocumentReader } from "@ogi-report/core";
import { FileAccessError } from "./access-error.js";
import { defaultGlobLimits, expandGlobBounded, type GlobLimits } from "./glob-expand.js";
import { Confinement, projectRootOf } from "./project.js";
import { readTextFile } from "./read-file.js";

export interface AccessPolicy {
  /** Where the command runs (CLI) or the editor's workspace folder: the project of a report with no other. */
  fallback?: string;
  /** Folders the user allowed on top of the project (`--allow-read`, the `ogi.allowRead` setting), absolute. */
  allowRead?: readonly string[];
  globLimits?: GlobLimits;
}

export interface ReportFilesOptions {
  /**
   * Keep texts and glob answers between checks (the editor, which checks on every keystroke): a text is read again
   * when the file's modification time or size changed, a glob is listed again after `globMaxAgeMs` or `clear()`.
   */
  cache?: { globMaxAgeMs: number };
}

/**
 * How core reaches the reports a report names (`previous:`, `units:`) — the same for the CLI and the editor —
 * under the file-access policy: only inside the report's project (or a folder the user allowed), regular files
 * only, at most the checker's size limit, globs bounded. A refused reference throws a FileAccessError, which
 * core turns into one finding on that reference.
 */
export class ReportFiles {
  private readonly readers = new Map<string, DocumentReader>();
  private readonly projects = new Map<string, string>();
  private readonly texts = new Map<string, { stamp: string; text: string }>();
  private readonly globs = new Map<string, { at: number; paths: string[] } | { at: number; error: unknown }>();

  constructor(
    private readonly policy: AccessPolicy,
    private readonly options: ReportFilesOptions = {},
  ) {}

  /** The project folder of a report at `reportPath` (absolute). */
  projectOf(reportPath: string): string {
    const dir = dirname(resolve(reportPath));
    let root = this.projects.get(dir);
    if (root === undefined) {
      root = projectRootOf(dir, this.policy.fallback);
      this.projects.set(dir, root);
    }
    return root;
  }

  /** The folders a report's references may lead into. */
  confinementOf(reportPath: string): Confinement {
    return new Confinement([this.projectOf(reportPath), ...(this.policy.allowRead ?? [])]);
  }

  /** The reader core gets for one report (one per project: reports of a project share it). */
  readerFor(reportPath: string): DocumentReader {
    const project = this.projectOf(reportPath);
    let reader = this.readers.get(project);
    if (!reader) {
      reader = this.makeReader(this.confinementOf(reportPath));
      this.readers.set(project, reader);
    }
    return reader;
  }

  /** Files changed on disk (a watched file, a config): forget what was read and found. */
  clear(): void {
    this.texts.clear();
    this.globs.clear();
    this.projects.clear();
    this.readers.clear();
  }

  private makeReader(confinement: Confinement): DocumentReader {
    return {
      readFile: (path) => {
        if (!confinement.allows(path)) throw outside(path);
        try {
          return this.options.cache ? this.readCached(path) : readTextFile(path);
        } catch (error) {
          // Missing is an answer ("missing"); anything else core reports with its reason.
          if (isMissing(error)) return undefined;
          throw error;
        }
      },
      expandGlob: (pattern, baseDir) => {
        const key = `${baseDir}\0${pattern}`;
        const hit = this.globs.get(key);
        if (hit && this.options.cache && Date.now() - hit.at < this.options.cache.globMaxAgeMs) {
          if ("error" in hit) throw hit.error;
          return hit.paths;
        }
        // A refusal is remembered too: a glob that reaches too far is not walked again on the next keystroke.
        try {
          const paths = expandGlobBounded(pattern, baseDir, confinement, this.policy.globLimits ?? defaultGlobLimits);
          if (this.options.cache) this.globs.set(key, { at: Date.now(), paths });
          return paths;
        } catch (error) {
          if (this.options.cache) this.globs.set(key, { at: Date.now(), error });
          throw error;
        }
      },
    };
  }

  private readCached(path: string): string {
    const s = statSync(path);
    const stamp = `${s.mtimeMs}:${s.size}:${s.ino}`;
    const hit = this.texts.get(path);
    if (hit && hit.stamp === stamp) return hit.text;
    const text = readTextFile(path);
    this.texts.set(path, { stamp, text });
    return text;
  }
}

function outside(path: string): FileAccessError {
  return new FileAccessError("outside-project", path, { zh: "在本报告所属项目之外，不读取", en: "outside the report's project, not read" });
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
