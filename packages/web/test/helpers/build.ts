import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { builtPage, pkgDir } from "./paths.js";

/** `pnpm test` builds first (turbo); a bare `vitest run` builds here when the page is missing or older than its sources. */
export function ensureBuilt(): string {
  const newest = Math.max(...["src", "scripts"].flatMap((dir) => readdirSync(join(pkgDir, dir), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => statSync(join(e.parentPath, e.name)).mtimeMs)));
  if (!existsSync(builtPage) || statSync(builtPage).mtimeMs < newest) execFileSync(process.execPath, [join(pkgDir, "scripts/build.mjs")], { stdio: "inherit" });
  return pathToFileURL(builtPage).href;
}

