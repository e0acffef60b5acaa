import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { captureIo, main } from "../src/main.js";

export const cliDir = join(dirname(fileURLToPath(import.meta.url)), "..");
export const repo = join(cliDir, "../..");
const ogi = join(cliDir, "dist/ogi.js");

/** `node dist/ogi.js …` from the repository root, in English and without colour; stdin from `input`. */
export function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [ogi, ...args], { cwd: repo, input, encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "", NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Ran = ReturnType<typeof run>;

/** The same through `main(argv, io)` in this process (what the bin wraps; counted by coverage). */
export async function runMain(args: string[], input?: string): Promise<Ran> {
  const io = captureIo({ cwd: repo, env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "", NO_COLOR: "1" } as Record<string, string>, ...(input !== undefined ? { stdin: input } : {}) });
  const code = await main(args, io);
  return { code, stdout: io.out, stderr: io.err };
}

/** Both ways of running the CLI, for tests that must hold for each. */
export const runners: [string, (args: string[], input?: string) => Promise<Ran>][] = [
  ["binary", async (args, input) => run(args, input)],
  ["main in-process", runMain],
];
