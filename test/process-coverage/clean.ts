import { mkdirSync, rmSync } from "node:fs";
import { processCoverageDir } from "./processes.js";

/** vitest globalSetup of a measuring run: last run's process coverage is not this run's. */
export default function clean(): void {
  rmSync(processCoverageDir, { recursive: true, force: true });
  mkdirSync(processCoverageDir, { recursive: true });
}
