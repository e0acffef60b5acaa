import { afterEach, describe, expect, test } from "vitest";
import { RawServer } from "./helpers/raw-server.js";

// The protocol as the specification says, over a raw pipe to the built server: the order of initialize and
// shutdown, and frames a broken or hostile client may send.
let server: RawServer | undefined;

afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const HOVER = { textDocument: { uri: "file:///nowhere/r.yaml" }, position: { line: 0, character: 0 } };

describe("initialize and shutdown", () => {
  test("a request before initialize is answered ServerNotInitialized (-32002); initialize still works after it", async () => {
    server = RawServer.start();
    const early = await server.request(1, "textDocument/hover", HOVER);
    expect(early.error?.code).toBe(-32002);
    const init = await server.initialize(2);
    expect(init.error).toBeUndefined();
    expect(init.result).toHaveProperty("capabilities");
    expect((await server.request(3, "textDocument/hover", HOVER)).error).toBeUndefined();
  });

  test("a notification before initialize is dropped: a document opened then was never opened", async () => {
    server = RawServer.start();
    server.send({ method: "textDocument/didOpen", params: { textDocument: { uri: "file:///nowhere/early.yaml", languageId: "yaml", version: 1, text: "template: '2021'\n" } } });
    await server.initialize(1);
    const symbols = await server.request(2, "textDocument/documentSymbol", { textDocument: { uri: "file:///nowhere/early.yaml" } });
    expect(symbols.result).toEqual([]);
  });

  test("a second initialize is an InvalidRequest (-32600)", async () => {
    server = RawServer.start();
    await server.initialize(1);
    const again = await server.request(2, "initialize", { processId: null, rootUri: null, capabilities: {} });
    expect(again.error?.code).toBe(-32600);
  });

  test("after shutdown every request is an InvalidRequest (-32600), and exit ends the process with 0", async () => {
    server = RawServer.start();
    await server.initialize(1);
    expect((await server.request(2, "shutdown")).error).toBeUndefined();
    expect((await server.request(3, "textDocument/hover", HOVER)).error?.code).toBe(-32600);
    expect((await server.request(4, "shutdown")).error?.code).toBe(-32600);
    server.send({ method: "exit" });
    expect(await server.exited()).toBe(0);
  });
});

/** Frames that break the framing; after each, the next good request must be answered and the bad one logged. */
const badFrames: Record<string, string> = {
  "a negative Content-Length": "Content-Length: -5\r\n\r\n{}",
  "a Content-Length that is not a number": "Content-Length: twelve\r\n\r\n{}",
  "a header without Content-Length": 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{"jsonrpc":"2.0","id":99,"method":"x"}',
  "a Content-Length too small for the body": 'Content-Length: 10\r\n\r\n{"jsonrpc":"2.0","id":98,"method":"textDocument/hover","params":{}}',
  "a Content-Length larger than the body": 'Content-Length: 100000\r\n\r\n{"jsonrpc":"2.0","method":"x"}',
  "garbage that is no frame at all": "hello\r\n\r\n\u0000\u0001\u0002 garbage \r\n",
  "a body that is not JSON": "Content-Length: 7\r\n\r\n{nope}}",
  "a huge Content-Length": "Content-Length: 99999999999999999999\r\n\r\n{}",
};

describe("a malformed frame is logged, and the server answers the next one", () => {
  for (const [name, bytes] of Object.entries(badFrames)) {
    test(name, async () => {
      server = RawServer.start();
      await server.initialize(1);
      server.write(bytes);
      const answer = await server.request(2, "textDocument/hover", HOVER);
      expect(answer.error).toBeUndefined();
      expect(answer.result).toBeNull();
      await server.waitFor((m) => m.method === "window/logMessage" && /frame/i.test((m.params as { message: string }).message), "a log line about the bad frame");
      // And the one after that: the server is back in step.
      expect((await server.request(3, "textDocument/hover", HOVER)).result).toBeNull();
    });
  }

  test("a large document that mentions the header is read whole, in pieces, and quickly", async () => {
    server = RawServer.start();
    await server.initialize(1);
    const uri = "file:///nowhere/big.yaml";
    const text = "template: '2021'\noverview: |\n" + "  }Content-Length: 5 {}\n".repeat(150_000);
    const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "yaml", version: 1, text } } }), "utf8");
    const frame = Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);
    const before = server.cpuMs();
    for (let i = 0; i < frame.length; i += 4096) server.write(frame.subarray(i, i + 4096));
    const symbols = await server.request(2, "textDocument/documentSymbol", { textDocument: { uri } });
    // The server's own CPU time: a frame reader that rescans what it has at every piece would take minutes.
    expect(server.cpuMs() - before).toBeLessThan(10_000);
    // Two parts, the second running to the last line: the whole text arrived.
    const ends = (symbols.result as { location: { range: { end: { line: number } } } }[]).map((s) => s.location.range.end.line);
    expect(ends).toHaveLength(2);
    expect(Math.max(...ends)).toBeGreaterThanOrEqual(150_000);
    expect(server.logs().filter((l) => /frame/.test(l))).toEqual([]);
  });

  test("a header and its body in separate writes, a moment apart", async () => {
    server = RawServer.start();
    await server.initialize(1);
    const body = JSON.stringify({ jsonrpc: "2.0", id: 2, method: "textDocument/hover", params: HOVER });
    server.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n`);
    await new Promise((r) => setTimeout(r, 100));
    server.write(body.slice(0, 10));
    await new Promise((r) => setTimeout(r, 100));
    server.write(body.slice(10));
    const answer = await server.waitFor((m) => m.id === 2, "an answer to the split request");
    expect(answer.error).toBeUndefined();
    expect(server.logs().filter((l) => /frame/.test(l))).toEqual([]);
  });

  test("a bad frame before initialize: the server still starts", async () => {
    server = RawServer.start();
    server.write("Content-Length: -1\r\n\r\n");
    expect((await server.initialize(1)).result).toHaveProperty("capabilities");
  });
});
