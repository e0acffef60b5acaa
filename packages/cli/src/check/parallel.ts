import { readTextFile } from "@ogi-report/node-shell";
import type { Worker } from "node:worker_threads";
import { checkFileText, type Checked, type FileProblem, type FileSettings, type RunSwitches } from "./check-file.js";

/**
 * Checking many files on several threads. The main thread and the workers take batches of files from one shared
 * counter (so a slow or late thread simply takes fewer), each batch's outcomes are kept under its number, and the
 * run reads them back in batch order: the same outcomes, in the same order, as one thread checking file after file.
 */

/** A file to check, as a worker gets it: where it is, how it was named, and which of the run's settings it uses. */
export interface FileJob {
  display: string;
  absPath: string;
  explicit: boolean;
  settings: number;
}

/** What a worker is started with (its workerData). */
export interface WorkerInput {
  ogiCheckWorker: 1;
  jobs: FileJob[];
  settings: FileSettings[];
  run: RunSwitches;
  batchSize: number;
  /** Int32 [0]: the next batch to take. */
  next: SharedArrayBuffer;
}

/** One file's outcome as it crosses threads: a read error as plain data, since a structured clone keeps no `code`. */
export interface Outcome {
  result?: Checked["result"];
  problems: FileProblem[];
}

type Sent = { batch: number; outcomes: Outcome[] } | { done: true };

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
  onProgress?: (index: number, display: string) => void;
}

/**
 * Outcomes of every job, in job order, and how many files workers checked. A batch a worker could not finish (it
 * failed to start, or crashed) is checked on the main thread at the end.
 */
export async function checkInParallel(jobs: FileJob[], settings: FileSettings[], run: RunSwitches, options: ParallelOptions): Promise<{ outcomes: Outcome[]; byWorkers: number }> {
  const threads = options.workers + (options.workersOnly ? 0 : 1);
  // Batches small enough that threads finish together, large enough that messages stay few.
  const batchSize = Math.max(1, Math.min(64, Math.ceil(jobs.length / threads / 8)));
  const batches = Math.ceil(jobs.length / batchSize);
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const byBatch: (Outcome[] | undefined)[] = new Array(batches);
  const input: WorkerInput = { ogiCheckWorker: 1, jobs, settings, run, batchSize, next };

  let byWorkers = 0;
  let running = options.workers;
  let settle: () => void = () => {};
  const finished = new Promise<void>((resolve) => (settle = resolve));
  // Loaded here, not at start-up: most runs start no thread, and the module costs every start ~9 ms.
  const { Worker } = await import("node:worker_threads");
  const workers: Worker[] = [];
  for (let i = 0; i < options.workers; i++) {
    let over = false;
    const end = () => {
      if (over) return;
      over = true;
      if (--running === 0) settle();
    };
    try {
      const worker = new Worker(options.script, { workerData: input });
      worker.on("message", (m: Sent) => {
        if ("done" in m) return end();
        byBatch[m.batch] = m.outcomes.map(received);
        byWorkers += m.outcomes.length;
      });
      // A worker that fails leaves its batch unfinished: the main thread checks it below.
      worker.on("error", end);
      worker.on("exit", end);
      workers.push(worker);
    } catch {
      end();
    }
  }

  if (!options.workersOnly) {
    for (let b = Atomics.add(counter, 0, 1); b < batches; b = Atomics.add(counter, 0, 1)) {
      byBatch[b] = checkBatch(b, input, options.onProgress);
    }
  }
  // Wait only for batches a worker has taken: a worker still starting up when the main thread is through is not needed.
  if (options.workers > 0 && !complete(byBatch)) await finished;
  await Promise.all(workers.map((w) => w.terminate()));
  for (let b = 0; b < batches; b++) byBatch[b] ??= checkBatch(b, input, options.onProgress);
  return { outcomes: byBatch.flat() as Outcome[], byWorkers };
}

function complete(byBatch: (Outcome[] | undefined)[]): boolean {
  for (let b = 0; b < byBatch.length; b++) if (byBatch[b] === undefined) return false;
  return true;
}

/** A worker's whole life: batches until none is left, each sent back as it is done. */
export function runWorker(input: WorkerInput, send: (m: Sent) => void): void {
  const counter = new Int32Array(input.next);
  const batches = Math.ceil(input.jobs.length / input.batchSize);
  for (let b = Atomics.add(counter, 0, 1); b < batches; b = Atomics.add(counter, 0, 1)) {
    send({ batch: b, outcomes: checkBatch(b, input).map(sendable) });
  }
  send({ done: true });
}

function checkBatch(b: number, input: WorkerInput, onProgress?: (index: number, display: string) => void): Outcome[] {
  const out: Outcome[] = [];
  const end = Math.min(input.jobs.length, (b + 1) * input.batchSize);
  for (let i = b * input.batchSize; i < end; i++) {
    const job = input.jobs[i]!;
    onProgress?.(i, job.display);
    out.push(checkJob(job, input.settings[job.settings]!, input.run));
  }
  return out;
}

/** Read and check one file, as the one-thread path does. */
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
