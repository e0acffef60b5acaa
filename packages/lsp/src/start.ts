import { inspect } from "node:util";
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection } from "vscode-languageserver/node";
import { createServer, type ServerHandle } from "./create-server.js";
import { GuardedReader } from "./guarded-reader.js";
import { Lifecycle } from "./lifecycle.js";
import type { Log } from "./log.js";

/**
 * Start the server on the transport named on the command line (`--stdio`, `--node-ipc`, `--socket=N`,
 * `--pipe=NAME`), as every LSP client launches servers. On stdio (what editors use) the server reads the frames
 * itself, so that a bad frame is logged and skipped, and keeps the protocol's order of initialize and shutdown.
 */
export function startServer(): ServerHandle {
  const stdio = process.argv.slice(2).includes("--stdio");
  const guarded = stdio ? stdioConnection() : undefined;
  const connection = guarded?.connection ?? createConnection(ProposedFeatures.all);
  const handle = createServer(connection);
  if (guarded) {
    guarded.reader.onBadFrame = (reason) => handle.log.warn(`ignored a bad frame from the client: ${reason}`);
    // stdout carries the protocol: anything a library prints goes to the log instead.
    routeConsole(handle.log);
  }
  // Last line of defence: whatever escapes a handler is logged, and the server keeps serving.
  process.on("uncaughtException", (error) => handle.log.error("uncaught exception", error));
  process.on("unhandledRejection", (error) => handle.log.error("unhandled rejection", error));
  connection.listen();
  return handle;
}

function stdioConnection(): { connection: Connection; reader: GuardedReader } {
  const writer = new StreamMessageWriter(process.stdout);
  const lifecycle = new Lifecycle(writer);
  const reader = new GuardedReader(process.stdin, lifecycle);
  // As vscode-languageserver does for its own stdio: the client is gone when stdin ends.
  const gone = () => process.exit(lifecycle.state === "shut-down" ? 0 : 1);
  process.stdin.on("end", gone);
  process.stdin.on("close", gone);
  return { connection: createConnection(ProposedFeatures.all, reader, writer), reader };
}

function routeConsole(log: Log): void {
  const text = (args: unknown[]) => args.map((a) => (typeof a === "string" ? a : inspect(a))).join(" ");
  console.log = console.info = console.debug = (...args: unknown[]) => log.info(text(args));
  console.warn = (...args: unknown[]) => log.warn(text(args));
  console.error = (...args: unknown[]) => log.error(text(args));
}
