import { defineConfig } from "vitest/config";

// `pnpm test:corpus`: the tests that read the real published reports in place (OGI_CORPUS, by default
// ../shared/corpus, and OGI_SEEDS, by default ../shared/seeds). Without them these tests fail, not skip.
const json = process.env.OGI_VITEST_JSON;

export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.corpus.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    ...(json ? { reporters: ["default", "json"], outputFile: { json } } : {}),
  },
});
