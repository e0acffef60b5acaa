import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Coverage of what runs outside the test process: the built CLI, the server, check workers (V8 coverage that Node
 * writes at exit, NODE_V8_COVERAGE) and the page in Chromium (CDP coverage the page helper saves). All of it lands
 * here, and scripts/coverage-by-package.mjs maps it back to the sources and adds it to vitest's own figures.
 */
export const processCoverageDir = join(fileURLToPath(new URL("../..", import.meta.url)), "coverage-processes");

/** Set in the test workers when the run measures coverage (test/process-coverage/setup.ts); unset otherwise. */
export function measuringProcesses(): string | undefined {
  return process.env.NODE_V8_COVERAGE;
}

/**
 * What a child process needs in its environment to be counted. Helpers that give a child a minimal environment of
 * their own add this; those that pass process.env along carry it already.
 */
export function childCoverageEnv(): Record<string, string> {
  const dir = measuringProcesses();
  return dir ? { NODE_V8_COVERAGE: dir } : {};
}
