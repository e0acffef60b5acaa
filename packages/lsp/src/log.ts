import type { Connection } from "vscode-languageserver/node";

/** The server's log goes to the client (connection.console): stdout belongs to the protocol. */
export interface Log {
  error(message: string, error?: unknown): void;
  warn(message: string): void;
  info(message: string): void;
}

export function connectionLog(connection: Connection): Log {
  const detail = (error: unknown) => (error === undefined ? "" : `\n${(error as Error)?.stack ?? String(error)}`);
  return {
    error: (message, error) => connection.console.error(`${message}${detail(error)}`),
    warn: (message) => connection.console.warn(message),
    info: (message) => connection.console.info(message),
  };
}
