import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Subprocess and LSP tests spawn processes: keep the two cores from thrashing.
    maxWorkers: 2,
  },
});
