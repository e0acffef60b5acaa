import type { Worker } from "node:worker_threads";

/**
 * Running many jobs on several threads, for `ogi check` and `ogi audit`. The main thread and the workers take batches
 * of jobs from one shared counter (so a slow or late thread simply takes fewer), each batch's outcomes are kept under
 * its number, and the run reads them back in batch order: the same outcomes, in the same order, as one thread doing
 * job after job. Jobs and outcomes are plain data (they cross threads by structured clone).
 */

/** The tasks a worker knows (check/worker.ts); a pool names one. */
export type TaskName = "check" | "audit";

/** What a worker is started with (its workerData). */
export interface PoolInput<Job = unknown, Shared = unknown> {
  ogiWorker: 1;
  task: TaskName;
  jobs: Job[];
  /** What every job of the run shares (settings, switches). */
  shared: Shared;
  batchSize: number;
  /** Int32 [0]: the next batch to take. */
  next: SharedArrayBuffer;
}

/** A task as a thread runs it: one job to its outcome, ready to cross threads. */
export type Task<Job, Shared, Out> = (job: Job, shared: Shared) => Out | Promise<Out>;

type Sent<Out> = { batch: number; outcomes: Out[] } | { done: true };

export interface PoolOptions<Job, Shared, Out> {
  task: TaskName;
  workers: number;
  script: URL | string;
  /** The main thread does no job itself (tests: every outcome then comes from a worker). */
  workersOnly?: boolean;
  /** Called on the main thread before each job it does itself, with how many jobs all threads have done so far. */
  onProgress?: (index: number, done: number) => void;
  /** The task as the main thread runs it (the workers run the one of the same name in check/worker.ts). */
  here: Task<Job, Shared, Out>;
  /** An outcome as it arrives from a worker, made whole again (errors rebuilt). */
  received?: (o: Out) => Out;
}

/**
 * Outcomes of every job, in job order, and how many jobs workers did. A batch a worker could not finish (it failed
 * to start, or crashed) is done on the main thread at the end.
 */
export async function inThreads<Job, Shared, Out>(jobs: Job[], shared: Shared, options: PoolOptions<Job, Shared, Out>): Promise<{ outcomes: Out[]; byWorkers: number }> {
  const threads = options.workers + (options.workersOnly ? 0 : 1);
  // Batches small enough that threads finish together, large enough that messages stay few.
  const batchSize = Math.max(1, Math.min(64, Math.ceil(jobs.length / threads / 8)));
  const batches = Math.ceil(jobs.length / batchSize);
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const byBatch: (Out[] | undefined)[] = new Array(batches);
  const input: PoolInput<Job, Shared> = { ogiWorker: 1, task: options.task, jobs, shared, batchSize, next };
  const received = options.received ?? ((o: Out) => o);

  let byWorkers = 0;
  let done = 0;
  let running = options.workers;
  let settle: () => void = () => {};
  const finished = new Promise<void>((resolve) => (settle = resolve));
  const workers: Worker[] = [];
  // Loaded here, not at start-up: most runs start no thread, and the module costs every start ~9 ms.
  const { Worker } = options.workers > 0 ? await import("node:worker_threads") : { Worker: undefined };
  for (let i = 0; Worker && i < options.workers; i++) {
    let over = false;
    const end = () => {
      if (over) return;
      over = true;
      if (--running === 0) settle();
    };
    try {
      const worker = new Worker(options.script, { workerData: input });
      worker.on("message", (m: Sent<Out>) => {
        if ("done" in m) return end();
        byBatch[m.batch] = m.outcomes.map(received);
        byWorkers += m.outcomes.length;
        done += m.outcomes.length;
      });
      // A worker that fails leaves its batch unfinished: the main thread does it below.
      worker.on("error", end);
      worker.on("exit", end);
      workers.push(worker);
    } catch {
      end();
    }
  }

  const batch = async (b: number): Promise<Out[]> => {
    const out: Out[] = [];
    const end = Math.min(jobs.length, (b + 1) * batchSize);
    for (let i = b * batchSize; i < end; i++) {
      options.onProgress?.(i, done);
      out.push(await options.here(jobs[i]!, shared));
      done++;
    }
    return out;
  };
  // Between batches the main thread lets the workers' messages in: their outcomes are taken as they come (not all at
  // the end), and the progress line counts their files too.
  const yieldToWorkers = () => (workers.length > 0 ? new Promise<void>((resolve) => setImmediate(resolve)) : undefined);
  if (!options.workersOnly) {
    for (let b = Atomics.add(counter, 0, 1); b < batches; b = Atomics.add(counter, 0, 1)) {
      byBatch[b] = await batch(b);
      await yieldToWorkers();
    }
  }
  // Wait only for batches a worker has taken: a worker still starting up when the main thread is through is not needed.
  if (options.workers > 0 && !complete(byBatch)) await finished;
  await Promise.all(workers.map((w) => w.terminate()));
  for (let b = 0; b < batches; b++) byBatch[b] ??= await batch(b);
  return { outcomes: byBatch.flat() as Out[], byWorkers };
}

function complete(byBatch: unknown[]): boolean {
  for (let b = 0; b < byBatch.length; b++) if (byBatch[b] === undefined) return false;
  return true;
}

/** A worker's whole life: batches until none is left, each sent back as it is done. */
export async function runWorker<Job, Shared, Out>(input: PoolInput<Job, Shared>, task: Task<Job, Shared, Out>, send: (m: Sent<Out>) => void): Promise<void> {
  const counter = new Int32Array(input.next);
  const batches = Math.ceil(input.jobs.length / input.batchSize);
  for (let b = Atomics.add(counter, 0, 1); b < batches; b = Atomics.add(counter, 0, 1)) {
    const outcomes: Out[] = [];
    const end = Math.min(input.jobs.length, (b + 1) * input.batchSize);
    for (let i = b * input.batchSize; i < end; i++) outcomes.push(await task(input.jobs[i]!, input.shared));
    send({ batch: b, outcomes });
  }
  send({ done: true });
}

/** More threads than this only add start-up cost. */
export const MAX_WORKERS = 7;

/**
 * Worker threads for a run of `jobs` jobs: OGI_WORKERS=n asks for n (0: the main thread alone); otherwise, from
 * `autoFrom` jobs up, one fewer than the cores the process may use (none on one core).
 */
export function threadsFor(jobs: number, env: Readonly<Record<string, string | undefined>>, autoFrom: number, cores: number): number {
  if (jobs < 2) return 0;
  const asked = env.OGI_WORKERS;
  if (asked !== undefined && /^\d+$/.test(asked)) return Math.min(Number(asked), MAX_WORKERS, jobs);
  return jobs >= autoFrom ? Math.max(0, Math.min(cores - 1, MAX_WORKERS)) : 0;
}
