import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";

export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
export const serverPath = `${repoRoot}packages/lsp/dist/server.js`;

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
  relatedInformation?: { location: { uri: string; range: Range }; message: string }[];
  data?: { path: string };
}
export interface Publish {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

/** What a client says it can do: a full, modern client (VS Code-like) unless a test says otherwise. */
export function fullCapabilities(): Record<string, unknown> {
  return {
    workspace: {
      configuration: true,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      workspaceEdit: { documentChanges: true },
      inlayHint: { refreshSupport: true },
    },
    textDocument: {
      synchronization: { dynamicRegistration: false, didSave: true },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      hover: { contentFormat: ["markdown", "plaintext"] },
      completion: { completionItem: { snippetSupport: true, documentationFormat: ["markdown", "plaintext"], insertTextModeSupport: { valueSet: [1, 2] } } },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source", "source.fixAll"] } }, isPreferredSupport: true },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      foldingRange: { lineFoldingOnly: true },
      inlayHint: {},
      formatting: {},
    },
    window: { showDocument: { support: true } },
  };
}

export interface ClientOptions {
  /** Answer to workspace/configuration for section `ogi` (per scopeUri when a function). */
  settings?: unknown | ((scopeUri: string | undefined) => unknown);
  capabilities?: Record<string, unknown>;
  rootUri?: string | null;
  locale?: string;
}

/**
 * A real LSP client over stdio against the built server: the same bytes an editor would send. Every test
 * stops what it started (`close`).
 */
export class LspClient {
  readonly publishes: Publish[] = [];
  readonly logs: { type: number; message: string }[] = [];
  readonly shownDocuments: unknown[] = [];
  readonly registrations: unknown[] = [];
  readonly appliedEdits: unknown[] = [];
  readonly messages: unknown[] = [];
  configurationRequests = 0;
  private waiters: { test: (p: Publish) => boolean; resolve: (p: Publish) => void }[] = [];
  private exited = false;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
    private options: ClientOptions,
  ) {}

  static async start(options: ClientOptions = {}): Promise<LspClient> {
    if (!existsSync(serverPath)) throw new Error(`${serverPath} is missing: run \`pnpm --filter @ogi-report/lsp build\` first`);
    const child = spawn(process.execPath, [serverPath, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection, options);
    child.on("exit", () => (client.exited = true));
    child.stderr!.on("data", (d: Buffer) => client.logs.push({ type: 0, message: d.toString() }));
    connection.onNotification("textDocument/publishDiagnostics", (p: Publish) => client.onPublish(p));
    connection.onNotification("window/logMessage", (p: { type: number; message: string }) => void client.logs.push(p));
    connection.onNotification("window/showMessage", (p: unknown) => void client.messages.push(p));
    connection.onRequest("workspace/configuration", (p: { items: { scopeUri?: string; section?: string }[] }) => {
      client.configurationRequests++;
      // A client that never answers (the server must not wait for it forever).
      if (client.options.settings === "never") return new Promise(() => {});
      return p.items.map((item) => {
        const s = client.options.settings;
        return typeof s === "function" ? (s as (u: string | undefined) => unknown)(item.scopeUri) : (s ?? null);
      });
    });
    connection.onRequest("client/registerCapability", (p: unknown) => void client.registrations.push(p));
    connection.onRequest("window/showDocument", (p: unknown) => {
      client.shownDocuments.push(p);
      return { success: true };
    });
    connection.onRequest("workspace/applyEdit", (p: { edit: unknown }) => {
      client.appliedEdits.push(p.edit);
      return { applied: true };
    });
    connection.onRequest("workspace/inlayHint/refresh", () => null);
    connection.onRequest("window/workDoneProgress/create", () => null);
    connection.listen();
    await connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      capabilities: options.capabilities ?? fullCapabilities(),
      ...(options.locale ? { locale: options.locale } : {}),
    });
    await connection.sendNotification("initialized", {});
    return client;
  }

  setSettings(settings: ClientOptions["settings"]): void {
    this.options = { ...this.options, settings };
  }

  private onPublish(p: Publish): void {
    this.publishes.push(p);
    this.waiters = this.waiters.filter((w) => {
      if (!w.test(p)) return true;
      w.resolve(p);
      return false;
    });
  }

  /** The next publish for `uri` that passes `test` (a publish already received counts when `since` allows). */
  waitForDiagnostics(uri: string, test: (p: Publish) => boolean = () => true, timeoutMs = 10_000, since = 0): Promise<Publish> {
    const done = this.publishes.slice(since).find((p) => p.uri === uri && test(p));
    if (done) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; got ${JSON.stringify(this.publishes.filter((p) => p.uri === uri).map((p) => [p.version, p.diagnostics.length]))}`)), timeoutMs);
      this.waiters.push({
        test: (p) => p.uri === uri && test(p),
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  open(uri: string, text: string, version = 1, languageId = "yaml"): void {
    void this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version, text } });
  }

  /** Replace the whole text (a full-sync change; the server also takes incremental ones). */
  replace(uri: string, text: string, version: number): void {
    void this.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  change(uri: string, version: number, contentChanges: unknown[]): void {
    void this.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): void {
    void this.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  get alive(): boolean {
    return !this.exited;
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    try {
      await Promise.race([this.connection.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 2000))]);
      void this.connection.sendNotification("exit");
    } catch {
      // the server may already be gone
    }
    await new Promise<void>((resolve) => {
      if (this.exited) return resolve();
      const timer = setTimeout(() => {
        this.process.kill("SIGKILL");
        resolve();
      }, 3000);
      this.process.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.connection.dispose();
  }
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}
