import type { Locale } from "@ogi-report/core";
import type { FileResult } from "../check/run.js";

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface FormatInput {
  results: FileResult[];
  summary: Summary;
  /** Absolute working folder: SARIF URIs and GitHub `file=` are relative to it. */
  cwd: string;
  /** Language of the formatter's own words (findings carry their message already localised). */
  locale: Locale;
  color: boolean;
  version: string;
}

export interface Formatted {
  /** What goes to stdout (or `--output`). */
  output: string;
  /** Markdown for the GitHub step summary: to $GITHUB_STEP_SUMMARY when set, else appended to the output. */
  stepSummary?: string;
}

/** A formatter is a pure function of the results: no I/O, so each is tested by its output alone. */
export type Formatter = (input: FormatInput) => Formatted;

export function summarize(results: FileResult[]): Summary {
  const summary: Summary = { files: results.length, errors: 0, warnings: 0, infos: 0 };
  for (const r of results) {
    for (const f of r.findings) {
      if (f.severity === "error") summary.errors++;
      else if (f.severity === "warning") summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}
