import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Locale } from "@ogi-report/core";
import { coreFindings, fromDiagnostic, fromFinding, type Comparable } from "./helpers/core-leg.js";
import { examples } from "./helpers/examples.js";
import { fileUri, LspClient, repoRoot } from "./helpers/lsp-client.js";

/**
 * One case table (the examples, or the corpus until they exist) through core's checkText, through the built
 * server over stdio, and through the built CLI (`--format json`) when it exists: the same findings, with the
 * same rule, path, range, message and severity, in the same order.
 */
const cases = examples();
const cliPath = `${repoRoot}packages/cli/dist/ogi.js`;
const withCli = existsSync(cliPath);

interface CliJson {
  files: { file: string; findings: Comparable[] }[];
}

describe.each(["zh-CN", "en"] as Locale[])("parity (%s)", (locale) => {
  let client: LspClient;
  const served = new Map<string, Comparable[]>();
  const fromCli = new Map<string, Comparable[]>();

  beforeAll(async () => {
    client = await LspClient.start({ settings: { locale } });
    for (const c of cases) {
      const uri = fileUri(c.path);
      client.open(uri, c.text);
      const p = await client.waitForDiagnostics(uri, (x) => x.version === 1);
      served.set(c.name, p.diagnostics.map(fromDiagnostic));
    }
    if (withCli) {
      const run = spawnSync(process.execPath, [cliPath, "check", "--format", "json", "--locale", locale, ...cases.map((c) => c.name)], { cwd: repoRoot, encoding: "utf8" });
      if (run.status !== 0 && run.status !== 1) throw new Error(`ogi check exited ${run.status}: ${run.stderr}`);
      const out = JSON.parse(run.stdout) as CliJson;
      for (const f of out.files) fromCli.set(f.file, f.findings.map(fromFinding));
    }
  });

  afterAll(async () => {
    await client.stop();
  });

  test.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const core = coreFindings(c.path, c.text, locale).map(fromFinding);
    expect(served.get(c.name)).toEqual(core);
    if (withCli) expect(fromCli.get(c.name) ?? []).toEqual(core);
    // A broken example's own expectations hold in the editor too.
    for (const e of c.expect) {
      expect(served.get(c.name)!.some((f) => f.ruleId === e.ruleId && (e.path === "" || f.path === e.path)), `${e.ruleId} ${e.path}`).toBe(true);
    }
  });

  test("the CLI leg ran (pnpm test builds the CLI first)", () => {
    expect(withCli, `${cliPath} is not built: run pnpm build`).toBe(true);
    expect(cases.length).toBeGreaterThan(0);
  });
});
