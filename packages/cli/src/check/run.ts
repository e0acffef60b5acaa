import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { checkText, fixAll, type CheckOptions, type Finding, type InternalError, type Locale, type RuleId, type SeveritySetting } from "@ogi-report/core";
import type { Io } from "../io.js";
import { ConfigResolver } from "./config.js";
import { nodeDocumentReader } from "./documents.js";
import { looksLikeReport, type Target } from "./inputs.js";

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

/** Trouble with one file that does not stop the others. */
export type FileProblem =
  | { kind: "unreadable"; display: string; error: unknown }
  | { kind: "unwritable"; display: string; error: unknown }
  | { kind: "internal"; display: string; errors: InternalError[] };

export interface RunOptions {
  /** `--locale`, when given: it beats the config file's locale. */
  locale?: Locale;
  envLocale: Locale;
  fix: boolean;
  configs: ConfigResolver;
  /** `--previous`: last year's report (absolute), in place of the report's own `previous:`. */
  previous?: string;
  onProgress?: (done: number, total: number, display: string) => void;
}

export interface RunOutcome {
  results: FileResult[];
  problems: FileProblem[];
  /** With `--fix` and `-`: the fixed text, which goes to stdout in place of the report. */
  fixedStdin?: string;
}

export async function runCheck(targets: Target[], io: Io, options: RunOptions): Promise<RunOutcome> {
  const results: FileResult[] = [];
  const problems: FileProblem[] = [];
  let fixedStdin: string | undefined;
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i]!;
    options.onProgress?.(i, targets.length, target.display);
    let text: string;
    try {
      text = target.kind === "stdin" ? await io.readStdin() : readFileSync(target.absPath, "utf8");
    } catch (error) {
      problems.push({ kind: "unreadable", display: target.display, error });
      continue;
    }
    if (target.kind === "file" && !target.explicit && !looksLikeReport(text)) continue;

    const { config } = options.configs.forFolder(target.kind === "file" ? dirname(target.absPath) : io.cwd);
    const checkOptions: CheckOptions = {
      locale: options.locale ?? config.locale ?? options.envLocale,
      rules: config.rules,
      // Standard input has no folder of its own: paths it names are taken from the working folder.
      documents: {
        path: target.kind === "file" ? target.absPath : join(io.cwd, "<stdin>"),
        reader: nodeDocumentReader,
        ...(options.previous ? { previous: options.previous } : {}),
      },
    };
    let outcome = checkText(text, checkOptions);
    let fixesApplied = 0;
    if (options.fix && outcome.findings.some((f) => f.fixes.some((x) => x.safe))) {
      const fixed = fixAll(text, checkOptions);
      if (fixed.text !== text) {
        fixesApplied = fixed.applied;
        // fixAll's findings lack internal errors; one more check of the fixed text has both.
        outcome = checkText(fixed.text, checkOptions);
        text = fixed.text;
        if (target.kind === "file") {
          try {
            writeFileSync(target.absPath, fixed.text);
          } catch (error) {
            problems.push({ kind: "unwritable", display: target.display, error });
          }
        }
      }
    }
    if (options.fix && target.kind === "stdin") fixedStdin = text;
    if (outcome.internalErrors.length > 0) problems.push({ kind: "internal", display: target.display, errors: outcome.internalErrors });
    results.push({
      display: target.display,
      ...(target.kind === "file" ? { absPath: target.absPath } : {}),
      findings: outcome.findings,
      rules: config.rules,
      fixesApplied,
    });
  }
  return { results, problems, ...(fixedStdin !== undefined ? { fixedStdin } : {}) };
}
