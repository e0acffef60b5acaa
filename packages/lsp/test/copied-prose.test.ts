import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { example } from "./helpers/examples.js";
import { fileUri, LspClient, repoRoot } from "./helpers/lsp-client.js";

// Issue 15: copied-prose through the server, which reads last year's report the way the CLI does.
let client: LspClient;

beforeAll(async () => {
  client = await LspClient.start({ settings: { locale: "en" } });
});

afterAll(async () => {
  await client.stop();
});

test("copied prose: the share and passage, with last year's passage as related information", async () => {
  const broken = example("broken/copied-prose.yaml");
  const uri = fileUri(broken.path);
  client.open(uri, broken.text);
  const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
  const copied = published.diagnostics.filter((d) => d.code === "copied-prose");
  expect(copied.length).toBe(1);
  expect(copied[0]!.message).toMatch(/^100% of the wording of parts 1, 5 and 6 is the same as last year's report; the longest shared passage \(147 characters\)/);
  const lastYearPath = join(repoRoot, "examples", "last-year", "copied-prose-2024.yaml");
  const related = copied[0]!.relatedInformation![0]!;
  expect(related.location.uri).toBe(fileUri(lastYearPath));
  expect(related.message).toBe("The same passage in 2024");
  // The related range is the passage's start in last year's file: its overview's first line.
  const line = readFileSync(lastYearPath, "utf8").split("\n")[related.location.range.start.line]!;
  expect(line.slice(related.location.range.start.character)).toMatch(/^2024年，本厅/);
  // This year's copied passages follow, in this document: what the VS Code preview marks.
  const here = copied[0]!.relatedInformation!.filter((r) => r.location.uri === uri);
  expect(here.map((r) => r.message)).toEqual(["Also in last year's report", "Also in last year's report", "Also in last year's report"]);
  const lines = broken.text.split("\n");
  const start = here[0]!.location.range.start;
  expect(lines[start.line]!.slice(start.character)).toMatch(/^2025年，本厅/);
});
