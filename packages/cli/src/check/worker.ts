import { parentPort, workerData } from "node:worker_threads";
import { auditTask } from "../commands/audit/audit-task.js";
import { checkTask } from "./parallel.js";
import { runWorker, type PoolInput, type Task, type TaskName } from "./threads.js";

// The entry of dist/check-worker.js: one of the threads `ogi check` and `ogi audit` start for many files (threads.ts).
const tasks: Record<TaskName, Task<never, never, unknown>> = { check: checkTask as Task<never, never, unknown>, audit: auditTask as Task<never, never, unknown> };

const input = workerData as PoolInput | undefined;
if (parentPort && input?.ogiWorker === 1) {
  const port = parentPort;
  void runWorker(input as PoolInput<never, never>, tasks[input.task], (m) => port.postMessage(m));
}
