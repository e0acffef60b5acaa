import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { expect } from "vitest";
import { parse } from "yaml";
import type { TemplateId } from "@ogi-report/core";
import type { DocumentImportResult } from "@ogi-report/import";
import { compareCells } from "./compare.js";
import { fixturesDir, repoRoot } from "./corpus-files.js";

/** Every report of the repository: the corpus transcriptions and the examples. */
export const repositoryReports = [
  ...readdirSync(fixturesDir).filter((f) => f.endsWith(".yaml")).sort().map((f) => join(fixturesDir, f)),
  join(repoRoot, "examples/seed-2025.yaml"),
  join(repoRoot, "examples/county-2020.yaml"),
];

/** The import of a rendered report equals the report it was rendered from, every cell, with no cell left open. */
export function expectSameCells(result: DocumentImportResult, yamlPath: string): void {
  const expected = parse(readFileSync(yamlPath, "utf8")) as { template: TemplateId; agency: string; year: number };
  const cmp = compareCells({ ...result, diagnostics: [] }, expected, expected.template);
  expect({ file: basename(yamlPath), wrong: cmp.wrong, unread: cmp.uncertain }).toEqual({ file: basename(yamlPath), wrong: [], unread: [] });
  expect(result.template).toBe(expected.template);
  expect(result.summary.cellsUncertain).toBe(0);
}
