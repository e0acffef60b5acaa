import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LspClient } from "../../packages/lsp/test/helpers/lsp-client.js";
import { BOUND_MS, fuzzParams, hostileYaml } from "./hostile.js";

let client: LspClient;
let counter = 0;

beforeAll(async () => {
  client = await LspClient.start({ settings: { inlayHints: "short" } });
});

afterAll(async () => {
  await client.stop();
});

/** An answer within the bound, or the test fails naming the request. */
async function answered<T>(method: string, params: unknown): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${method}: no answer within ${BOUND_MS.server} ms`)), BOUND_MS.server)));
  try {
    return await Promise.race([client.request<T>(method, params), late]);
  } finally {
    clearTimeout(timer);
  }
}

const position = fc.record({ line: fc.oneof(fc.nat(400), fc.constant(2 ** 31)), character: fc.oneof(fc.nat(200), fc.constant(2 ** 31)) });

describe("the language server over stdio: hostile documents and positions", () => {
  it("publishes diagnostics for every document and answers every request, in bounded time", async () => {
    await fc.assert(
      fc.asyncProperty(hostileYaml, fc.array(position, { minLength: 1, maxLength: 4 }), async ({ text }, positions) => {
        const uri = `file:///nowhere/fuzz-${++counter}.yaml`;
        const since = client.publishes.length;
        client.open(uri, text);
        await client.waitForDiagnostics(uri, (p) => p.version === 1, BOUND_MS.server, since);
        const textDocument = { uri };
        for (const p of positions) {
          await answered("textDocument/hover", { textDocument, position: p });
          await answered("textDocument/completion", { textDocument, position: p });
          await answered("textDocument/codeAction", { textDocument, range: { start: { line: 0, character: 0 }, end: p }, context: { diagnostics: [] } });
        }
        await answered("textDocument/inlayHint", { textDocument, range: { start: { line: 0, character: 0 }, end: positions[0]! } });
        await answered("textDocument/foldingRange", { textDocument });
        await answered("textDocument/documentSymbol", { textDocument });
        await answered("textDocument/formatting", { textDocument, options: { tabSize: 2, insertSpaces: true } });
        client.close(uri);
        expect(client.alive).toBe(true);
      }),
      fuzzParams(25),
    );
  });
});
