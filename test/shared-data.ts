import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The published reports and seeds live beside the repository, not in it (their prose is not ours to copy).
 * Only the corpus suite (`pnpm test:corpus`, files named *.corpus.test.ts) reads them, and it fails, never
 * skips, when they are missing: a suite asked to run without its data has not passed.
 */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

function sharedDir(variable: string, fallback: string): string {
  const dir = resolve(repoRoot, process.env[variable] ?? fallback);
  if (!existsSync(dir)) {
    throw new Error(`the corpus suite needs ${dir} (set ${variable} to that folder); \`pnpm test\` does not need it`);
  }
  return dir;
}

/** The published reports: OGI_CORPUS, by default ../shared/corpus relative to the repository root. */
export const corpusDir = (): string => sharedDir("OGI_CORPUS", "../shared/corpus");
/** The seed report's published text: OGI_SEEDS, by default ../shared/seeds. */
export const seedsDir = (): string => sharedDir("OGI_SEEDS", "../shared/seeds");
