import { readFileSync } from "node:fs";
import type { CoverageOptions } from "vitest/node";

/**
 * Coverage of the sources, measured in the test run (`pnpm test` passes --coverage; a single test file run by
 * hand does not, so its partial figures never fail it). In-process only: the tests load the workspace packages
 * from their sources (vitest.config.ts aliases them), and what they run is counted. Tests that start the built CLI,
 * the server or the page in a subprocess or in Chromium check what users run, and are not counted here.
 */
interface PackageCoverage {
  target: number;
  floor?: { lines: number; branches: number };
}

/**
 * coverage-targets.json: each package's target and, until it is reached, the floor the run fails below. The
 * server is tested over stdio against its build, the page in Chromium and the extension in VS Code: their code
 * runs outside the test process and is not counted here, hence their low floors.
 */
const targets = JSON.parse(readFileSync(new URL("./coverage-targets.json", import.meta.url), "utf8")) as Record<string, PackageCoverage | string>;
const packageCoverage = Object.entries(targets).filter((e): e is [string, PackageCoverage] => typeof e[1] === "object");

export function coverage(): CoverageOptions {
  const thresholds = Object.fromEntries(
    packageCoverage.map(([name, { target, floor }]) => [`packages/${name}/src/**`, floor ?? { lines: target, branches: target }]),
  );
  return {
    provider: "v8",
    include: ["packages/*/src/**/*.ts"],
    // Generated code (the precompiled validators, the docs' examples) is not ours to cover line by line.
    exclude: ["**/*.generated.*", "**/*.d.ts"],
    reporter: ["text-summary", "json-summary"],
    reportsDirectory: "coverage",
    // .ci/run prints the figures per package even when a test failed.
    reportOnFailure: true,
    thresholds: {
      ...thresholds,
      // The fast reader gives up wherever it is not certain: every one of those branches is reached by a test.
      "packages/core/src/yaml/fast*.ts": { branches: 100 },
    },
  };
}
