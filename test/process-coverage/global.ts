import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { processCoverageDir } from "./processes.js";

const root = join(processCoverageDir, "..");

/** vitest globalSetup of a measuring run: last run's process coverage is not this run's. */
export function setup(): void {
  rmSync(processCoverageDir, { recursive: true, force: true });
  mkdirSync(processCoverageDir, { recursive: true });
}

/**
 * After vitest has written its own coverage (coverage/coverage-final.json; teardown comes after the report): the
 * processes' coverage added, figures per package printed (and kept in coverage/by-package.txt for .ci/run), and the
 * run failed below a floor — what vitest's thresholds cannot do, seeing only the test process.
 */
export function teardown(): void {
  const r = spawnSync(process.execPath, [join(root, "scripts/coverage-by-package.mjs"), join(root, "coverage/coverage-final.json"), processCoverageDir], { encoding: "utf8" });
  const text = `${r.stdout ?? ""}${r.stderr ?? ""}${r.error ? `coverage: ${r.error.message}\n` : ""}`;
  process.stdout.write(`\n${text}`);
  mkdirSync(join(root, "coverage"), { recursive: true });
  writeFileSync(join(root, "coverage/by-package.txt"), text);
  if (r.status !== 0) process.exitCode = 1;
}
