import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { globMatcher, matchesFiles } from "@ogi-report/node-shell";
import { fileUri, LspClient } from "./helpers/lsp-client.js";

describe("ogi.files globs", () => {
  test.each([
    ["**/*.yaml", "a.yaml", true],
    ["**/*.yaml", "x/y/a.yaml", true],
    ["年报/**/*.yaml", "年报/2025/县政府.yaml", true],
    ["年报/*.yaml", "年报/2025/县政府.yaml", false],
    ["reports/*.{yaml,yml}", "reports/a.yml", true],
    ["reports/?.yaml", "reports/ab.yaml", false],
    ["reports/[ab].yaml", "reports/b.yaml", true],
    ["a.b.yaml", "aXb.yaml", false],
  ])("%s on %s: %s", (glob, path, expected) => {
    expect(globMatcher(glob)(path)).toBe(expected);
  });

  test("relative to the workspace folder, any tail without one, absolute as written", () => {
    expect(matchesFiles(["drafts/*.yaml"], "/ws/drafts/a.yaml", "/ws")).toBe(true);
    expect(matchesFiles(["drafts/*.yaml"], "/ws/other/drafts/a.yaml", "/ws")).toBe(false);
    expect(matchesFiles(["drafts/*.yaml"], "/ws/other/drafts/a.yaml", undefined)).toBe(true);
    expect(matchesFiles(["/ws/drafts/*.yaml"], "/ws/drafts/a.yaml", "/elsewhere")).toBe(true);
    expect(matchesFiles([], "/ws/drafts/a.yaml", "/ws")).toBe(false);
    expect(matchesFiles(["**/*.yaml"], undefined, "/ws")).toBe(false);
  });
});

describe("a file matched by ogi.files is checked even without `template:`", () => {
  const folder = mkdtempSync(join(tmpdir(), "ogi-files-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  // A report being started: no template line yet, so by content it is just YAML.
  const draft = "agency: 某县人民政府\nyear: 2025\n";

  test.each([
    [["drafts/**/*.yaml"], true],
    [[], false],
  ])("files = %j: checked %s", async (files, checked) => {
    const c = await LspClient.start({ rootUri: fileUri(folder), settings: { files } });
    try {
      const uri = fileUri(join(folder, "drafts", "2025.yaml"));
      c.open(uri, draft);
      const p = await c.waitForDiagnostics(uri, (x) => x.version === 1);
      if (checked) expect(p.diagnostics.length).toBeGreaterThan(0);
      else expect(p.diagnostics).toEqual([]);
    } finally {
      await c.stop();
    }
  });
});
