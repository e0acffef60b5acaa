import { join } from "node:path";
import { afterAll } from "vitest";
// @ts-expect-error -- a plain ES module of the scripts folder, without type declarations.
import { compactProcessCoverage } from "../../scripts/coverage-processes.mjs";
import { processCoverageDir } from "./processes.js";

// Runs in each test worker when the run measures coverage (vitest.config.ts): every Node process a test starts from
// here on inherits it and writes its V8 coverage at exit. The worker itself is measured by vitest; set here, not in
// the main process, so that the workers it forks do not also write theirs.
process.env.NODE_V8_COVERAGE = processCoverageDir;

// After each test file, what its processes wrote shrinks to the part that is ours.
afterAll(() => compactProcessCoverage(processCoverageDir, join(processCoverageDir, "..", "packages") + "/"));
