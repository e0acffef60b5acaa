import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { example } from "./helpers/examples.js";
import { fileUri, LspClient } from "./helpers/lsp-client.js";

// Issue 6: the server follows `previous:` and re-checks when last year's report changes on disk.
let client: LspClient;
const dir = mkdtempSync(join(tmpdir(), "ogi-lsp-previous-"));
const seed = example("seed-2025.yaml").text;
const lastYearPath = join(dir, "2024", "report.yaml");
const thisYearPath = join(dir, "2025", "report.yaml");
const lastYear = (carriedForward: string) => seed.replace("year: 2025", "year: 2024").replace("carriedForward:     [2, 0, 0, 0, 0, 0, 2]", `carriedForward:     ${carriedForward}`);

beforeAll(async () => {
  mkdirSync(join(dir, "2024"));
  mkdirSync(join(dir, "2025"));
  writeFileSync(lastYearPath, lastYear("[4, 0, 0, 0, 0, 0, 4]"));
  client = await LspClient.start({ settings: { locale: "en" } });
});

afterAll(async () => {
  await client.stop();
  rmSync(dir, { recursive: true, force: true });
});

test("a carry-over that last year's report contradicts; fixed when that file changes", async () => {
  const text = seed.replace("year: 2025\n", "year: 2025\nprevious: ../2024/report.yaml\n");
  writeFileSync(thisYearPath, text);
  const uri = fileUri(thisYearPath);
  client.open(uri, text);
  const first = await client.waitForDiagnostics(uri, (p) => p.version === 1);
  const carry = first.diagnostics.filter((d) => d.code === "year-carry-over");
  expect(carry.map((d) => d.message)).toEqual([
    "“2. Carried over”, Natural persons column, is 5, but last year's “4. Carried forward” is 4",
    "“2. Carried over”, Total column, is 5, but last year's “4. Carried forward” is 4",
  ]);
  expect(carry[0]!.relatedInformation![0]!.location.uri).toBe(fileUri(lastYearPath));

  // Last year's report is corrected on disk; the client says so, as editors do for watched files.
  const since = client.publishes.length;
  writeFileSync(lastYearPath, lastYear("[5, 0, 0, 0, 0, 0, 5]"));
  client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: fileUri(lastYearPath), type: 2 }] });
  const after = await client.waitForDiagnostics(uri, () => true, 10_000, since);
  expect(after.diagnostics.filter((d) => d.code === "year-carry-over")).toEqual([]);
});
