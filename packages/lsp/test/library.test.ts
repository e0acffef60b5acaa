import { PassThrough } from "node:stream";
import { expect, test } from "vitest";
import { createConnection, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver/node";
import { createMessageConnection } from "vscode-jsonrpc/node";
import { repoRoot } from "./helpers/lsp-client.js";

/** dist/index.js: the library entry a host (an extension, a test harness) wires onto its own connection. */
test("createServer works on any connection, in process", async () => {
  const lib = (await import(`${repoRoot}packages/lsp/dist/index.js`)) as typeof import("../src/index.js");
  expect(typeof lib.startServer).toBe("function");
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const connection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  lib.createServer(connection);
  connection.listen();
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  client.listen();
  const init = (await client.sendRequest("initialize", { processId: null, rootUri: null, capabilities: {} })) as { serverInfo: { name: string }; capabilities: Record<string, unknown> };
  expect(init.serverInfo.name).toBe(lib.SERVER_NAME);
  expect(Object.keys(init.capabilities)).toEqual(
    expect.arrayContaining(["hoverProvider", "completionProvider", "codeActionProvider", "inlayHintProvider", "documentSymbolProvider", "foldingRangeProvider", "documentFormattingProvider"]),
  );
  // A client without CodeAction literals is told only that code actions exist.
  expect(init.capabilities.codeActionProvider).toBe(true);
  client.dispose();
  connection.dispose();
});
