import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { RuleDocs } from "./commands.js";
import type { FindingsStore } from "./findings-store.js";
import { ruleIdOf } from "./diagnostic-fields.js";
import { yamlExtensionValidates } from "./red-hat-yaml.js";
import { reportedByYamlExtension } from "./yaml-extension-overlap.js";

export const CLIENT_ID = "ogi";
/** The server's command behind the quick fix "Show documentation for <rule>" (packages/lsp's code actions). */
const OPEN_RULE_DOC = "ogi.openRuleDoc";

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
      // The server answers that quick fix with the rule's web page, for any editor; here the same page is shown inside
      // VS Code from the bundled metadata, as "Open rule documentation" does: it needs no internet.
      executeCommand(command, args, next) {
        const [ruleId] = args as unknown[];
        return command === OPEN_RULE_DOC && typeof ruleId === "string" ? RuleDocs.open(ruleId) : next(command, args);
      },
    },
  };
  return new LanguageClient(CLIENT_ID, "OGI Report", serverOptions, clientOptions);
}
