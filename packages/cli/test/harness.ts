import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { expect } from "vitest";
import { childCoverageEnv } from "../../../test/process-coverage/processes.js";

export const testDir = dirname(fileURLToPath(import.meta.url));
export const packageDir = join(testDir, "..");
export const repoDir = join(packageDir, "..", "..");
export const fixturesDir = join(testDir, "fixtures");
export const goldenDir = join(testDir, "golden");
/** The built binary: these tests check what users run, not the sources. `pnpm test` builds first. */
/** Every YAML file under `dir`, sorted, folders included. */
export function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

export const binPath = join(packageDir, "dist", "ogi.js");
export const version: string = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")).version;

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  stdin?: string;
  /**
   * Added to a minimal environment (PATH, HOME, LANG=en_US.UTF-8, and NODE_V8_COVERAGE when the run measures
   * coverage); nothing else leaks in from the test runner.
   */
  env?: Record<string, string>;
}

export function assertBuilt(): void {
  if (!existsSync(binPath)) throw new Error(`${binPath} is missing: run \`pnpm --filter @ogi-report/cli build\` (pnpm test does)`);
}

/** Runs `node dist/ogi.js …` as a user would: real process, real pipes, real exit status. */
export function runOgi(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", LANG: "en_US.UTF-8", ...childCoverageEnv(), ...options.env };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], { cwd: options.cwd ?? fixturesDir, env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
}

export function tempDir(prefix = "ogi-cli-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Only what differs between machines and releases: absolute paths (as paths and as file URLs) and the version. */
export function normalize(text: string, extra: Record<string, string> = {}): string {
  let out = text;
  const replacements: [string, string][] = [...Object.entries(extra), [fixturesDir, "<fixtures>"], [repoDir, "<repo>"]];
  for (const [from, to] of replacements) {
    out = out.split(pathToFileURL(from).href).join(`file://${to}`).split(from).join(to);
  }
  return out.split(version).join("<version>");
}

/**
 * Compares against test/golden/<name>; `UPDATE_GOLDEN=1 pnpm test` (or `UPDATE_GOLDEN=1 npx vitest run
 * packages/cli`) rewrites the files instead, for a human to review in the diff.
 */
export function expectGolden(name: string, actual: string): void {
  const file = join(goldenDir, name);
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`golden file ${name} is missing: run with UPDATE_GOLDEN=1 and review it`);
  expect(actual, `golden ${name} (UPDATE_GOLDEN=1 to accept changes)`).toBe(readFileSync(file, "utf8"));
}

/** One readable text per scenario: the command, its exit status, stdout and stderr. */
export function transcript(args: string[], env: Record<string, string>, result: RunResult, extra: Record<string, string> = {}, sections: Record<string, string> = {}): string {
  const envText = Object.entries(env).map(([k, v]) => `${k}=${shellQuote(v)} `).join("");
  const parts = [normalize(`$ ${envText}ogi ${args.map(shellQuote).join(" ")}`, extra), `--- exit ${result.code}`, "--- stdout", normalize(result.stdout, extra), "--- stderr", normalize(result.stderr, extra)];
  for (const [title, body] of Object.entries(sections)) parts.push(`--- ${title}`, normalize(body, extra));
  return parts.join("\n") + (parts[parts.length - 1]!.endsWith("\n") ? "" : "\n");
}

function shellQuote(arg: string): string {
  return /^[\w./=:@%+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
