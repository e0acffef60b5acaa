import type { Connection } from "vscode-languageserver/node";
import { isAbsolute, resolve } from "node:path";
import type { CheckOptions, Locale } from "@ogi-report/core";
import { ConfigLookup, matchesFiles, ReportFiles, type ConfigProblem } from "@ogi-report/node-shell";
import { defaultEditorSettings, normaliseEditorSettings, type EditorSettings, type InlayHintMode } from "./settings.js";
import { folderOf, fsPathOf } from "./uri.js";
import type { Log } from "./log.js";

/** How long a first check waits for the client's settings. */
const CONFIGURATION_WAIT_MS = 2000;

/** How long a `units:` glob's files are remembered between keystrokes (a watched file's change forgets them at once). */
const GLOB_MAX_AGE_MS = 10_000;

/** Everything that decides how one document is checked and shown. */
export interface DocumentSettings {
  check: Required<Pick<CheckOptions, "locale" | "rules">> & Pick<CheckOptions, "documents">;
  locale: Locale;
  inlayHints: InlayHintMode;
  /** The config file that applied, if any. */
  configFile?: string;
  configErrors: ConfigProblem[];
  /** Matched by `ogi.files`: a report whatever its content. */
  treatAsReport: boolean;
  /** Equal keys: equal findings for equal text (the analysis cache relies on it). */
  key: string;
}

export interface SettingsSources {
  /** The client answers workspace/configuration: settings are asked per document. */
  pull: boolean;
  /** The editor's display language, from initialize. */
  clientLocale?: Locale;
  envLocale: Locale;
  /** Where untitled documents look for a config file. */
  workspaceFolder?: string;
}

/**
 * Editor settings (section `ogi`) merged with the CLI's config file found from the document's folder.
 * Like ESLint, the config file wins for rule severities, so the editor shows what CI will say.
 * Locale: an explicit editor setting (like the CLI's `--locale`) beats the config file, which beats the
 * editor's display language.
 */
export class SettingsStore {
  /** The CLI's config lookup and file-access policy (@ogi-report/node-shell), so editor and CI cannot disagree. */
  readonly configFiles = new ConfigLookup({ kind: "search" });
  /** One per `ogi.allowRead` value (usually one): texts and globs are remembered between keystrokes. */
  private readonly reportFiles = new Map<string, ReportFiles>();
  private readonly editor = new Map<string, EditorSettings>();
  private readonly pending = new Map<string, Promise<void>>();
  private pushed: EditorSettings = defaultEditorSettings;
  private readonly reportedConfigErrors = new Set<string>();

  constructor(
    private readonly connection: Connection,
    readonly sources: SettingsSources,
    private readonly log: Log,
  ) {}

  /**
   * Make sure the editor's settings for this document are known (asks the client once per document). A client
   * that takes too long to answer does not hold diagnostics back: after `CONFIGURATION_WAIT_MS` the document is
   * checked with what is known, and checked again when the answer comes (`onLateAnswer`).
   */
  ensure(uri: string): Promise<void> {
    if (!this.sources.pull || this.editor.has(uri)) return Promise.resolve();
    let p = this.pending.get(uri);
    if (!p) {
      let late = false;
      const answer = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: "ogi" })
        .then(
          (raw: unknown) => void this.editor.set(uri, normaliseEditorSettings(raw)),
          (error: unknown) => {
            this.log.error(`workspace/configuration failed for ${uri}`, error);
            this.editor.set(uri, defaultEditorSettings);
          },
        )
        .finally(() => {
          this.pending.delete(uri);
          if (late) this.onLateAnswer(uri);
        });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          late = true;
          this.log.warn(`no answer to workspace/configuration for ${uri} within ${CONFIGURATION_WAIT_MS} ms: checking with the settings known so far`);
          resolve();
        }, CONFIGURATION_WAIT_MS);
      });
      p = Promise.race([answer.finally(() => clearTimeout(timer)), timeout]);
      this.pending.set(uri, p);
    }
    return p;
  }

  /** Called when a configuration answer arrives after the document was already checked without it. */
  onLateAnswer: (uri: string) => void = () => {};

  /** Synchronous: whatever is known now (defaults until `ensure` has answered). */
  current(uri: string): DocumentSettings {
    const editor = (this.sources.pull ? this.editor.get(uri) : this.pushed) ?? defaultEditorSettings;
    const folder = folderOf(uri) ?? this.sources.workspaceFolder;
    const found = folder ? this.configFiles.forFolder(folder) : undefined;
    if (found?.file && found.errors.length > 0 && !this.reportedConfigErrors.has(found.file)) {
      this.reportedConfigErrors.add(found.file);
      for (const e of found.errors) this.log.warn(`${e.file}:${e.range.start.line + 1}:${e.range.start.character + 1}: ${e.message} [${e.code}]`);
    }
    for (const ignored of found?.ignored ?? []) {
      if (this.reportedConfigErrors.has(ignored.file)) continue;
      this.reportedConfigErrors.add(ignored.file);
      this.log.warn(`ignoring the config file ${ignored.file}: ${ignored.reason.en}`);
    }
    const rules = { ...editor.rules, ...(found?.config.rules ?? {}) };
    const locale: Locale =
      editor.locale !== "auto" ? editor.locale : found?.config.locale ?? this.sources.clientLocale ?? this.sources.envLocale;
    // Where `previous:` and `units:` are resolved from; an untitled document stands in the workspace folder.
    const path = fsPathOf(uri) ?? (this.sources.workspaceFolder ? `${this.sources.workspaceFolder}/<untitled>` : undefined);
    const treatAsReport = matchesFiles(editor.files, fsPathOf(uri), this.sources.workspaceFolder);
    const key = JSON.stringify([locale, rules, treatAsReport, editor.allowRead]);
    return {
      check: { locale, rules, ...(path ? { documents: { path, reader: this.filesFor(editor).readerFor(path) } } : {}) },
      locale,
      inlayHints: editor.inlayHints,
      ...(found?.file ? { configFile: found.file } : {}),
      configErrors: found?.errors ?? [],
      treatAsReport,
      key,
    };
  }

  /** Settings pushed by didChangeConfiguration (clients without workspace/configuration). */
  setPushed(raw: unknown): void {
    this.pushed = normaliseEditorSettings(raw);
  }

  /** The editor's settings changed: ask again. */
  forgetEditorSettings(): void {
    this.editor.clear();
  }

  /** A config file changed on disk (a project's bounds may have moved with it). */
  forgetConfigFiles(): void {
    this.configFiles.invalidate();
    this.forgetOtherReports();
    this.reportedConfigErrors.clear();
  }

  /** A report changed on disk: read again what `previous:` and `units:` name, and list their globs again. */
  forgetOtherReports(): void {
    for (const files of this.reportFiles.values()) files.clear();
  }

  /** The reports' files under the policy: the workspace folder as the fallback project, plus `ogi.allowRead`. */
  private filesFor(editor: EditorSettings): ReportFiles {
    const folder = this.sources.workspaceFolder;
    const allowRead = editor.allowRead.map((d) => (isAbsolute(d) || !folder ? resolve(d) : resolve(folder, d)));
    const key = JSON.stringify(allowRead);
    let files = this.reportFiles.get(key);
    if (!files) {
      files = new ReportFiles({ ...(folder ? { fallback: folder } : {}), allowRead }, { cache: { globMaxAgeMs: GLOB_MAX_AGE_MS } });
      this.reportFiles.set(key, files);
    }
    return files;
  }

  forget(uri: string): void {
    this.editor.delete(uri);
  }
}
