import { readdirSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { CONFIG_FILE_NAMES, parseConfig, type ConfigError, type OgiConfig, type Text } from "@ogi-report/core";
import { isFileAccessError } from "./access-error.js";
import { Confinement, projectRootOf } from "./project.js";
import { readTextFile } from "./read-file.js";
import { configDistrust, type IgnoredConfig } from "./trust.js";

/** Where rule settings come from: searched per folder (default), one named file (`--config`), or none (`--no-config`). */
export type ConfigMode = { kind: "search" } | { kind: "file"; path: string } | { kind: "none" };

/** core's config errors, plus one core cannot have: a config file that cannot be read. */
export interface ConfigProblem extends Omit<ConfigError, "code"> {
  code: ConfigError["code"] | "config-unreadable";
}

export interface ResolvedConfig {
  config: OgiConfig;
  errors: ConfigProblem[];
  /** Absolute path of the config file used, if any. */
  file?: string;
  /** Config files met on the way up and not used (another user's, writable by anyone). */
  ignored: IgnoredConfig[];
}

export interface ConfigLookupOptions {
  /** For `--config`: where the command runs and what else the user allowed (the named file must lie inside). */
  cwd?: string;
  allowRead?: readonly string[];
  home?: string;
}

const EMPTY: ResolvedConfig = { config: { rules: {} }, errors: [], ignored: [] };

/**
 * The config for reports in a folder, for the CLI and the editor alike. The search goes up from the folder to
 * the nearest `.ogi.yaml` / `.ogi.yml` / `ogi.config.yaml`, and stops at the repository root (a `.git` entry) or
 * the home folder, so a file in a shared parent such as /tmp is never reached from a project; a file found that
 * another user owns or anyone may write is skipped (and said). With many reports in few folders the same
 * questions come again and again: each folder is listed once and each answer remembered until `invalidate()`.
 */
export class ConfigLookup {
  private readonly listings = new Map<string, Set<string>>();
  private readonly byFolder = new Map<string, ResolvedConfig>();
  private fixed: ResolvedConfig | undefined;

  constructor(
    private readonly mode: ConfigMode,
    private readonly options: ConfigLookupOptions = {},
  ) {}

  /** The config for a report in `folder` (absolute); errors come back as values with their location. */
  forFolder(folder: string): ResolvedConfig {
    if (this.mode.kind === "none") return EMPTY;
    if (this.mode.kind === "file") return (this.fixed ??= this.loadNamed(this.mode.path));
    let found = this.byFolder.get(folder);
    if (!found) {
      found = this.search(folder);
      this.byFolder.set(folder, found);
    }
    return found;
  }

  /** A config file was created, changed or deleted somewhere: forget everything (there are few). */
  invalidate(): void {
    this.listings.clear();
    this.byFolder.clear();
    this.fixed = undefined;
  }

  private search(start: string): ResolvedConfig {
    const ignored: IgnoredConfig[] = [];
    const home = this.options.home ?? homedir();
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      const names = this.listing(dir);
      for (const name of CONFIG_FILE_NAMES) {
        if (!names.has(name)) continue;
        const file = join(dir, name);
        const distrust = configDistrust(file);
        if (distrust) {
          ignored.push(distrust);
          continue;
        }
        return { ...this.load(file), ignored };
      }
      if (names.has(".git") || dir === home || dirname(dir) === dir) break;
    }
    return { ...EMPTY, ignored };
  }

  private loadNamed(path: string): ResolvedConfig {
    const cwd = this.options.cwd ?? process.cwd();
    const confinement = new Confinement([projectRootOf(cwd, cwd, this.options.home), ...(this.options.allowRead ?? [])]);
    if (!confinement.allows(path)) {
      return unreadable(path, { zh: "配置文件在项目之外（可用 --allow-read 放开）", en: "the config file is outside the project (allow it with --allow-read)" });
    }
    return this.load(path);
  }

  private load(file: string): ResolvedConfig {
    let text: string;
    try {
      text = readTextFile(file);
    } catch (error) {
      return unreadable(file, describeRead(error));
    }
    return { ...parseConfig(text, file), file, ignored: [] };
  }

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

function unreadable(file: string, why: Text): ResolvedConfig {
  // Config errors carry one message (the CLI prints them as `file:line:col: message [code]`); English, as core's.
  return { config: { rules: {} }, errors: [{ code: "config-unreadable", message: why.en, file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }], ignored: [] };
}

function describeRead(error: unknown): Text {
  if (isFileAccessError(error)) return error.text;
  const code = (error as { code?: string })?.code;
  return code === "ENOENT" ? { zh: "找不到配置文件", en: "config file not found" } : { zh: `无法读取配置文件（${code ?? String(error)}）`, en: `cannot read config file (${code ?? String(error)})` };
}
