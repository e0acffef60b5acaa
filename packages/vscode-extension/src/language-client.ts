import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import type { FindingsStore } from "./findings-store.js";
import { ruleIdOf } from "./diagnostic-fields.js";
import { yamlExtensionValidates } from "./red-hat-yaml.js";
import { reportedByYamlExtension } from "./yaml-extension-overlap.js";

export const CLIENT_ID = "ogi";

/**
 * The bundled server (dist/server.mjs, the language server built from packages/lsp) in its own Node process,
 * over stdio: exactly how the tests and other editors start it, so what they check is what runs here.
 */
export function createLanguageClient(context: vscode.ExtensionContext, findings: FindingsStore, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath("dist/server.mjs");
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ["--nolazy", "--inspect=6010"] } },
  };
  const clientOptions: LanguageClientOptions = {
    // All YAML: the server answers anything that is not a report with nothing, and decides by content.
    documentSelector: [
      { scheme: "file", language: "yaml" },
      { scheme: "untitled", language: "yaml" },
    ],
    outputChannel: output,
    middleware: {
      handleDiagnostics(uri, diagnostics, next) {
        findings.set(uri, diagnostics);
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        const yaml = { validating: doc ? yamlExtensionValidates(doc) : false };
        const text = doc?.getText() ?? "";
        next(uri, diagnostics.filter((d) => !reportedByYamlExtension(ruleIdOf(d), text, yaml)));
      },
    },
  };
  return new LanguageClient(CLIENT_ID, "OGI Report", serverOptions, clientOptions);
}
