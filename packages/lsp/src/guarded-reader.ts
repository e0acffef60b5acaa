import { AbstractMessageReader, type DataCallback, type Disposable, type Message, type MessageReader } from "vscode-languageserver/node";
import { FrameReader } from "./frames.js";
import type { Lifecycle } from "./lifecycle.js";

/**
 * The server's reader on a byte stream (stdin): frames read by FrameReader, so a bad frame is skipped and reported
 * through `onBadFrame` instead of stopping the connection, and every message passed through the session's
 * Lifecycle before the connection sees it.
 */
export class GuardedReader extends AbstractMessageReader implements MessageReader {
  /** Set once the server can log; until then a bad frame goes to stderr. */
  onBadFrame: (reason: string) => void = (reason) => process.stderr.write(`ogi language server: ${reason}\n`);

  constructor(
    private readonly stream: NodeJS.ReadableStream,
    private readonly lifecycle: Lifecycle,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const frames = new FrameReader({
      message: (m) => this.lifecycle.admit(m as Message, callback),
      bad: (reason) => this.onBadFrame(reason),
    });
    const onData = (chunk: Buffer | string) => {
      try {
        frames.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
      } catch (error) {
        this.fireError(error);
      }
    };
    const onError = (error: unknown) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.stream.on("data", onData);
    this.stream.on("error", onError);
    this.stream.on("end", onClose);
    return {
      dispose: () => {
        this.stream.off("data", onData);
        this.stream.off("error", onError);
        this.stream.off("end", onClose);
      },
    };
  }
}
