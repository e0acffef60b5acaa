import type { CoverageOptions } from "vitest/node";

/**
 * Coverage of the sources, measured in the test run (`pnpm test` passes --coverage; a single test file run by
 * hand does not, so its partial figures never fail it). Measured in-process: tests that start the built CLI or
 * server as a subprocess check what users run, and the same behaviour is also driven in-process through
 * `main(argv, io)` and the server's library entry, which is what these figures count.
 * scripts/coverage-by-package.mjs prints the figures per package from coverage/coverage-summary.json.
 */
const atLeast = (percent: number) => ({ lines: percent, branches: percent });

export function coverage(): CoverageOptions {
  return {
    provider: "v8",
    include: ["packages/*/src/**/*.ts"],
    // Generated code (the precompiled validators) is not ours to cover line by line.
    exclude: ["**/*.generated.*", "**/*.d.ts"],
    reporter: ["text-summary", "json-summary"],
    reportsDirectory: "coverage",
    // .ci/run prints the figures per package even when a test failed.
    reportOnFailure: true,
    thresholds: {
      "packages/core/src/**": atLeast(95),
      // Enabled when the yaml branch lands (it rewrites fast.ts and its tests reach every give-up branch):
      // "packages/core/src/yaml/fast.ts": { branches: 100 },
      "packages/cli/src/**": atLeast(85),
      "packages/lsp/src/**": atLeast(85),
      "packages/import/src/**": atLeast(85),
      "packages/render/src/**": atLeast(85),
      "packages/web/src/**": atLeast(85),
      "packages/vscode-extension/src/**": atLeast(85),
    },
  };
}
