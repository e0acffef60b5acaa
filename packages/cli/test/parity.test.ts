import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkText, type DocumentReader, type Finding, type Locale } from "@ogi-report/core";
import { documentReaderFor } from "../src/check/documents.js";
import { assertBuilt, repoDir, runOgi, yamlFiles } from "./harness.js";

/**
 * The CLI must say exactly what core says (Spectral users' top complaint: CLI and editor disagreeing). Every
 * example and corpus report goes through core in-process and through the built binary; findings must match
 * field for field, in both locales. Each example's `# expect:` lines must hold through the binary too.
 */
const examples = yamlFiles(join(repoDir, "examples"));
const corpus = yamlFiles(join(repoDir, "fixtures", "corpus"));
const files = [...examples, ...corpus];

// The same access to other reports the CLI gives core: node-shell's reader, under the same file-access policy.
const readerFor = (path: string): DocumentReader => documentReaderFor(path, { cwd: repoDir });

type Compared = Pick<Finding, "ruleId" | "severity" | "message" | "path" | "range" | "expected" | "actual">;
const comparable = (f: Compared) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, path: f.path, range: f.range, expected: f.expected, actual: f.actual });

describe("parity: core in-process = CLI subprocess", () => {
  beforeAll(assertBuilt);

  it("has examples to compare", () => {
    expect(examples.length).toBeGreaterThanOrEqual(14);
    expect(corpus.length).toBeGreaterThanOrEqual(12);
  });

  for (const locale of ["en", "zh-CN"] as Locale[]) {
    it(`every example and corpus file, ${locale}`, async () => {
      const args = ["check", "--format", "json", "--no-config", "--locale", locale, ...files.map((f) => relative(repoDir, f))];
      const run = await runOgi(args, { cwd: repoDir });
      expect(run.stderr).toBe("");
      const out = JSON.parse(run.stdout) as { files: { file: string; findings: Compared[] }[] };
      expect(out.files.map((f) => f.file)).toEqual(files.map((f) => relative(repoDir, f)));
      let errors = 0;
      for (const [i, path] of files.entries()) {
        const core = checkText(readFileSync(path, "utf8"), { locale, documents: { path, reader: readerFor(path) } }).findings;
        errors += core.filter((f) => f.severity === "error").length;
        expect(out.files[i]!.findings.map(comparable), relative(repoDir, path)).toEqual(core.map(comparable));
      }
      expect(run.code).toBe(errors > 0 ? 1 : 0);
    });
  }

  it("each example's `# expect:` lines, through the binary", async () => {
    const run = await runOgi(["check", "--format", "json", "--no-config", ...examples.map((f) => relative(repoDir, f))], { cwd: repoDir });
    const out = JSON.parse(run.stdout) as { files: { file: string; findings: Compared[] }[] };
    for (const [i, path] of examples.entries()) {
      const want = [...readFileSync(path, "utf8").matchAll(/^# expect: (\S+)(?: (\S+))?\s*$/gm)].map((m) => `${m[1]} ${m[2] ?? ""}`.trim());
      const got = out.files[i]!.findings.map((f) => `${f.ruleId} ${f.path}`.trim());
      expect(got, relative(repoDir, path)).toEqual(want);
    }
  });
});
