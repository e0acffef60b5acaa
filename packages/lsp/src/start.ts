import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { createServer, type ServerHandle } from "./create-server.js";

/**
 * Start the server on the transport named on the command line (`--stdio`, `--node-ipc`, `--socket=N`,
 * `--pipe=NAME`), as every LSP client launches servers.
 */
export function startServer(): ServerHandle {
  const connection = createConnection(ProposedFeatures.all);
  const handle = createServer(connection);
  // Last line of defence: whatever escapes a handler is logged, and the server keeps serving.
  process.on("uncaughtException", (error) => handle.log.error("uncaught exception", error));
  process.on("unhandledRejection", (error) => handle.log.error("unhandled rejection", error));
  connection.listen();
  return handle;
}
