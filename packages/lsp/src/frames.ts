/**
 * The base protocol's framing (`Content-Length: N\r\n\r\n` then N bytes of JSON), read so that a bad frame costs only
 * itself. vscode-jsonrpc's reader cannot be used for this: on a header without a length it reports an error and has
 * already dropped the header, a negative length leaves it waiting forever, and a wrong length swallows the frames
 * after it; there is no way to tell it to read on from the next header. Here a bad frame is reported (`bad`) and
 * reading goes on from the next `Content-Length:` header.
 */

/** Larger than any document the checker reads (it refuses bigger texts anyway) with room for the JSON around it. */
export const MAX_FRAME_BYTES = 256 * 1024 * 1024;
/** A header block longer than this is not a header. */
const MAX_HEADER_BYTES = 8 * 1024;

const CRLFCRLF = Buffer.from("\r\n\r\n", "latin1");
/** `Name: value`; the value is trimmed after (a lazy `(.*?)[ \t]*$` rescans the blanks at every step). */
const HEADER_LINE = /^([!#-'*+.0-9A-Z^-z|~-]+):(.*)$/;

export interface FrameSink {
  /** A well-formed frame: its body parsed. */
  message(message: unknown): void;
  /** A frame that was skipped, and why. */
  bad(reason: string): void;
}

export class FrameReader {
  /** Bytes not yet read, as received (concatenated only when a whole header or body is there). */
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** The body length the current header declared, or -1 while reading a header. */
  private expected = -1;
  /** Where a `Content-Length:` was seen inside the current body, whose header is not yet complete; -1: none. */
  private candidate = -1;

  constructor(private readonly sink: FrameSink) {}

  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (this.expected < 0 ? !this.readHeader() : !this.readBody()) return;
    }
  }

  private bytes(): Buffer {
    if (this.chunks.length !== 1) this.chunks = [Buffer.concat(this.chunks, this.buffered)];
    return this.chunks[0]!;
  }

  private keep(rest: Buffer): void {
    this.chunks = rest.length ? [rest] : [];
    this.buffered = rest.length;
  }

  /** True when a header was read (or skipped) and there may be more to read. */
  private readHeader(): boolean {
    const bytes = this.bytes();
    const end = bytes.indexOf(CRLFCRLF);
    if (end < 0) {
      if (bytes.length > MAX_HEADER_BYTES) return this.resync(bytes, 1, `no end of header within ${MAX_HEADER_BYTES} bytes`);
      return false;
    }
    const header = bytes.toString("latin1", 0, end);
    let length: string | undefined;
    for (const line of header.split("\r\n")) {
      const m = HEADER_LINE.exec(line);
      if (!m) return this.resync(bytes, 1, `a header line that is not \`Name: value\`: ${JSON.stringify(line.slice(0, 80))}`);
      if (m[1]!.toLowerCase() === "content-length") length = m[2]!.trim();
    }
    if (length === undefined) return this.resync(bytes, end + 4, "a header without Content-Length");
    if (!/^[0-9]{1,10}$/.test(length) || Number(length) > MAX_FRAME_BYTES) return this.resync(bytes, end + 4, `Content-Length ${JSON.stringify(length.slice(0, 40))} is not a length up to ${MAX_FRAME_BYTES}`);
    this.expected = Number(length);
    this.candidate = -1;
    this.keep(bytes.subarray(end + 4));
    return true;
  }

  /** True when a body was read (or skipped) and there may be more to read. */
  private readBody(): boolean {
    if (this.buffered < this.expected) return this.declaredTooLong();
    const bytes = this.bytes();
    const body = bytes.subarray(0, this.expected);
    const message = parse(body);
    if (message === undefined) return this.resync(bytes, 0, `a body that is not one JSON object (Content-Length ${this.expected})`, true);
    this.expected = -1;
    this.keep(bytes.subarray(body.length));
    this.sink.message(message);
    return true;
  }

  /**
   * While waiting for the rest of a body: a complete JSON object followed by the next frame's whole header means the
   * declared length was larger than the body (waiting would swallow the frames after it). Only the bytes that
   * arrived since the last look are searched, and only a `}` right before `Content-Length:` is tried, so a large
   * body arriving in many pieces, or a document that mentions the header, costs no more than reading it.
   */
  private declaredTooLong(): boolean {
    const last = this.chunks[this.chunks.length - 1];
    if (!last) return false;
    const lastStart = this.buffered - last.length;
    if (this.candidate < 0) {
      // The new piece, with enough of what came before it for a header cut in two.
      const from = Math.max(0, lastStart - HEADER_NAME.length);
      const region = from < lastStart ? Buffer.concat([this.tail(lastStart - from), last]) : last;
      const i = findHeader(region, 0);
      if (i < 0) return false;
      this.candidate = from + i;
    }
    const bytes = this.bytes();
    for (let at = this.candidate; at >= 0; at = findHeader(bytes, at + 1)) {
      if (bytes.indexOf(CRLFCRLF, at) < 0) {
        this.candidate = at; // its header is not all here yet
        return false;
      }
      if (endsObject(bytes, at) && parse(bytes.subarray(0, at)) !== undefined) {
        return this.resync(bytes, at, `Content-Length ${this.expected} is larger than its body`, true, at);
      }
    }
    this.candidate = -1;
    return false;
  }

  /** The last `n` bytes before the newest piece. */
  private tail(n: number): Buffer {
    const parts: Buffer[] = [];
    let need = n;
    for (let k = this.chunks.length - 2; k >= 0 && need > 0; k--) {
      const c = this.chunks[k]!;
      parts.unshift(c.subarray(Math.max(0, c.length - need)));
      need -= c.length;
    }
    return Buffer.concat(parts);
  }

  /** Skip to the next `Content-Length:` at or after `from` (all but the last few bytes when there is none yet). */
  private resync(bytes: Buffer, from: number, reason: string, inBody = false, at = findHeader(bytes, from)): boolean {
    this.sink.bad(`${inBody ? "skipped a frame" : "skipped a malformed frame"}: ${reason}`);
    this.expected = -1;
    this.candidate = -1;
    // Keep a possible start of a header that is cut off at the end of what arrived.
    this.keep(at >= 0 ? bytes.subarray(at) : bytes.subarray(Math.max(from, bytes.length - HEADER_NAME.length + 1)));
    return at >= 0;
  }
}

const HEADER_NAME = "content-length:";

/** The next `Content-Length:` (any case) at or after `from`, or -1. */
function findHeader(bytes: Buffer, from: number): number {
  const text = bytes.toString("latin1", from).toLowerCase();
  const i = text.indexOf(HEADER_NAME);
  return i < 0 ? -1 : from + i;
}

/** Whether the bytes before `at`, white space aside, end with `}`. */
function endsObject(bytes: Buffer, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i--;
  return i >= 0 && bytes[i] === 0x7d;
}

/** The body as one JSON object, or undefined. */
function parse(body: Buffer): unknown {
  const first = body.indexOf("{");
  if (first < 0 || body.subarray(0, first).toString("latin1").trim() !== "") return undefined;
  try {
    const value: unknown = JSON.parse(body.toString("utf8"));
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
