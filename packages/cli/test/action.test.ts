import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCompositeAction } from "./action-runner.js";
import { ciSnippet, repoDir } from "./ci-snippets.js";
import { assertBuilt, fixturesDir, runOgi, tempDir, testDir } from "./harness.js";

/**
 * The GitHub Action (action.yml): its metadata against SchemaStore's schema for action metadata, and its steps run
 * as the runner runs them (action-runner.ts) on a fixture repository: annotations, SARIF, step summary, outputs.
 */

let workspace: string;
beforeAll(() => {
  assertBuilt();
  workspace = tempDir("ogi-action-");
  mkdirSync(join(workspace, "reports", "2025"), { recursive: true });
  copyFileSync(join(fixturesDir, "broken.yaml"), join(workspace, "reports", "2025", "city.yaml"));
  copyFileSync(join(fixturesDir, "clean.yaml"), join(workspace, "reports", "county.yaml"));
  copyFileSync(join(fixturesDir, "warnings.yaml"), join(workspace, "warnings.yaml"));
  writeFileSync(join(workspace, "lenient.ogi.yaml"), "rules:\n  suppression: off\n");
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const action = (inputs: Record<string, string | number>) => runCompositeAction({ actionDir: repoDir, workspace, inputs });

interface Sarif {
  version: string;
  runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }[] }[];
}

describe("action.yml", () => {
  it("is valid action metadata (SchemaStore's github-action.json)", () => {
    const schema = JSON.parse(readFileSync(join(testDir, "vendor", "github-action.json"), "utf8"));
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const metadata = parse(readFileSync(join(repoDir, "action.yml"), "utf8"));
    expect(validate(metadata), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(metadata.runs.using).toBe("composite");
    // The schema is not vacuous: a misspelt key is caught.
    expect(validate({ ...metadata, input: {} })).toBe(false);
  });

  it("annotates the findings, writes SARIF and the step summary, and fails on errors", async () => {
    const r = action({ globs: "reports" });
    expect(r.ran).toEqual(["Build the ogi CLI", "Check the reports"]);
    expect(r.code).toBe(1);
    expect(r.outputs).toEqual({ sarif: "ogi-results.sarif", "exit-code": "1" });
    // The annotations are exactly the CLI's github format from the workspace: paths relative to the repository.
    const direct = await runOgi(["check", "--format", "github", "reports"], { cwd: workspace, env: { GITHUB_STEP_SUMMARY: join(workspace, "direct-summary.md") } });
    expect(r.stdout).toBe(direct.stdout);
    expect(r.stdout).toMatch(/^::error file=reports\/2025\/city\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=t3-row-total::/m);
    expect(r.summary).toBe(readFileSync(join(workspace, "direct-summary.md"), "utf8"));
    expect(r.summary).toMatch(/^### ogi: \d+ problems \(\d+ errors/);

    const sarif = JSON.parse(readFileSync(join(workspace, "ogi-results.sarif"), "utf8")) as Sarif;
    expect(sarif.version).toBe("2.1.0");
    const results = sarif.runs[0]!.results;
    expect(results.length).toBe(r.stdout.trim().split("\n").length);
    expect(new Set(results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri))).toEqual(new Set(["reports/2025/city.yaml"]));
  });

  it("passes on clean reports with an empty SARIF result list and a summary that says so", async () => {
    const r = action({ globs: "reports/county.yaml", sarif: "out/clean.sarif" });
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({ sarif: "out/clean.sarif", "exit-code": "0" });
    expect(r.stdout).toBe("");
    expect(r.summary).toContain("no problems");
    expect((JSON.parse(readFileSync(join(workspace, "out", "clean.sarif"), "utf8")) as Sarif).runs[0]!.results).toEqual([]);
  });

  it("gates on max-warnings, reads the config input, and writes no SARIF when asked for none", async () => {
    const allowed = action({ globs: "warnings.yaml", sarif: "" });
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toMatch(/^::warning file=warnings\.yaml,/m);
    expect(allowed.outputs.sarif).toBe("");

    const gated = action({ globs: "warnings.yaml", sarif: "", "max-warnings": 0 });
    expect(gated.code).toBe(1);
    expect(gated.outputs["exit-code"]).toBe("1");
    expect(gated.stderr).toContain("too many warnings: 2, the maximum is 0");

    const lenient = action({ globs: "warnings.yaml", sarif: "", "max-warnings": 0, config: "lenient.ogi.yaml" });
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toBe("");
  });

  it("takes several globs, a locale and another format", async () => {
    const r = action({ globs: "reports/*.yaml\nwarnings.yaml", format: "json", locale: "zh-CN", sarif: "" });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { files: { file: string; findings: { message: string }[] }[] };
    expect(out.files.map((f) => f.file).sort()).toEqual(["reports/county.yaml", "warnings.yaml"]);
    expect(out.files.find((f) => f.file === "warnings.yaml")!.findings[0]!.message).toContain("禁用注释");
    expect(r.summary).toBe("");
  });

  it("never runs an input as a command", async () => {
    const r = action({ globs: "reports/county.yaml $(touch pwned) `touch pwned2`", sarif: "" });
    expect(existsSync(join(workspace, "pwned"))).toBe(false);
    expect(existsSync(join(workspace, "pwned2"))).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("cannot read $(touch");
  });

  it("stops with status 2 and a message on a bad input, not a stack trace", async () => {
    const r = action({ globs: "reports", "max-warnings": "many", sarif: "" });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--max-warnings must be a whole number.*got 'many'/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("docs/ci.md GitHub workflow", () => {
  const workflow = parse(ciSnippet(".github/workflows/ogi.yml")) as {
    permissions: Record<string, string>;
    jobs: Record<string, { steps: { id?: string; uses?: string; if?: string; with?: Record<string, string | number> }[] }>;
  };
  const steps = Object.values(workflow.jobs)[0]!.steps;
  const ogi = steps.find((s) => s.uses?.startsWith("ogi-report/ogi-report@"))!;

  it("runs this action with the page's inputs: a failing report fails the job", async () => {
    expect(ogi).toBeDefined();
    const r = action(ogi.with ?? {});
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("::error file=reports/2025/city.yaml");
    expect(existsSync(join(workspace, r.outputs.sarif!))).toBe(true);
  });

  it("uploads the action's SARIF output to code scanning even when the check failed", () => {
    const upload = steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"))!;
    expect(upload.with?.sarif_file).toBe(`\${{ steps.${ogi.id}.outputs.sarif }}`);
    expect(upload.if).toContain("!cancelled()");
    expect(workflow.permissions["security-events"]).toBe("write");
    expect(steps.indexOf(upload)).toBeGreaterThan(steps.indexOf(ogi));
  });
});
