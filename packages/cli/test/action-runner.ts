import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { childCoverageEnv } from "../../../test/process-coverage/processes.js";

/**
 * Runs a composite action's `run:` steps the way the GitHub runner does (docs.github.com, "Metadata syntax" and
 * "Workflow commands"): each step's script in `bash --noprofile --norc -eo pipefail`, in the workspace, with the
 * runner's GITHUB_* files, `${{ … }}` expressions evaluated before the script exists, and later steps skipped once
 * one fails. Only the expressions and keys the runner here knows are accepted: anything else throws, so an
 * action.yml that outgrows this runner fails its test instead of passing untested.
 */

interface Step {
  name?: string;
  id?: string;
  run?: string;
  shell?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
  "working-directory"?: string;
}

interface ActionFile {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  outputs?: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

export interface ActionRun {
  /** Exit status of the last step run (the step that failed, or the last one). */
  code: number | null;
  /** Everything the steps wrote to stdout, where the runner reads workflow commands (annotations). */
  stdout: string;
  stderr: string;
  /** The action's declared outputs. */
  outputs: Record<string, string>;
  /** What the steps appended to GITHUB_STEP_SUMMARY. */
  summary: string;
  /** Names of the steps that ran. */
  ran: string[];
}

export interface ActionOptions {
  actionDir: string;
  workspace: string;
  /** The step's `with:`; values as the workflow gives them (the runner turns them into strings). */
  inputs?: Record<string, string | number | boolean>;
  /** PATH, HOME and the like; nothing else of the test runner's environment leaks in. */
  env?: Record<string, string>;
}

export function runCompositeAction(options: ActionOptions): ActionRun {
  const action = parse(readFileSync(join(options.actionDir, "action.yml"), "utf8")) as ActionFile;
  if (action.runs.using !== "composite") throw new Error(`not a composite action: ${action.runs.using}`);
  const inputs = resolveInputs(action, options.inputs ?? {});
  const temp = mkdtempSync(join(tmpdir(), "ogi-action-runner-"));
  const summaryFile = join(temp, "step_summary.md");
  writeFileSync(summaryFile, "");
  const stepOutputs: Record<string, Record<string, string>> = {};
  const context = (expr: string) => evaluate(expr, { inputs, stepOutputs, actionPath: options.actionDir, workspace: options.workspace, temp });
  const result: ActionRun = { code: 0, stdout: "", stderr: "", outputs: {}, summary: "", ran: [] };
  try {
    for (const [i, step] of action.runs.steps.entries()) {
      if (step.uses !== undefined || step.run === undefined) throw new Error(`step ${i + 1}: only run steps are simulated here`);
      if (step.shell !== "bash") throw new Error(`step ${i + 1}: shell ${step.shell} is not simulated here`);
      if (step.if !== undefined) throw new Error(`step ${i + 1}: if: is not simulated here`);
      const script = join(temp, `step-${i + 1}.sh`);
      writeFileSync(script, substitute(step.run, context));
      const outputFile = join(temp, `output-${i + 1}`);
      writeFileSync(outputFile, "");
      const env: Record<string, string> = {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "/tmp",
        LANG: "en_US.UTF-8",
        ...childCoverageEnv(),
        ...options.env,
        CI: "true",
        GITHUB_ACTIONS: "true",
        GITHUB_WORKSPACE: options.workspace,
        GITHUB_ACTION_PATH: options.actionDir,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_OUTPUT: outputFile,
        GITHUB_ENV: join(temp, "env"),
        GITHUB_PATH: join(temp, "path"),
        RUNNER_TEMP: temp,
        ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(String(v), context)])),
      };
      const cwd = step["working-directory"] !== undefined ? join(options.workspace, substitute(step["working-directory"], context)) : options.workspace;
      mkdirSync(cwd, { recursive: true });
      const run = bash(script, cwd, env);
      result.ran.push(step.name ?? `step ${i + 1}`);
      result.stdout += run.stdout;
      result.stderr += run.stderr;
      result.code = run.code;
      if (step.id !== undefined) stepOutputs[step.id] = parseOutputFile(readFileSync(outputFile, "utf8"));
      if (run.code !== 0) break;
    }
    result.summary = readFileSync(summaryFile, "utf8");
    for (const [name, output] of Object.entries(action.outputs ?? {})) result.outputs[name] = substitute(output.value, context);
    return result;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

function resolveInputs(action: ActionFile, given: Record<string, string | number | boolean>): Record<string, string> {
  const declared = action.inputs ?? {};
  for (const name of Object.keys(given)) if (!(name in declared)) throw new Error(`unknown input ${name} (the runner warns; a typo here means an untested setting)`);
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    if (name in given) out[name] = String(given[name]);
    else if (spec.required) throw new Error(`input ${name} is required`);
    else out[name] = spec.default ?? "";
  }
  return out;
}

interface Context {
  inputs: Record<string, string>;
  stepOutputs: Record<string, Record<string, string>>;
  actionPath: string;
  workspace: string;
  temp: string;
}

function evaluate(expr: string, c: Context): string {
  let m: RegExpMatchArray | null;
  if ((m = expr.match(/^inputs\.([\w-]+)$/))) return c.inputs[m[1]!] ?? "";
  if ((m = expr.match(/^steps\.([\w-]+)\.outputs\.([\w-]+)$/))) return c.stepOutputs[m[1]!]?.[m[2]!] ?? "";
  if (expr === "github.action_path") return c.actionPath;
  if (expr === "github.workspace") return c.workspace;
  if (expr === "runner.temp") return c.temp;
  throw new Error(`expression \${{ ${expr} }} is not simulated here`);
}

function substitute(text: string, context: (expr: string) => string): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => context(expr));
}

/** `name=value` lines and `name<<DELIMITER` blocks, as the runner reads GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = line.match(/^([\w-]+)<<(.+)$/);
    if (heredoc) {
      const body: string[] = [];
      while (++i < lines.length && lines[i] !== heredoc[2]) body.push(lines[i]!);
      out[heredoc[1]!] = body.join("\n");
    } else if (line.includes("=")) {
      out[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
  }
  return out;
}

/** GitHub's template for `shell: bash` (fail on the first failing command, also inside a pipeline). */
function bash(script: string, cwd: string, env: Record<string, string>): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], { cwd, env, encoding: "utf8", timeout: 300_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
