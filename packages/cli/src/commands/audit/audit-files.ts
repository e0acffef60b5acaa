import { availableParallelism } from "node:os";
import { inThreads, threadsFor } from "../../check/threads.js";
import type { Io } from "../../io.js";
import type { Locale } from "../../locale.js";
import { auditTask, type AuditJob, type AuditOutcome, type AuditShared } from "./audit-task.js";
import { examine } from "./examine.js";
import type { AuditInput } from "./types.js";

/**
 * From this many files up, an audit spreads them over worker threads (OGI_WORKERS=n overrides, 0 for one thread).
 * Importing a page or a document costs tens of milliseconds, far more than checking a report, so a worker pays for
 * its start-up (~0.1 s, loading core and the importer again) much sooner than in `ogi check` (bench/README.md, "Audit").
 */
export const AUDIT_WORKERS_FROM = 24;

/**
 * Every input audited, in input order (`onProgress`: the input the main thread takes next, and how many files all
 * threads have audited): on the main thread alone or on worker threads too, with the same outcomes
 * either way. A file the walk could not open is accounted for here without being sent anywhere.
 */
export async function auditFiles(inputs: AuditInput[], io: Io, locale: Locale, onProgress: (index: number, done: number) => void): Promise<AuditOutcome[]> {
  const shared: AuditShared = { locale };
  const open: number[] = [];
  inputs.forEach((input, i) => {
    if (!input.skipped) open.push(i);
  });
  const jobs: AuditJob[] = open.map((i) => ({ display: inputs[i]!.display, path: inputs[i]!.path, explicit: inputs[i]!.explicit }));
  const workers = io.checkWorker ? threadsFor(jobs.length, io.env, AUDIT_WORKERS_FROM, availableParallelism()) : 0;
  const { outcomes } = await inThreads(jobs, shared, {
    task: "audit",
    workers,
    script: io.checkWorker ?? "",
    ...(io.env.OGI_WORKERS_ONLY === "1" ? { workersOnly: true } : {}),
    onProgress: (j, done) => onProgress(open[j]!, done),
    here: auditTask,
  });
  const all: AuditOutcome[] = [];
  let next = 0;
  for (const input of inputs) {
    all.push(input.skipped ? examine(unused, input, locale) : outcomes[next++]!);
  }
  return all;
}

/** examine() never imports a file it was told is skipped. */
const unused: Parameters<typeof examine>[0] = () => {
  throw new Error("a skipped file is not imported");
};
