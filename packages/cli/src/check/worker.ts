import { parentPort, workerData } from "node:worker_threads";
import { runWorker, type WorkerInput } from "./parallel.js";

// The entry of dist/check-worker.js: one of the threads `ogi check` starts for many files (see parallel.ts).
if (parentPort && (workerData as WorkerInput | undefined)?.ogiCheckWorker === 1) {
  const port = parentPort;
  runWorker(workerData as WorkerInput, (m) => port.postMessage(m));
}
