import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceEdit,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { checkText, CONFIG_FILE_NAMES, parseConfig, reportSkeleton, ruleDocUrl, type Locale } from "@ogi-report/core";
import { Analyses, type Analysis } from "./analysis.js";
import { codeActions, COMMANDS, FIX_ALL_KIND } from "./code-actions.js";
import { clampPosition, clampRange } from "./clamp.js";
import { complete } from "./completion.js";
import { configDiagnostic, toDiagnostic } from "./diagnostics.js";
import { foldingRanges } from "./folding.js";
import { formatReport, toTextEdits } from "./formatting.js";
import { guard, guardVoid } from "./guard.js";
import { hover } from "./hover.js";
import { inlayHints } from "./inlay-hints.js";
import { connectionLog, type Log } from "./log.js";
import { CheckScheduler } from "./scheduler.js";
import { localeFromEnv } from "@ogi-report/node-shell";
import { parseLocale } from "./settings.js";
import { SettingsStore } from "./settings-store.js";
import { documentSymbols } from "./symbols.js";
import { fsPathOf } from "./uri.js";

export const SERVER_NAME = "ogi-report-language-server";
export const SERVER_VERSION = "0.1.0";

/** Glob for the CLI's config files, watched so editor and CLI keep agreeing when one changes. */
const CONFIG_GLOB = `**/{${CONFIG_FILE_NAMES.join(",")}}`;
/** Other reports (`previous:`, `units:`) feed the cross-document rules. */
const REPORT_GLOB = "**/*.{yaml,yml}";

export interface ServerHandle {
  /** The open documents, as the server sees them. */
  documents: TextDocuments<TextDocument>;
  log: Log;
}

/**
 * Wire every feature onto a connection (stdio, IPC or a socket: the caller chose). Only core does the
 * checking; this layer turns findings into LSP and keeps stale results from reaching the client.
 */
export function createServer(connection: Connection): ServerHandle {
  const log = connectionLog(connection);
  const documents = new TextDocuments(TextDocument);
  const analyses = new Analyses(log);
  let caps: ClientCapabilities = {};
  let settings: SettingsStore | undefined;
  /** Documents whose last published list was empty, so a non-report is not re-sent an empty list per keystroke. */
  const publishedEmpty = new Set<string>();

  const store = (): SettingsStore => {
    settings ??= new SettingsStore(connection, { pull: false, envLocale: localeFromEnv(process.env) }, log);
    return settings;
  };

  const analysisOf = (uri: string): Analysis | undefined => {
    const doc = documents.get(uri);
    return doc ? analyses.get(doc, store().current(uri)) : undefined;
  };

  const relatedInformation = () => caps.textDocument?.publishDiagnostics?.relatedInformation === true;

  const publish = (uri: string, version: number, diagnostics: ReturnType<typeof toDiagnostic>[]) => {
    if (diagnostics.length === 0) publishedEmpty.add(uri);
    else publishedEmpty.delete(uri);
    void connection.sendDiagnostics({ uri, version, diagnostics });
  };

  /** Check the document as it is now and publish, unless a newer version arrived meanwhile. */
  const check = async (uri: string, opened: boolean) => {
    // TextDocuments updates a document object in place: remember the version, not the object.
    const version = documents.get(uri)?.version;
    if (version === undefined) return;
    await store().ensure(uri);
    const current = documents.get(uri);
    if (!current || current.version !== version) return; // a newer version has its own check coming
    if (isConfigFile(uri)) {
      publish(uri, current.version, parseConfig(current.getText(), fsPathOf(uri) ?? uri).errors.map(configDiagnostic));
      return;
    }
    const analysis = analyses.get(current, store().current(uri));
    if (!analysis.isReport) {
      // Not a report: nothing, said once (the server may be enabled for all YAML).
      if (opened || !publishedEmpty.has(uri)) publish(uri, analysis.version, []);
      return;
    }
    const options = { relatedInformation: relatedInformation() };
    publish(uri, analysis.version, analysis.findings.map((f) => toDiagnostic(f, uri, options)));
  };

  const opened = new Set<string>();
  const scheduler = new CheckScheduler((uri) => {
    const first = opened.delete(uri);
    guardVoid(log, `check ${uri}`, () => check(uri, first))();
  });

  const recheckAll = () => {
    analyses.clear();
    for (const doc of documents.all()) scheduler.schedule(doc.uri);
    if (caps.workspace?.inlayHint?.refreshSupport) void connection.languages.inlayHint.refresh().catch(() => {});
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    caps = params.capabilities;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    const clientLocale = parseLocale(params.locale);
    settings = new SettingsStore(
      connection,
      {
        pull: caps.workspace?.configuration === true,
        envLocale: localeFromEnv(process.env),
        ...(clientLocale && clientLocale !== "auto" ? { clientLocale: clientLocale as Locale } : {}),
        ...(folder && fsPathOf(folder) ? { workspaceFolder: fsPathOf(folder)! } : {}),
      },
      log,
    );
    settings.onLateAnswer = (uri) => {
      analyses.forget(uri);
      scheduler.schedule(uri);
    };
    const literals = !!caps.textDocument?.codeAction?.codeActionLiteralSupport;
    return {
      capabilities: {
        positionEncoding: "utf-16",
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [":"], resolveProvider: false },
        codeActionProvider: literals ? { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } : true,
        executeCommandProvider: { commands: [COMMANDS.openRuleDoc, COMMANDS.applyEdit] },
        inlayHintProvider: { resolveProvider: false },
        documentSymbolProvider: { label: "OGI Report" },
        foldingRangeProvider: true,
        documentFormattingProvider: true,
      },
      serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
    };
  });

  connection.onInitialized(
    guardVoid(log, "initialized", () => {
      if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
        void connection.client.register(DidChangeConfigurationNotification.type, { section: "ogi" }).catch((e: unknown) => log.error("register didChangeConfiguration", e));
      }
      if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        void connection.client
          .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_GLOB }, { globPattern: REPORT_GLOB }] })
          .catch((e: unknown) => log.error("register didChangeWatchedFiles", e));
      }
      // The first check compiles the schema validator (~100 ms): pay it now, not on the first keystroke.
      setImmediate(guardVoid(log, "warm-up", () => void checkText(reportSkeleton({ template: "2021" }))));
    }),
  );

  documents.onDidOpen(guardVoid(log, "didOpen", (e) => void opened.add(e.document.uri)));
  documents.onDidChangeContent(
    guardVoid(log, "didChange", (e) => {
      scheduler.noteChange();
      scheduler.schedule(e.document.uri);
    }),
  );
  documents.onDidClose(
    guardVoid(log, "didClose", (e) => {
      scheduler.cancel(e.document.uri);
      analyses.forget(e.document.uri);
      settings?.forget(e.document.uri);
      publishedEmpty.delete(e.document.uri);
      opened.delete(e.document.uri);
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    }),
  );
  documents.onDidSave(
    guardVoid(log, "didSave", (e) => {
      // Clients that cannot watch files still tell us when a config file they edited was saved.
      if (isConfigFile(e.document.uri)) {
        store().forgetConfigFiles();
        recheckAll();
      }
    }),
  );

  connection.onDidChangeConfiguration(
    guardVoid(log, "didChangeConfiguration", (params) => {
      const s = store();
      if (s.sources.pull) s.forgetEditorSettings();
      else s.setPushed((params.settings as { ogi?: unknown } | null)?.ogi);
      recheckAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guardVoid(log, "didChangeWatchedFiles", (params) => {
      const config = params.changes.some((c) => isConfigFile(c.uri));
      if (config) store().forgetConfigFiles();
      // Another report changed on disk: only documents that name other reports can be affected.
      const crossDocument = documents.all().some((d) => REFERS_TO_OTHERS.test(d.getText()));
      if (crossDocument) store().forgetOtherReports();
      if (config || crossDocument) recheckAll();
    }),
  );

  connection.onHover(
    guard(log, "hover", null, (params) => {
      const a = analysisOf(params.textDocument.uri);
      const markdown = caps.textDocument?.hover?.contentFormat?.includes("markdown") ?? true;
      return a ? hover(a, clampPosition(a.lines, params.position), markdown) : null;
    }),
  );

  connection.onCompletion(
    guard(log, "completion", null, (params) => {
      const a = analysisOf(params.textDocument.uri);
      const item = caps.textDocument?.completion?.completionItem;
      return a ? complete(a, clampPosition(a.lines, params.position), { snippets: item?.snippetSupport === true, markdown: item?.documentationFormat?.includes("markdown") ?? false }) : null;
    }),
  );

  connection.onCodeAction(
    guard(log, "codeAction", [], (params) => {
      const a = analysisOf(params.textDocument.uri);
      if (!a) return [];
      const range = clampRange(a.lines, params.range);
      const context = { ...params.context, diagnostics: (params.context?.diagnostics ?? []).map((d) => ({ ...d, range: clampRange(a.lines, d.range) })) };
      return codeActions(a, { ...params, range, context }, {
        literals: !!caps.textDocument?.codeAction?.codeActionLiteralSupport,
        documentChanges: caps.workspace?.workspaceEdit?.documentChanges === true,
        relatedInformation: relatedInformation(),
      });
    }),
  );

  connection.onExecuteCommand(
    guard(log, "executeCommand", null, async (params) => {
      const [arg] = params.arguments ?? [];
      if (params.command === COMMANDS.openRuleDoc && typeof arg === "string") {
        const uri = ruleDocUrl(arg);
        if (caps.window?.showDocument?.support) {
          await connection.window.showDocument({ uri, external: true });
        } else {
          // A plain notification: every client shows it, and nobody has to answer it.
          void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `${arg}: ${uri}` });
        }
      } else if (params.command === COMMANDS.applyEdit && arg && typeof arg === "object") {
        await connection.workspace.applyEdit(arg as WorkspaceEdit);
      }
      return null;
    }),
  );

  connection.languages.inlayHint.on(
    guard(log, "inlayHint", [], (params) => {
      const a = analysisOf(params.textDocument.uri);
      return a ? inlayHints(a, clampRange(a.lines, params.range)) : [];
    }),
  );

  connection.onDocumentSymbol(
    guard(log, "documentSymbol", [], (params) => {
      const a = analysisOf(params.textDocument.uri);
      return a ? documentSymbols(a, caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true) : [];
    }),
  );

  connection.onFoldingRanges(
    guard(log, "foldingRange", [], (params) => {
      const a = analysisOf(params.textDocument.uri);
      return a && a.isReport ? foldingRanges(a.lines) : [];
    }),
  );

  connection.onDocumentFormatting(
    guard(log, "formatting", [], (params) => {
      const a = analysisOf(params.textDocument.uri);
      const model = a && a.isReport ? a.model : undefined;
      return a && model ? toTextEdits(a.lines, formatReport(model)) : [];
    }),
  );

  documents.listen(connection);
  return { documents, log };
}

const REFERS_TO_OTHERS = /^(previous|units)[ \t]*:/m;

function isConfigFile(uri: string): boolean {
  const name = uri.slice(uri.lastIndexOf("/") + 1);
  return (CONFIG_FILE_NAMES as readonly string[]).includes(decodeURIComponent(name));
}
