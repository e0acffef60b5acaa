import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expectGolden, fixturesDir, tempDir, transcript, type RunOptions, type RunResult } from "./harness.js";

/**
 * The golden scenarios (Spectral's harness): arguments, stdin and environment in; stdout, stderr and exit status
 * out, compared with test/golden/<name>.txt. Run against the built binary (golden.test.ts) and in-process through
 * `main(argv, io)` (golden-in-process.test.ts): the same transcripts from both.
 */
export interface Scenario {
  name: string;
  args: string[];
  env?: Record<string, string>;
  stdin?: string;
  /** Runs in a fresh temp folder holding copies of these fixtures (for --fix, --output, step summaries). */
  copies?: string[];
  /** Files (in the temp folder) whose content after the run belongs in the transcript. */
  files?: string[];
}

const zh = { LANG: "zh_CN.UTF-8" };
const en = { LANG: "en_US.UTF-8" };
const broken = readFileSync(join(fixturesDir, "broken.yaml"), "utf8");

export const scenarios: Scenario[] = [
  // stylish, both locales
  { name: "stylish-en", args: ["check", "broken.yaml", "clean.yaml"], env: en },
  { name: "stylish-zh", args: ["check", "broken.yaml", "clean.yaml"], env: zh },
  { name: "stylish-lc-all-beats-lang", args: ["check", "broken.yaml"], env: { LANG: "en_US.UTF-8", LC_ALL: "zh_CN.UTF-8" } },
  { name: "stylish-locale-flag", args: ["check", "--locale", "en", "broken.yaml"], env: zh },
  { name: "stylish-color", args: ["check", "broken.yaml"], env: { ...en, FORCE_COLOR: "1" } },
  { name: "stylish-clean", args: ["check", "clean.yaml"], env: en },
  { name: "stylish-clean-zh", args: ["check", "clean.yaml"], env: zh },
  // machine formats
  { name: "json-en", args: ["check", "--format", "json", "broken.yaml", "clean.yaml"], env: en },
  { name: "json-zh", args: ["check", "--format=json", "broken.yaml", "clean.yaml"], env: zh },
  { name: "sarif", args: ["check", "-f", "sarif", "broken.yaml", "clean.yaml"], env: en },
  { name: "sarif-zh", args: ["check", "-f", "sarif", "warnings.yaml"], env: zh },
  { name: "sarif-clean", args: ["check", "-f", "sarif", "clean.yaml"], env: en },
  { name: "github", args: ["check", "-f", "github", "many.yaml", "broken.yaml"], env: en },
  { name: "github-zh", args: ["check", "-f", "github", "broken.yaml"], env: zh },
  {
    name: "github-step-summary",
    args: ["check", "-f", "github", "many.yaml", "broken.yaml"],
    env: { ...en, GITHUB_STEP_SUMMARY: "<tmp>/summary.md" },
    copies: ["many.yaml", "broken.yaml"],
    files: ["summary.md"],
  },
  { name: "junit", args: ["check", "-f", "junit", "broken.yaml", "clean.yaml", "project"], env: en },
  { name: "junit-zh", args: ["check", "-f", "junit", "warnings.yaml"], env: zh },
  { name: "output-file", args: ["check", "-f", "json", "-o", "out/report.json", "broken.yaml"], env: en, copies: ["broken.yaml"], files: ["out/report.json"] },
  // thresholds
  { name: "max-warnings-exceeded", args: ["check", "--max-warnings", "1", "warnings.yaml"], env: en },
  { name: "max-warnings-within", args: ["check", "--max-warnings", "2", "warnings.yaml"], env: en },
  { name: "warnings-only", args: ["check", "warnings.yaml"], env: en },
  { name: "max-warnings-bad-value", args: ["check", "--max-warnings", "many", "warnings.yaml"], env: en },
  // fixes
  { name: "fix", args: ["check", "--fix", "broken.yaml"], env: en, copies: ["broken.yaml"], files: ["broken.yaml"] },
  { name: "fix-stdin", args: ["check", "--fix", "-"], env: en, stdin: broken },
  // inputs
  { name: "stdin", args: ["check", "-f", "json", "-"], env: en, stdin: broken },
  { name: "directory", args: ["check", "project"], env: en },
  { name: "directory-locale-flag", args: ["check", "--locale", "en", "project"], env: zh },
  { name: "glob", args: ["check", "project/**/*.yaml"], env: en },
  { name: "glob-no-match", args: ["check", "nowhere/*.yaml", "clean.yaml"], env: en },
  { name: "explicit-non-report", args: ["check", "project/notes.yaml"], env: en },
  { name: "missing-file", args: ["check", "missing.yaml", "clean.yaml"], env: en },
  { name: "missing-file-zh", args: ["check", "missing.yaml"], env: zh },
  // other reports: last year's (cross-year rules)
  { name: "cross-year", args: ["check", "years"], env: en },
  { name: "cross-year-json", args: ["check", "-f", "json", "years/2025.yaml"], env: en },
  { name: "cross-year-sarif", args: ["check", "-f", "sarif", "years/2025.yaml"], env: en },
  { name: "previous-flag", args: ["check", "--previous", "years/2024.yaml", "clean.yaml"], env: zh },
  { name: "previous-missing", args: ["check", "--previous", "years/2023.yaml", "clean.yaml"], env: en },
  // config
  { name: "bad-config", args: ["check", "bad-config"], env: en },
  { name: "config-flag", args: ["check", "--config", "custom-config.yaml", "broken.yaml"], env: en },
  { name: "config-flag-missing", args: ["check", "--config", "nope.yaml", "clean.yaml"], env: en },
  { name: "no-config", args: ["check", "--no-config", "project/a.yaml"], env: en },
  // usage
  { name: "bad-option", args: ["check", "--formt", "json", "broken.yaml"], env: en },
  { name: "bad-option-zh", args: ["check", "--formt", "json", "broken.yaml"], env: zh },
  { name: "bad-format", args: ["check", "--format", "xml", "broken.yaml"], env: en },
  { name: "missing-option-value", args: ["check", "broken.yaml", "--format"], env: en },
  { name: "unknown-command", args: ["chek", "broken.yaml"], env: en },
  { name: "no-command", args: [], env: en },
  { name: "help", args: ["--help"], env: en },
  { name: "help-zh", args: ["--help"], env: zh },
  { name: "check-help", args: ["check", "--help"], env: en },
  { name: "help-init", args: ["help", "init"], env: en },
  { name: "help-check-zh", args: ["help", "check", "--locale", "zh-CN"], env: en },
  { name: "version", args: ["--version"], env: en },
  // other commands
  { name: "rules", args: ["rules"], env: en },
  { name: "rules-zh", args: ["rules", "--locale", "zh-CN"], env: en },
  { name: "rules-one", args: ["rules", "t3-balance"], env: en },
  { name: "rules-unknown", args: ["rules", "t3-balanse"], env: en },
  { name: "init-stdout", args: ["init", "--agency", "测试局", "--year", "2024", "--schema-ref", "https://example.org/ogi-report.schema.json"], env: en },
  { name: "init-2019", args: ["init", "--template", "2019", "--agency", "测试局", "--year", "2020", "--schema-ref", "./ogi-report.schema.json"], env: en },
  { name: "init-bad-template", args: ["init", "--template", "2020"], env: en },
];

/** Runs one scenario with `run` (the binary or `main` in-process) and compares its transcript with the golden file. */
export async function runScenario(s: Scenario, run: (args: string[], options: RunOptions) => Promise<RunResult>): Promise<void> {
  let cwd = fixturesDir;
  const extra: Record<string, string> = {};
  if (s.copies || s.files) {
    cwd = tempDir();
    extra[cwd] = "<tmp>";
    for (const f of s.copies ?? []) copyFileSync(join(fixturesDir, f), join(cwd, f));
  }
  const env = Object.fromEntries(Object.entries(s.env ?? {}).map(([k, v]) => [k, v.replace("<tmp>", cwd)]));
  const result = await run(s.args, { cwd, env, ...(s.stdin !== undefined ? { stdin: s.stdin } : {}) });
  const sections = Object.fromEntries((s.files ?? []).map((f) => [`file ${f}`, readFileSync(join(cwd, f), "utf8")]));
  expectGolden(`${s.name}.txt`, transcript(s.args, env, result, extra, sections));
}
