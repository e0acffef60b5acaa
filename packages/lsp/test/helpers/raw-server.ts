import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { StreamMessageReader } from "vscode-jsonrpc/node";
import { measuringProcesses } from "../../../../test/process-coverage/processes.js";
import { serverPath } from "./lsp-client.js";

export interface Message {
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

/**
 * The built server on a raw stdio pipe: a test writes the bytes itself (frames an editor would never send) and reads
 * what comes back with vscode-jsonrpc's own reader. Every test stops what it started (`stop`).
 */
export class RawServer {
  readonly received: Message[] = [];
  exitCode: number | null | undefined;
  private waiters: { test: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];

  private constructor(readonly child: ChildProcess) {
    const reader = new StreamMessageReader(child.stdout!);
    reader.listen((m) => {
      const message = m as Message;
      this.received.push(message);
      this.waiters = this.waiters.filter((w) => (w.test(message) ? (w.resolve(message), false) : true));
    });
    child.stderr!.on("data", () => {});
    child.on("exit", (code) => (this.exitCode = code));
  }

  static start(): RawServer {
    return new RawServer(spawn(process.execPath, [serverPath, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] }));
  }

  /**
   * CPU milliseconds the server has used (user + system, from /proc: Linux, where the tests run). What a bound on
   * the server's work should read on a shared machine, where wall time also counts waiting for a core.
   */
  cpuMs(): number {
    // Fields after the command name (which may hold spaces, so it is skipped up to its closing parenthesis).
    const stat = readFileSync(`/proc/${this.child.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of the file (11 and 12 after the name and state), in clock ticks
    // (USER_HZ: 100 a second on Linux, whatever the kernel's own tick).
    const ticks = Number(fields[11]) + Number(fields[12]);
    return ticks * 10;
  }

  /** Bytes as they are, framing and all. */
  write(bytes: string | Buffer): void {
    this.child.stdin!.write(bytes);
  }

  /** One well-formed frame. */
  send(message: Message & { jsonrpc?: string }): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }), "utf8");
    this.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, "ascii"), body]));
  }

  request(id: number, method: string, params: unknown = {}): Promise<Message> {
    this.send({ id, method, params });
    return this.waitFor((m) => m.id === id && m.method === undefined, `an answer to ${method} #${id}`);
  }

  /** Measuring coverage, the server counts every block it runs and answers slower: it gets three times as long. */
  waitFor(test: (m: Message) => boolean, what: string, timeoutMs = measuringProcesses() ? 15_000 : 5000): Promise<Message> {
    const done = this.received.find(test);
    if (done) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} within ${timeoutMs} ms; received ${JSON.stringify(this.received).slice(0, 2000)}`)), timeoutMs);
      this.waiters.push({ test, resolve: (m) => (clearTimeout(timer), resolve(m)) });
    });
  }

  /** Log lines the server sent (window/logMessage). */
  logs(): string[] {
    return this.received.filter((m) => m.method === "window/logMessage").map((m) => (m.params as { message: string }).message);
  }

  async initialize(id = 1): Promise<Message> {
    const answer = await this.request(id, "initialize", { processId: null, rootUri: null, capabilities: {} });
    this.send({ method: "initialized", params: {} });
    return answer;
  }

  exited(timeoutMs = 5000): Promise<number | null> {
    if (this.exitCode !== undefined) return Promise.resolve(this.exitCode);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the server did not exit within ${timeoutMs} ms`)), timeoutMs);
      this.child.once("exit", (code) => (clearTimeout(timer), resolve(code)));
    });
  }

  async stop(): Promise<void> {
    if (this.exitCode !== undefined) return;
    // A killed process writes no coverage: measuring, the server is asked to exit first (a stream left mid-frame
    // by the test may not read it; then it is killed all the same).
    if (measuringProcesses()) {
      this.send({ method: "exit" });
      await this.exited(1000).catch(() => {});
      if (this.exitCode !== undefined) return;
    }
    this.child.kill("SIGKILL");
    await this.exited().catch(() => {});
  }
}
