import type { CoverageOptions } from "vitest/node";

/**
 * Coverage of the sources, measured in the test run (`pnpm test` passes --coverage; a single test file run by
 * hand does not). vitest counts what runs in the test process: the tests load the workspace packages from their
 * sources (vitest.config.ts aliases them). What runs outside it — the built CLI and server as subprocesses, the page
 * in Chromium — reports its own V8 coverage (test/process-coverage/), which scripts/coverage-by-package.mjs maps back to the
 * sources and adds to vitest's coverage-final.json. The per-package floors and targets (coverage-targets.json) are
 * enforced there, on the merged figures: vitest's thresholds would see only the in-process part.
 */
export function coverage(): CoverageOptions {
  return {
    provider: "v8",
    include: ["packages/*/src/**/*.ts"],
    // Generated code (the precompiled validators, the docs' examples) is not ours to cover line by line.
    exclude: ["**/*.generated.*", "**/*.d.ts"],
    // json: the per-file map the subprocesses' coverage is merged into.
    reporter: ["text-summary", "json-summary", "json"],
    reportsDirectory: "coverage",
    // .ci/run prints the figures per package even when a test failed.
    reportOnFailure: true,
    thresholds: {
      // The fast reader gives up wherever it is not certain: every one of those branches is reached by a test (in
      // process: core's own tests).
      "packages/core/src/yaml/fast*.ts": { branches: 100 },
    },
  };
}
