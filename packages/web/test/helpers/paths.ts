import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const pkgDir = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const repoRoot = join(pkgDir, "../..");
export const builtPage = join(pkgDir, "dist/index.html");
export const examplesDir = join(repoRoot, "examples");

/** Screenshots a person can look at (artifacts/ is not committed). */
export function artifactsDir(): string {
  const dir = join(repoRoot, "artifacts/web");
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function which(...names: string[]): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(":")) for (const name of names) if (existsSync(join(dir, name))) return join(dir, name);
  return undefined;
}

export const chromiumPath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : which("chromium", "chromium-browser");
