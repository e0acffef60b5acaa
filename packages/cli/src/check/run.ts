import { readTextFile } from "@ogi-report/node-shell";
import { availableParallelism } from "node:os";
import { dirname } from "node:path";
import type { Finding, Locale, RuleId, SeveritySetting } from "@ogi-report/core";
import type { FormatName } from "../formatters/names.js";
import type { Io } from "../io.js";
import { checkFileText, type Checked, type FileProblem, type FileSettings, type RunSwitches } from "./check-file.js";
import { ConfigResolver } from "./config.js";
import type { Target } from "./inputs.js";
import { checkInParallel, type FileJob } from "./parallel.js";
import { threadsFor } from "./threads.js";
import { checkSourceDocument, isSourceDocument } from "./source-document.js";

/** One checked file, as every formatter sees it. */
export interface FileResult {
  /** The path as the user gave it (or as found under the folder they gave); `<stdin>` for standard input. */
  display: string;
  /** Absolute path; absent for standard input. */
  absPath?: string;
  findings: Finding[];
  /** The rule settings the file was checked with (from its config): JUnit lists the rules that ran. */
  rules: Partial<Record<RuleId, SeveritySetting>>;
  /** Safe fixes applied by `--fix`. */
  fixesApplied: number;
}

export type { FileProblem } from "./check-file.js";

export interface RunOptions {
  /** `--locale`, when given: it beats the config file's locale. */
  locale?: Locale;
  envLocale: Locale;
  fix: boolean;
  configs: ConfigResolver;
  /** `--previous`: last year's report (absolute), in place of the report's own `previous:`. */
  previous?: string;
  /** `--allow-read` (absolute). */
  allowRead?: string[];
  onProgress?: (done: number, total: number, display: string) => void;
  /** What of each finding to keep for the output (formatters/slim.ts); all of it when absent. */
  keep?: (f: Finding) => Finding;
  /** The output format: worker threads cut findings down for it before sending them. */
  format?: FormatName;
}

export interface RunOutcome {
  results: FileResult[];
  problems: FileProblem[];
  /** With `--fix` and `-`: the fixed text, which goes to stdout in place of the report. */
  fixedStdin?: string;
}

export async function runCheck(targets: Target[], io: Io, options: RunOptions): Promise<RunOutcome> {
  const switches: RunSwitches = { fix: options.fix, cwd: io.cwd, ...(options.previous ? { previous: options.previous } : {}), ...(options.allowRead ? { allowRead: options.allowRead } : {}) };
  const workers = io.checkWorker && !options.fix ? workerCount(targets, io.env) : 0;
  if (workers > 0) return runInParallel(targets as FileTarget[], io, options, switches, workers);

  const results: FileResult[] = [];
  const problems: FileProblem[] = [];
  let fixedStdin: string | undefined;
  const read = new Reads(targets, !options.fix);
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i]!;
    options.onProgress?.(i, targets.length, target.display);
    if (isSourceDocument(target)) {
      // Word, PDF, HTML, text: imported in memory, then checked (check/source-document.ts).
      const settings = settingsFor(target, io, options);
      const checked = await checkSourceDocument(target, settings, switches);
      for (const note of checked.notes ?? []) io.stderr(`${note}\n`);
      problems.push(...checked.problems);
      if (checked.result) results.push(resultOf(target, checked.result, settings, options.keep));
      continue;
    }
    let text: string;
    try {
      text = target.kind === "stdin" ? await io.readStdin() : read.text(i);
    } catch (error) {
      problems.push({ kind: "unreadable", display: target.display, error });
      continue;
    }
    const settings = settingsFor(target, io, options);
    const checked = checkFileText(target, text, settings, switches);
    if (!checked.result) continue;
    if (options.fix && target.kind === "stdin") fixedStdin = checked.text;
    problems.push(...checked.problems);
    results.push(resultOf(target, checked.result, settings, options.keep));
  }
  return { results, problems, ...(fixedStdin !== undefined ? { fixedStdin } : {}) };
}

type FileTarget = Extract<Target, { kind: "file" }>;

/** How many files are read ahead, in one go, of the ones being checked. */
const READ_AHEAD = 32;

/**
 * The files' texts, read a few dozen at a time: reading files back to back, between checks rather than one before
 * each, took about a third less time here (the system calls run with warm caches). With `--fix`, each file is read
 * just before it is checked, after the files before it were written.
 */
class Reads {
  private readonly texts = new Map<number, string | { error: unknown }>();

  constructor(
    private readonly targets: Target[],
    private readonly ahead: boolean,
  ) {}

  /** Target i's text (a file), or throws what reading it threw. */
  text(i: number): string {
    if (!this.ahead) return readTextFile((this.targets[i] as FileTarget).absPath);
    if (!this.texts.has(i)) {
      for (let j = i; j < Math.min(this.targets.length, i + READ_AHEAD); j++) {
        const t = this.targets[j]!;
        if (t.kind !== "file") break;
        try {
          this.texts.set(j, readTextFile(t.absPath));
        } catch (error) {
          this.texts.set(j, { error });
        }
      }
    }
    const got = this.texts.get(i)!;
    this.texts.delete(i);
    if (typeof got !== "string") throw got.error;
    return got;
  }
}

/** Rule settings from the file's config; the locale from `--locale`, else the config, else the environment. */
function settingsFor(target: Target, io: Io, options: RunOptions): FileSettings {
  const { config } = options.configs.forFolder(target.kind === "file" ? dirname(target.absPath) : io.cwd);
  return { locale: options.locale ?? config.locale ?? options.envLocale, rules: config.rules };
}

function resultOf(target: Target, result: NonNullable<Checked["result"]>, settings: FileSettings, keep: RunOptions["keep"]): FileResult {
  return {
    display: target.display,
    ...(target.kind === "file" ? { absPath: target.absPath } : {}),
    findings: keep && result.findings.length > 0 ? result.findings.map(keep) : result.findings,
    rules: settings.rules,
    fixesApplied: result.fixesApplied,
  };
}

/**
 * From this many files up, `ogi check` spreads them over worker threads unless OGI_WORKERS says otherwise. A worker
 * must load core and warm up its own JIT (the first few hundred reports of any thread run at several times the
 * steady cost), and on two cores the main thread's V8 compiler and garbage collector already use some of the second:
 * measured here, a worker pays from a few thousand reports on (bench/README.md, "CLI").
 */
export const AUTO_WORKERS_FROM = 4000;

/**
 * Worker threads for this run: OGI_WORKERS=n asks for n (0: one thread); otherwise none below AUTO_WORKERS_FROM
 * files and one fewer than the cores above it. The output is the same either way. Only files are checked in
 * parallel: standard input and `--fix` stay in order on the main thread.
 */
export function workerCount(targets: Target[], env: Io["env"]): number {
  if (targets.some((t) => t.kind !== "file")) return 0;
  return threadsFor(targets.length, env, AUTO_WORKERS_FROM, availableParallelism());
}

async function runInParallel(targets: FileTarget[], io: Io, options: RunOptions, switches: RunSwitches, workers: number): Promise<RunOutcome> {
  // Settings are worked out here, once per folder, and handed to the workers by number.
  const settings: FileSettings[] = [];
  const index = new Map<Partial<Record<RuleId, SeveritySetting>>, Map<Locale, number>>();
  const jobs: FileJob[] = targets.map((target) => {
    const s = settingsFor(target, io, options);
    let byLocale = index.get(s.rules);
    if (!byLocale) index.set(s.rules, (byLocale = new Map()));
    let n = byLocale.get(s.locale);
    if (n === undefined) byLocale.set(s.locale, (n = settings.push(s) - 1));
    return { display: target.display, absPath: target.absPath, explicit: target.explicit, settings: n };
  });
  const { outcomes } = await checkInParallel(jobs, settings, switches, {
    workers,
    script: io.checkWorker!,
    workersOnly: io.env.OGI_WORKERS_ONLY === "1",
    onProgress: (done, display) => options.onProgress?.(done, targets.length, display),
    ...(options.format ? { format: options.format } : {}),
  });
  const results: FileResult[] = [];
  const problems: FileProblem[] = [];
  outcomes.forEach((outcome, i) => {
    // Said in file order, all before the problems, as the one-thread path says them.
    for (const note of outcome.notes ?? []) io.stderr(`${note}\n`);
    problems.push(...outcome.problems);
    // The main thread's own settings object, as the one-thread path gives (JUnit lists its rules).
    if (outcome.result) results.push(resultOf(targets[i]!, outcome.result, settings[jobs[i]!.settings]!, options.keep));
  });
  return { results, problems };
}
