import { join } from "node:path";
import {
  checkText,
  describeInternalErrors,
  fixAll,
  internalFinding,
  looksLikeReport,
  type CheckOptions,
  type Finding,
  type InternalError,
  type Locale,
  type RuleId,
  type SeveritySetting,
} from "@ogi-report/core";
import { replaceFile } from "../replace-file.js";
import { documentReaderFor } from "./documents.js";
import type { Target } from "./inputs.js";

/** Trouble with one file that does not stop the others. */
export type FileProblem =
  | { kind: "unreadable"; display: string; error: unknown }
  | { kind: "unwritable"; display: string; error: unknown }
  /** `--fix` left the file alone: it changed on disk since it was read, or it is read-only. */
  | { kind: "not-fixed"; display: string; reason: "changed" | "read-only" }
  | { kind: "internal"; display: string; errors: InternalError[] };

/** A file's rule settings and locale (from its config, the flags and the environment). */
export interface FileSettings {
  locale: Locale;
  rules: Partial<Record<RuleId, SeveritySetting>>;
}

/** What holds for every file of a run. */
export interface RunSwitches {
  fix: boolean;
  /** `--previous` (absolute). */
  previous?: string;
  /** Standard input has no folder of its own: paths it names are taken from here. */
  cwd: string;
  /** `--allow-read`: folders outside a report's project its references may reach (absolute). */
  allowRead?: string[];
}

/** One file read and checked: the same steps on the main thread and in a worker. */
export interface Checked {
  /** Absent for a file found by a walk that is not a report: it is skipped, not reported. */
  result?: { findings: Finding[]; fixesApplied: number };
  /** In the order they arose. */
  problems: FileProblem[];
  /** The text as checked last (fixed, with `--fix`). */
  text: string;
  /** Lines for stderr about the file, in order: what importing a Word, PDF, HTML or text report could not settle. */
  notes?: string[];
}

/**
 * Read and check one file's text, behind an error boundary: a file that breaks the tool (a rule that throws, or
 * the check itself) gets one `internal` finding and an internal problem (exit status 2), and the run goes on.
 */
export function checkFileText(target: Target, text: string, settings: FileSettings, run: RunSwitches): Checked {
  try {
    const checked = checkUnguarded(target, text, settings, run);
    const internal = checked.problems.find((p) => p.kind === "internal");
    if (internal && checked.result) checked.result.findings.unshift(internalFinding(describeInternalErrors(internal.errors), settings.locale));
    return checked;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const stack = error instanceof Error ? (error.stack ?? message) : message;
    return {
      result: { findings: [internalFinding(message, settings.locale)], fixesApplied: 0 },
      problems: [{ kind: "internal", display: target.display, errors: [{ ruleId: "internal", message: stack }] }],
      text,
    };
  }
}

function checkUnguarded(target: Target, text: string, settings: FileSettings, run: RunSwitches): Checked {
  const problems: FileProblem[] = [];
  if (target.kind === "file" && !target.explicit && !looksLikeReport(text)) return { problems, text };
  const path = target.kind === "file" ? target.absPath : join(run.cwd, "<stdin>");
  const checkOptions: CheckOptions = {
    locale: settings.locale,
    rules: settings.rules,
    documents: {
      path,
      reader: documentReaderFor(path, run),
      ...(run.previous ? { previous: run.previous } : {}),
    },
  };
  let outcome = checkText(text, checkOptions);
  let fixesApplied = 0;
  if (run.fix && outcome.findings.some((f) => f.fixes.some((x) => x.safe))) {
    const fixed = fixAll(text, checkOptions);
    // A fix not written is not applied: the findings stay those of the file as it is on disk.
    const refusal = fixed.text === text || target.kind !== "file" ? undefined : replaceFile(target.absPath, text, fixed.text);
    if (refusal) problems.push(refusal.code === "failed" ? { kind: "unwritable", display: target.display, error: refusal.error } : { kind: "not-fixed", display: target.display, reason: refusal.code });
    else if (fixed.text !== text) {
      fixesApplied = fixed.applied;
      // fixAll's findings lack internal errors; one more check of the fixed text has both.
      outcome = checkText(fixed.text, checkOptions);
      text = fixed.text;
    }
  }
  if (outcome.internalErrors.length > 0) problems.push({ kind: "internal", display: target.display, errors: outcome.internalErrors });
  return { result: { findings: outcome.findings, fixesApplied }, problems, text };
}
