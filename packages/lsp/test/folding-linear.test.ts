import { afterAll, beforeAll, describe, expect, test } from "vitest";
import fc from "fast-check";
import { LineIndex } from "@ogi-report/core";
import { foldingRanges } from "../src/folding.js";
import { LspClient } from "./helpers/lsp-client.js";

/** What folding read a line with before: kept here as the oracle for lines short enough for it. */
const OPENS_BLOCK_BEFORE = /^\s*(?:-\s+)?(?:["']?[^\s#"':][^#:]*["']?|"[^"]*"|'[^']*')\s*:\s*(?:[|>][-+0-9]*)?\s*(?:#.*)?$|^\s*-\s*$/;

/** Folds of a document whose lines are `lines`, each followed by a line indented deeper (so every key folds). */
function foldedLines(lines: string[]): number[] {
  const text = lines.map((l) => `${l}\n${" ".repeat(l.length - l.trimStart().length + 2)}x`).join("\n");
  return foldingRanges(new LineIndex(text)).filter((r) => r.kind === undefined).map((r) => r.startLine / 2);
}

describe("folding reads a line in time linear in its length", () => {
  test("the same lines open a block as before", () => {
    const pieces = ["a", "-", " ", "  ", ":", "#", '"', "'", "|", ">", "-2", "+", "\u3000", "\t", "key", "x y"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const line = parts.join("");
        if (line.trimStart() === "" || line.trimStart().startsWith("#")) return;
        expect(foldedLines([line]).length === 1, JSON.stringify(line)).toBe(OPENS_BLOCK_BEFORE.test(line));
      }),
      { numRuns: 3000 },
    );
  });

  test("a line of 20,000 spaces between two words", () => {
    const t0 = process.cpuUsage();
    foldingRanges(new LineIndex("a" + " ".repeat(20_000) + "b\n- " + " ".repeat(20_000) + "b\n"));
    // The pattern it replaces took seconds here (and minutes at 200,000). CPU time: a busy machine's pauses are not work.
    const used = process.cpuUsage(t0);
    expect((used.user + used.system) / 1000).toBeLessThan(300);
  });
});

describe("over stdio", () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start();
  });
  afterAll(async () => {
    await client.stop();
  });

  test("folding a report with a long line answers at once", async () => {
    const uri = "file:///nowhere/long-line.yaml";
    client.open(uri, `template: "2021"\nagency: a\noverview: |\n  a${" ".repeat(20_000)}b\n`);
    await client.waitForDiagnostics(uri);
    const t0 = performance.now();
    const ranges = await client.request<{ startLine: number }[]>("textDocument/foldingRange", { textDocument: { uri } });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(ranges.map((r) => r.startLine)).toContain(2);
  });
});
