import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { coverage } from "./vitest.coverage.js";

// `pnpm test`: everything the repository holds, needing nothing beside it. Tests that read the published reports
// (../shared/corpus) are named *.corpus.test.ts and run in their own suite, `pnpm test:corpus`
// (vitest.corpus.config.ts).
// .ci/run sets OGI_VITEST_JSON so that `pnpm test`, the README's command as it is, also writes the counts it
// prints as "N passed, N failed" (CI does not read vitest's own closing line), and OGI_COVERAGE to measure.
const json = process.env.OGI_VITEST_JSON;
// Coverage counts every block V8 runs: the size and property tests take about twice as long under it, more on a
// shared machine.
const measuring = process.argv.includes("--coverage");

export default defineConfig({
  // In-process tests run the workspace packages from their sources, not their builds: what they exercise is what
  // coverage counts (the built files are exercised by the subprocess tests: the CLI, the server, the bundles).
  resolve: { alias: [{ find: /^@ogi-report\/(core|import|render|lsp)$/, replacement: fileURLToPath(new URL("./packages/$1/src/index.ts", import.meta.url)) }] },
  test: {
    include: ["packages/*/test/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/*.corpus.test.ts"],
    testTimeout: measuring ? 240_000 : 60_000,
    hookTimeout: 120_000,
    // Subprocess and LSP tests spawn processes: keep the two cores from thrashing.
    maxWorkers: 2,
    ...(json ? { reporters: ["default", "json"], outputFile: { json } } : {}),
    // Measuring, the processes the tests start (the CLI, the server, the page) report their coverage too
    // (test/process-coverage/); a run without --coverage starts them as before.
    ...(measuring ? { globalSetup: ["test/process-coverage/global.ts"], setupFiles: ["test/process-coverage/setup.ts"] } : {}),
    coverage: coverage(),
  },
});
