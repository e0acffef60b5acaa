import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { example } from "./helpers/examples.js";
import { fileUri, LspClient } from "./helpers/lsp-client.js";

// Positions come from the client and are not to be trusted: a line far past the end once made completion walk
// every line number down to 0 (2^31 of them: 17 s, and nothing else answered meanwhile).
let client: LspClient;
const seed = example("seed-2025.yaml");
const uri = fileUri(seed.path.replace(/\.yaml$/, ".positions.yaml"));

beforeAll(async () => {
  client = await LspClient.start({ settings: { inlayHints: "short" } });
  client.open(uri, seed.text);
  await client.waitForDiagnostics(uri, (p) => p.version === 1);
});

afterAll(async () => {
  await client.stop();
});

const FAR = 2 ** 31;
const hostile = [
  { name: "far past the end", position: { line: FAR, character: FAR } },
  { name: "the largest integer", position: { line: Number.MAX_SAFE_INTEGER, character: 0 } },
  { name: "negative", position: { line: -FAR, character: -1 } },
  { name: "a fraction", position: { line: 10.5, character: 3.25 } },
  { name: "not numbers at all", position: { line: "12", character: null } },
];

/** The request's answer and how long it took; a hang shows as the timeout. */
async function timed<T>(method: string, params: unknown): Promise<{ ms: number; result: T }> {
  const t0 = performance.now();
  const result = await Promise.race([client.request<T>(method, params), new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${method}: no answer in 5 s`)), 5000))]);
  return { ms: performance.now() - t0, result };
}

describe("a position from the client is clamped to the document", () => {
  for (const { name, position } of hostile) {
    test(`completion, hover, code actions, inlay hints: ${name}`, async () => {
      const textDocument = { uri };
      const range = { start: position, end: position };
      const wide = { start: { line: 0, character: 0 }, end: position };
      for (const [method, params] of [
        ["textDocument/completion", { textDocument, position }],
        ["textDocument/hover", { textDocument, position }],
        ["textDocument/codeAction", { textDocument, range, context: { diagnostics: [] } }],
        ["textDocument/codeAction", { textDocument, range: wide, context: { diagnostics: [{ range, message: "x", code: "t3-row-total", data: { path: "/x" } }] } }],
        ["textDocument/inlayHint", { textDocument, range: wide }],
        ["textDocument/foldingRange", { textDocument }],
        ["textDocument/documentSymbol", { textDocument }],
      ] as const) {
        const { ms } = await timed(method, params);
        expect(ms, method).toBeLessThan(2000);
      }
      // The server still answers what it answered before.
      const { result } = await timed<{ items: { label: string }[] } | null>("textDocument/completion", { textDocument, position: { line: 2, character: 0 } });
      expect(result?.items.length ?? 0).toBeGreaterThan(0);
    });
  }

  test("inlay hints over a range past the end are the hints of the whole document", async () => {
    const textDocument = { uri };
    const lines = seed.text.split("\n").length;
    const { result: whole } = await timed<unknown[]>("textDocument/inlayHint", { textDocument, range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } } });
    const { result: far } = await timed<unknown[]>("textDocument/inlayHint", { textDocument, range: { start: { line: -3, character: 0 }, end: { line: FAR, character: FAR } } });
    expect(whole.length).toBeGreaterThan(0);
    expect(far).toEqual(whole);
  });
});
