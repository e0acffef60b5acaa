import { readTextFile } from "@ogi-report/node-shell";
import type { Finding } from "@ogi-report/core";
import { slimmers } from "../formatters/slim.js";
import type { FormatName } from "../formatters/names.js";
import { checkFileText, type Checked, type FileProblem, type FileSettings, type RunSwitches } from "./check-file.js";
import { checkSourceDocument, SOURCE_DOCUMENT } from "./source-document.js";
import { inThreads } from "./threads.js";

/** Checking many files on several threads (check/threads.ts): the check task's jobs, outcomes and what they share. */

/** A file to check, as a worker gets it: where it is, how it was named, and which of the run's settings it uses. */
export interface FileJob {
  display: string;
  absPath: string;
  explicit: boolean;
  settings: number;
}

/** What every file of a check run shares. */
export interface CheckShared {
  settings: FileSettings[];
  run: RunSwitches;
  /** The output format: a worker cuts each finding down to what it prints before sending it (formatters/slim.ts). */
  format?: FormatName;
}

/** One file's outcome as it crosses threads: a read error as plain data, since a structured clone keeps no `code`. */
export interface Outcome {
  result?: Checked["result"];
  problems: FileProblem[];
  notes?: string[];
}

interface SentError {
  name: string;
  message: string;
  code?: string;
}

export interface ParallelOptions {
  workers: number;
  script: URL | string;
  /** The main thread checks no file itself (tests: every outcome then comes from a worker). */
  workersOnly?: boolean;
  /** Before each file the main thread checks: how many files all threads have checked, and this file's name. */
  onProgress?: (done: number, display: string) => void;
  format?: FormatName;
}

/**
 * Outcomes of every job, in job order, and how many files workers checked. A batch a worker could not finish (it
 * failed to start, or crashed) is checked on the main thread at the end.
 */
export function checkInParallel(jobs: FileJob[], settings: FileSettings[], run: RunSwitches, options: ParallelOptions): Promise<{ outcomes: Outcome[]; byWorkers: number }> {
  const shared: CheckShared = { settings, run, ...(options.format ? { format: options.format } : {}) };
  return inThreads(jobs, shared, {
    task: "check",
    workers: options.workers,
    script: options.script,
    ...(options.workersOnly ? { workersOnly: true } : {}),
    onProgress: (i, done) => options.onProgress?.(done, jobs[i]!.display),
    here: (job) => checkAnyJob(job, settings[job.settings]!, run),
    received,
  });
}

/** The check task as a worker runs it: the outcome cut down to what the output prints, errors as plain data. */
export async function checkTask(job: FileJob, shared: CheckShared): Promise<Outcome> {
  const outcome = await checkAnyJob(job, shared.settings[job.settings]!, shared.run);
  const slim = shared.format ? slimmers[shared.format] : undefined;
  if (slim && outcome.result && outcome.result.findings.length > 0) outcome.result.findings = outcome.result.findings.map(slim as (f: Finding) => Finding);
  return sendable(outcome);
}

/** A YAML report, or a Word, PDF, HTML or text one imported first (check/source-document.ts). */
export async function checkAnyJob(job: FileJob, settings: FileSettings, run: RunSwitches): Promise<Outcome> {
  if (!SOURCE_DOCUMENT.test(job.absPath)) return checkJob(job, settings, run);
  const { result, problems, notes } = await checkSourceDocument({ kind: "file", display: job.display, absPath: job.absPath, explicit: job.explicit }, settings, run);
  return { ...(result ? { result } : {}), problems, ...(notes?.length ? { notes } : {}) };
}

/** Read and check one YAML file, as the one-thread path does. */
export function checkJob(job: FileJob, settings: FileSettings, run: RunSwitches): Outcome {
  let text: string;
  try {
    text = readTextFile(job.absPath);
  } catch (error) {
    return { problems: [{ kind: "unreadable", display: job.display, error }] };
  }
  const { result, problems } = checkFileText({ kind: "file", display: job.display, absPath: job.absPath, explicit: job.explicit }, text, settings, run);
  return result ? { result, problems } : { problems };
}

function sendable(o: Outcome): Outcome {
  if (!o.problems.some((p) => p.kind !== "internal")) return o;
  return { ...o, problems: o.problems.map((p) => (p.kind === "internal" || p.kind === "not-fixed" ? p : { ...p, error: errorData(p.error) })) };
}

function received(o: Outcome): Outcome {
  if (!o.problems.some((p) => p.kind !== "internal")) return o;
  return { ...o, problems: o.problems.map((p) => (p.kind === "internal" || p.kind === "not-fixed" ? p : { ...p, error: errorValue(p.error as SentError) })) };
}

function errorData(error: unknown): SentError {
  const e = error as { name?: unknown; message?: unknown; code?: unknown };
  return {
    name: typeof e?.name === "string" ? e.name : "Error",
    message: error instanceof Error ? error.message : String(error),
    ...(typeof e?.code === "string" ? { code: e.code } : {}),
  };
}

function errorValue(data: SentError): Error {
  const error = new Error(data.message);
  error.name = data.name;
  if (data.code !== undefined) (error as Error & { code?: string }).code = data.code;
  return error;
}
