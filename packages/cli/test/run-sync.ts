import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const cliDir = join(dirname(fileURLToPath(import.meta.url)), "..");
export const repo = join(cliDir, "../..");
const ogi = join(cliDir, "dist/ogi.js");

/** `node dist/ogi.js …` from the repository root, in English and without colour; stdin from `input`. */
export function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [ogi, ...args], { cwd: repo, input, encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "", NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
