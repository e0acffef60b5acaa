import { ErrorCodes, type Message, type MessageWriter } from "vscode-languageserver/node";

/** Where a session is: before `initialize`, serving, after `shutdown`. */
export type SessionState = "new" | "serving" | "shut-down";

interface Incoming {
  id?: unknown;
  method?: unknown;
}

/**
 * The order the protocol sets, which vscode-languageserver leaves to the server: before `initialize` a request is
 * answered ServerNotInitialized and a notification dropped (except `exit`); `initialize` is accepted once; after
 * `shutdown` a request is an InvalidRequest. A message that may go on is handed to `deliver`.
 */
export class Lifecycle {
  state: SessionState = "new";

  constructor(private readonly writer: MessageWriter) {}

  admit(message: Message, deliver: (m: Message) => void): void {
    const m = message as Incoming;
    const method = typeof m.method === "string" ? m.method : undefined;
    const isRequest = method !== undefined && m.id !== undefined && m.id !== null;
    if (method === undefined) return deliver(message); // a response to a request of ours
    if (method === "exit") return deliver(message);
    if (!isRequest) {
      if (this.state === "serving") deliver(message);
      return; // the protocol drops notifications before initialize and after shutdown
    }
    if (this.state === "new") {
      if (method !== "initialize") return this.refuse(m.id, ErrorCodes.ServerNotInitialized, `the server is not initialized: send initialize before ${method}`);
      this.state = "serving";
      return deliver(message);
    }
    if (this.state === "shut-down") return this.refuse(m.id, ErrorCodes.InvalidRequest, `the server is shut down: only exit may follow shutdown, not ${method}`);
    if (method === "initialize") return this.refuse(m.id, ErrorCodes.InvalidRequest, "initialize may be sent only once");
    if (method === "shutdown") this.state = "shut-down";
    deliver(message);
  }

  private refuse(id: unknown, code: number, message: string): void {
    void this.writer.write({ jsonrpc: "2.0", id: id as number | string, error: { code, message } } as Message).catch(() => {});
  }
}
