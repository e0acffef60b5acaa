import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, relative, resolve } from "node:path";
import { findConfig, parseConfig, type ConfigError, type FileReader, type LoadedConfig } from "@ogi-report/core";

/** Where rule settings come from: searched per file (default), one named file (`--config`), or none (`--no-config`). */
export type ConfigMode = { kind: "search" } | { kind: "file"; path: string } | { kind: "none" };

/** core's config errors, plus one core cannot have: a `--config` file that is not there. */
export interface ConfigProblem extends Omit<ConfigError, "code"> {
  code: ConfigError["code"] | "config-unreadable";
}

export interface ResolvedConfig {
  config: LoadedConfig["config"];
  errors: ConfigProblem[];
  /** Absolute path of the config file used, if any. */
  file?: string;
}

const EMPTY: ResolvedConfig = { config: { rules: {} }, errors: [] };

/**
 * core's `findConfig` walks up asking for `.ogi.yaml`, `.ogi.yml`, `ogi.config.yaml` in every folder. With many
 * reports in few folders that is the same handful of questions again and again: each folder is listed once,
 * each config read once, each folder's answer remembered.
 */
export class ConfigResolver {
  private readonly listings = new Map<string, Set<string>>();
  private readonly texts = new Map<string, string | undefined>();
  private readonly byFolder = new Map<string, ResolvedConfig>();
  private fixed: ResolvedConfig | undefined;

  constructor(private readonly mode: ConfigMode) {}

  /** The config for a report in `folder` (absolute); errors come back as values with their location. */
  forFolder(folder: string): ResolvedConfig {
    if (this.mode.kind === "none") return EMPTY;
    if (this.mode.kind === "file") return (this.fixed ??= this.loadNamed(this.mode.path));
    let found = this.byFolder.get(folder);
    if (!found) {
      found = findConfig(folder, this.reader);
      this.byFolder.set(folder, found);
    }
    return found;
  }

  private loadNamed(path: string): ResolvedConfig {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      return { config: { rules: {} }, errors: [{ code: "config-unreadable", message: describeRead(error), file: path, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }] };
    }
    return { ...parseConfig(text, path), file: path };
  }

  private readonly reader: FileReader = {
    readFile: (path: string) => {
      if (this.texts.has(path)) return this.texts.get(path);
      const names = this.listing(dirname(path));
      let text: string | undefined;
      if (names.has(basename(path))) {
        try {
          text = readFileSync(path, "utf8");
        } catch {
          text = undefined;
        }
      }
      this.texts.set(path, text);
      return text;
    },
  };

  private listing(folder: string): Set<string> {
    let names = this.listings.get(folder);
    if (!names) {
      try {
        names = new Set(readdirSync(folder));
      } catch {
        names = new Set();
      }
      this.listings.set(folder, names);
    }
    return names;
  }
}

function describeRead(error: unknown): string {
  const code = (error as { code?: string })?.code;
  return code === "ENOENT" ? "config file not found" : `cannot read config file (${code ?? String(error)})`;
}

/** `file:line:col: message [code]`, the file relative to the working folder when inside it. */
export function formatConfigError(error: ConfigProblem, cwd: string): string {
  const abs = resolve(cwd, error.file);
  const rel = relative(cwd, abs);
  const shown = rel && !rel.startsWith("..") ? rel : abs;
  return `${shown}:${error.range.start.line + 1}:${error.range.start.character + 1}: ${error.message} [${error.code}]`;
}
