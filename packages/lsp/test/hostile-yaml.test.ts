import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { TextDocument, type TextEdit } from "vscode-languageserver-textdocument";
import { example } from "./helpers/examples.js";
import { fileUri, LspClient } from "./helpers/lsp-client.js";

// What a hostile or careless report does to the server, over stdio as an editor talks to it.
let client: LspClient;
const seed = example("seed-2025.yaml");

beforeAll(async () => {
  client = await LspClient.start({ settings: { locale: "en" } });
});

afterAll(async () => {
  await client.stop();
});

describe("a file the readers cannot take", () => {
  test("10,000 nested flow mappings in a cell: a yaml-syntax diagnostic where the nesting passes the limit, not an empty list", async () => {
    const text = seed.text.replace("licensing: 0", "licensing: " + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000));
    const uri = fileUri(seed.path.replace(/\.yaml$/, ".deep.yaml"));
    client.open(uri, text);
    const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    expect(published.diagnostics.map((d) => d.code)).toEqual(["yaml-syntax"]);
    const line = text.split("\n").findIndex((l) => l.startsWith("  licensing: {a:"));
    expect(published.diagnostics[0]!.range.start.line).toBe(line);
    expect(published.diagnostics[0]!.message).toMatch(/Nesting too deep|嵌套层数过深/);
    // The server lives on: the next version is checked as usual.
    client.change(uri, 2, [{ text: seed.text.replace("licensing: 0", "licensing: x") }]);
    const next = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    expect(next.diagnostics.map((d) => d.code)).toEqual(["cell-value"]);
  });
});

describe("a lone CR is a line break, as the protocol counts lines", () => {
  // The comment above the review row ends in a lone CR: for LSP (and YAML) that is two lines.
  const text = seed.text
    .replace("review:                [1, 0, 0, 0, 1]", "review:                [1, 0, 0, 0, 2]")
    .replace("  #                      [维持, 纠正, 其他, 尚未审结, 总计]\n", "  # 复议与诉讼\r  #                      [维持, 纠正, 其他, 尚未审结, 总计]\n");
  const uri = fileUri(seed.path.replace(/\.yaml$/, ".cr.yaml"));
  // The protocol's own model of lines, from the library editors use.
  const doc = TextDocument.create(uri, "yaml", 1, text);

  test("diagnostics sit on the cell, and the quick fix writes the figure into that row", async () => {
    client.open(uri, text);
    const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const d = published.diagnostics.find((x) => x.code === "t4-total")!;
    const cell = text.indexOf("2]", text.indexOf("review:"));
    expect(d.range.start).toEqual(doc.positionAt(cell));
    const actions = await client.request<{ title: string; edit?: { documentChanges?: { edits: TextEdit[] }[] } }[]>("textDocument/codeAction", {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    // The fix that sets the total to the sum (1).
    const fix = actions.find((a) => a.edit?.documentChanges?.[0]?.edits.some((e) => e.newText === "1"))!;
    const fixed = TextDocument.applyEdits(doc, fix.edit!.documentChanges![0]!.edits);
    expect(fixed).toBe(text.replace("review:                [1, 0, 0, 0, 2]", "review:                [1, 0, 0, 0, 1]"));
  });
});
