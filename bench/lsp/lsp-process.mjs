// A minimal LSP client over stdio (Content-Length framing), the same for both servers, so neither gets a
// faster or slower client than the other. No dependency: the bench measures servers, not client libraries.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";

export class LspProcess {
  constructor(command, args, { settings = {}, cwd } = {}) {
    this.child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"], cwd });
    this.settings = settings;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = new Set();
    this.buffer = Buffer.alloc(0);
    this.stderr = "";
    this.child.stdout.on("data", (chunk) => this.onData(chunk));
    this.child.stderr.on("data", (d) => (this.stderr += d.toString()));
    this.exited = new Promise((resolve) => this.child.on("exit", resolve));
  }

  get pid() {
    return this.child.pid;
  }

  /** Resident memory of the server process, from /proc (kB → MB). */
  rssMB() {
    const status = readFileSync(`/proc/${this.child.pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)[1]);
    return kb / 1024;
  }

  /**
   * CPU time the server process has used (user + system, all its threads), in ms: what a keystroke costs the server
   * whatever else the machine runs, where wall time also counts waiting for a core. /proc counts in clock ticks of
   * 10 ms, so it is read over many edits.
   */
  cpuMs() {
    const stat = readFileSync(`/proc/${this.child.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  }

  onData(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString("ascii");
      const length = Number(/Content-Length: (\d+)/i.exec(header)[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8");
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.onMessage(JSON.parse(body));
    }
  }

  onMessage(message) {
    if (message.id !== undefined && message.method === undefined) {
      const p = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) p?.reject(new Error(message.error.message));
      else p?.resolve(message.result);
      return;
    }
    if (message.id !== undefined) {
      // A request from the server: answer what a plain editor would.
      let result = null;
      if (message.method === "workspace/configuration") {
        result = message.params.items.map((item) => (item.section ? item.section.split(".").reduce((o, k) => o?.[k], this.settings) ?? null : this.settings));
      }
      this.write({ jsonrpc: "2.0", id: message.id, result });
      return;
    }
    for (const listener of this.listeners) listener(message);
  }

  write(message) {
    const body = Buffer.from(JSON.stringify(message), "utf8");
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.write({ jsonrpc: "2.0", id, method, params });
    });
  }

  notify(method, params) {
    this.write({ jsonrpc: "2.0", method, params });
  }

  /** The next notification that passes `test`. */
  next(test, timeoutMs = 60_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = (message) => {
        if (!test(message)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(message);
      };
      this.listeners.add(listener);
    });
  }

  async initialize(rootUri, capabilities) {
    const result = await this.request("initialize", { processId: process.pid, rootUri, capabilities, workspaceFolders: [{ uri: rootUri, name: "bench" }] });
    this.notify("initialized", {});
    return result;
  }

  async stop() {
    try {
      await Promise.race([this.request("shutdown", null), new Promise((r) => setTimeout(r, 3000))]);
      this.notify("exit", null);
    } catch {
      // already gone
    }
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 3000);
    await this.exited;
    clearTimeout(timer);
  }
}
