import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import { checkText } from "@ogi-report/core";

// The server as the extension ships it (dist/server.mjs inside the .vsix), started the way
// vscode-languageclient starts it: `node dist/server.mjs --stdio`, JSON-RPC over the child's stdin/stdout.
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const serverPath = `${packageDir}dist/server.mjs`;
const brokenPath = fileURLToPath(new URL("../../../examples/broken/t3-balance.yaml", import.meta.url));

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
  data?: { path: string };
}

let server: ChildProcess;
let connection: MessageConnection;
const published: { uri: string; version?: number; diagnostics: Diagnostic[] }[] = [];

beforeAll(async () => {
  if (!existsSync(serverPath)) throw new Error(`${serverPath} is missing: run \`pnpm --filter ogi-report-vscode build\``);
  server = spawn(process.execPath, [serverPath, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.onNotification("textDocument/publishDiagnostics", (p: (typeof published)[number]) => void published.push(p));
  // What VS Code answers for section `ogi` with the extension's defaults.
  connection.onRequest("workspace/configuration", (p: { items: unknown[] }) => p.items.map(() => ({ locale: "zh-CN", inlayHints: "short", rules: {}, files: [] })));
  connection.onRequest("client/registerCapability", () => null);
  connection.listen();
  await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri: null,
    locale: "zh-cn",
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true, dataSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source.fixAll"] } } } },
    },
  });
  await connection.sendNotification("initialized", {});
});

afterAll(async () => {
  await Promise.race([connection.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 2000))]).catch(() => {});
  void connection.sendNotification("exit").catch(() => {});
  await new Promise<void>((resolve) => {
    if (server.exitCode !== null) return resolve();
    const timer = setTimeout(() => (server.kill("SIGKILL"), resolve()), 3000);
    server.once("exit", () => (clearTimeout(timer), resolve()));
  });
  connection.dispose();
});

async function diagnosticsFor(uri: string, timeoutMs = 10_000): Promise<Diagnostic[]> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const p = published.find((x) => x.uri === uri);
    if (p) return p.diagnostics;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`);
}

test("the bundled server answers a broken example with its diagnostics, as core finds them", async () => {
  const text = readFileSync(brokenPath, "utf8");
  const uri = pathToFileURL(brokenPath).href;
  void connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text } });
  const diagnostics = await diagnosticsFor(uri);
  expect(diagnostics.map((d) => d.code)).toEqual(["t3-balance", "t3-balance"]);
  expect(diagnostics.map((d) => d.data?.path)).toEqual(["/applications/carriedForward/0", "/applications/carriedForward/6"]);
  // The line in the file: `carriedForward:     [2, 0, 0, 0, 0, 0, 2]` (0-based line 57).
  const line = text.split("\n").findIndex((l) => l.trimStart().startsWith("carriedForward:"));
  expect(diagnostics.every((d) => d.range.start.line === line && d.severity === 1 && d.source === "ogi")).toBe(true);
  expect(diagnostics.map((d) => d.message)).toEqual(checkText(text, { locale: "zh-CN" }).findings.map((f) => f.message));

  // The quick fix the e2e test applies: offered for the cell, and it removes that diagnostic.
  const actions = await connection.sendRequest<{ title: string; kind: string; edit?: unknown }[]>("textDocument/codeAction", {
    textDocument: { uri },
    range: diagnostics[0]!.range,
    context: { diagnostics: [diagnostics[0]], only: ["quickfix"] },
  });
  expect(actions.some((a) => a.kind === "quickfix" && a.edit)).toBe(true);
});

test("a YAML file that is not a report gets an empty list and nothing else", async () => {
  const uri = "untitled:compose.yaml";
  void connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text: "services:\n  web:\n    image: nginx\n" } });
  expect(await diagnosticsFor(uri)).toEqual([]);
});

// Issue 13: the extension ships the server packages/lsp builds, so the parity and server tests drive the very file
// users get (before, the extension bundled ../lsp/src/main.ts a second time).
test("the shipped server is packages/lsp's dist/server.js, byte for byte", () => {
  const built = fileURLToPath(new URL("../../lsp/dist/server.js", import.meta.url));
  expect(readFileSync(serverPath).equals(readFileSync(built))).toBe(true);
});
