import { afterAll, beforeAll, expect, test } from "vitest";
import { coreFindings, fromDiagnostic, fromFinding } from "./helpers/core-leg.js";
import { examples } from "./helpers/examples.js";
import { fileUri, LspClient } from "./helpers/lsp-client.js";

/**
 * Typing, simulated: every prefix of every example reaches the server as a one-character change, as an editor
 * sends them. The server must never crash, must answer requests in the middle of it, must publish only
 * findings that belong to the version they name, and must end on the findings core gives for the full text.
 */
let client: LspClient;

beforeAll(async () => {
  client = await LspClient.start({ settings: { locale: "zh-CN" } });
});

afterAll(async () => {
  await client.stop();
});

test.each(examples().map((e) => [e.name, e] as const))("typing %s", async (_name, ex) => {
  // Beside the real file: the same folder, so the same config file and the same `previous:` targets.
  const path = ex.path.replace(/\.yaml$/, ".typing.yaml");
  const uri = fileUri(path);
  const since = client.publishes.length;
  client.open(uri, "", 1);
  const chars = [...ex.text]; // code points: an editor never sends half a surrogate pair
  const prefixes: string[] = [""];
  let text = "";
  let line = 0;
  let character = 0;
  let answered = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const at = { line, character };
    text += ch;
    prefixes.push(text);
    client.change(uri, i + 2, [{ range: { start: at, end: at }, text: ch }]);
    if (ch === "\n") {
      line++;
      character = 0;
      // In the middle of typing, the server still answers (and works on the half-typed text).
      const end = { line, character };
      const [hints, symbols] = await Promise.all([
        client.request("textDocument/inlayHint", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end } }),
        client.request("textDocument/documentSymbol", { textDocument: { uri } }),
        client.request("textDocument/completion", { textDocument: { uri }, position: end }),
      ]);
      expect(Array.isArray(hints)).toBe(true);
      expect(Array.isArray(symbols)).toBe(true);
      answered++;
    } else {
      character += ch.length;
    }
  }
  const finalVersion = chars.length + 1;
  const last = await client.waitForDiagnostics(uri, (p) => p.version === finalVersion, 20_000, since);
  expect(await client.request("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 0 } })).toBeDefined();
  expect(client.alive).toBe(true);
  expect(answered).toBeGreaterThan(10);

  const core = (t: string) => coreFindings(path, t, "zh-CN").map(fromFinding);
  expect(last.diagnostics.map(fromDiagnostic)).toEqual(core(ex.text));
  // Every publish on the way carries exactly the findings of the version it names.
  const mine = client.publishes.slice(since).filter((p) => p.uri === uri && p.version !== undefined);
  for (const p of mine) expect(p.diagnostics.map(fromDiagnostic), `version ${p.version}`).toEqual(core(prefixes[p.version! - 1]!));
  client.close(uri);
});
