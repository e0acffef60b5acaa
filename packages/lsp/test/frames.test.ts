import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { FrameReader } from "../src/frames.js";

/** Feed `bytes` in the given pieces; what came out. */
function read(bytes: Buffer, cuts: number[]): { messages: unknown[]; bad: string[] } {
  const messages: unknown[] = [];
  const bad: string[] = [];
  const reader = new FrameReader({ message: (m) => messages.push(m), bad: (r) => bad.push(r) });
  let at = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)) {
    reader.push(bytes.subarray(at, cut));
    at = cut;
  }
  reader.push(bytes.subarray(at));
  return { messages, bad };
}

const frame = (message: unknown) => {
  const body = Buffer.from(JSON.stringify(message), "utf8");
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);
};

const message = fc.record({ jsonrpc: fc.constant("2.0"), id: fc.nat(), method: fc.string({ maxLength: 20 }), params: fc.record({ text: fc.string({ unit: "binary", maxLength: 300 }) }) });

describe("FrameReader", () => {
  test("well-formed frames cut anywhere arrive whole, in order, with nothing reported", () => {
    fc.assert(
      fc.property(fc.array(message, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 12 }), (messages, cuts) => {
        const out = read(Buffer.concat(messages.map(frame)), cuts);
        expect(out.bad).toEqual([]);
        expect(out.messages).toEqual(messages);
      }),
      { numRuns: 300 },
    );
  });

  test("after garbage between frames, every frame that follows still arrives and the garbage is reported", () => {
    const garbage = fc.oneof(
      fc.constantFrom("Content-Length: -1\r\n\r\n", "Content-Length: x\r\n\r\n{}", "X-Other: 1\r\n\r\n{}", "\r\n\r\n", "hello\r\n\r\n", "Content-Length: 3\r\n\r\n{\"a\":1}"),
      fc.string({ unit: "binary", maxLength: 60 }).filter((s) => !/content-length|[{}]/i.test(s)).map((s) => s + "\r\n\r\n"),
    );
    fc.assert(
      fc.property(message, garbage, fc.array(message, { minLength: 1, maxLength: 3 }), fc.array(fc.nat(), { maxLength: 8 }), (first, junk, after, cuts) => {
        const out = read(Buffer.concat([frame(first), Buffer.from(junk, "utf8"), ...after.map(frame)]), cuts);
        expect(out.bad.length).toBeGreaterThan(0);
        expect(out.messages[0]).toEqual(first);
        expect(out.messages.slice(-after.length)).toEqual(after);
      }),
      { numRuns: 300 },
    );
  });

  test("a Content-Length larger than its body does not swallow the frames after it", () => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", method: "a" }));
    const bytes = Buffer.concat([Buffer.from(`Content-Length: ${body.length + 5000}\r\n\r\n`), body, frame({ jsonrpc: "2.0", id: 1, method: "b" })]);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 10 }), (cuts) => {
        const out = read(bytes, cuts);
        expect(out.messages).toEqual([{ jsonrpc: "2.0", id: 1, method: "b" }]);
        expect(out.bad).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });
});
