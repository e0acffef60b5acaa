import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { example } from "./helpers/examples.js";
import { fileUri, LspClient } from "./helpers/lsp-client.js";
import { positionOf } from "./helpers/text.js";

// Figures in the prose written as references to the table: completed, hovered and shown by the server.
let client: LspClient;
const seed = example("seed-2025.yaml");
const text = seed.text.replace("本年新收申请309件", "本年新收申请{{applications.newReceived.total}}件，其中复议{{reviewAndLitigation.review.totl}}件");
const uri = fileUri(seed.path.replace(/\.yaml$/, ".placeholders.yaml"));

beforeAll(async () => {
  client = await LspClient.start({ settings: { locale: "zh-CN", inlayHints: "short" } });
  client.open(uri, text);
  await client.waitForDiagnostics(uri, (p) => p.version === 1);
});

afterAll(async () => {
  await client.stop();
});

describe("placeholders", () => {
  test("an unknown reference is an error diagnostic at the reference", async () => {
    const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const d = published.diagnostics.filter((x) => x.code === "placeholder");
    expect(d).toHaveLength(1);
    expect(d[0]!.severity).toBe(1);
    expect(d[0]!.range.start).toEqual(positionOf(text, "{{reviewAndLitigation.review.totl}}"));
  });

  test("hover names the cell and its figure", async () => {
    const hover = (await client.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: positionOf(text, "newReceived.total", 3) })) as { contents: { value: string } };
    expect(hover.contents.value).toContain("**「一、本年新收政府信息公开申请数量」总计栏** = 309");
    const unknown = (await client.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: positionOf(text, "review.totl", 2) })) as { contents: { value: string } };
    expect(unknown.contents.value).toContain("不是表格中的单元格");
  });

  test("an inlay hint shows the figure after the reference", async () => {
    const hints = (await client.connection.sendRequest("textDocument/inlayHint", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } } })) as { label: string; position: { line: number; character: number } }[];
    const end = positionOf(text, "{{applications.newReceived.total}}", "{{applications.newReceived.total}}".length);
    expect(hints.find((h) => h.position.line === end.line && h.position.character === end.character)?.label).toBe("= 309");
  });

  test("completion inside {{ offers every cell, with its label and figure, and closes the braces", async () => {
    const typed = text.replace("办结312件", "办结{{applications.res");
    const typedUri = uri.replace(/\.yaml$/, ".typed.yaml");
    client.open(typedUri, typed);
    await client.waitForDiagnostics(typedUri, (p) => p.version === 1);
    const list = (await client.connection.sendRequest("textDocument/completion", { textDocument: { uri: typedUri }, position: positionOf(typed, "{{applications.res", "{{applications.res".length) })) as {
      items: { label: string; detail: string; textEdit: { newText: string } }[];
    };
    const total = list.items.find((i) => i.label === "applications.results.total.total")!;
    expect(total.detail).toBe("「（七）总计」总计栏 = 312");
    expect(total.textEdit.newText).toBe("applications.results.total.total}}");
    expect(list.items.length).toBeGreaterThan(190);
  });
});
