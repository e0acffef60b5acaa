import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { fixAllSafeProblems, RuleDocs, showProblems } from "./commands.js";
import { FindingsStore } from "./findings-store.js";
import { createLanguageClient } from "./language-client.js";
import { importReportCommand } from "./import-report.js";
import { newReport } from "./new-report.js";
import { PreviewPanels } from "./preview/preview-panel.js";
import { contributeSchemaToYamlExtension } from "./red-hat-yaml.js";
import { isReportDocument } from "./report-documents.js";
import { StatusItem } from "./status-item.js";

let client: LanguageClient | undefined;

/**
 * VS Code wakes the extension for any YAML file (it cannot look at content); the language server is started
 * only once a report is open (a `template:` key, an ogi-report `$schema=` line, or an `ogi.files` match), so a
 * workspace of Kubernetes YAML never pays for it.
 */
export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel("OGI Report", { log: true });
  const findings = new FindingsStore();
  const previews = new PreviewPanels(context, findings);
  context.subscriptions.push(output, findings, previews, new StatusItem(findings));

  let starting: Promise<void> | undefined;
  const startIfReport = (doc: vscode.TextDocument | undefined) => {
    if (starting || !doc || !isReportDocument(doc)) return;
    client = createLanguageClient(context, findings, output);
    starting = client.start().catch((error: unknown) => output.error(`the OGI language server did not start: ${String(error)}`));
  };
  const updateContext = () => void vscode.commands.executeCommand("setContext", "ogi.isReport", !!vscode.window.activeTextEditor && isReportDocument(vscode.window.activeTextEditor.document));

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(startIfReport),
    vscode.workspace.onDidChangeTextDocument((e) => {
      // A YAML file that becomes a report as it is typed (the `template:` line was just written).
      startIfReport(e.document);
      if (e.document === vscode.window.activeTextEditor?.document) updateContext();
    }),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration("ogi.files") && vscode.workspace.textDocuments.forEach(startIfReport)),
    vscode.workspace.registerTextDocumentContentProvider(RuleDocs.scheme, new RuleDocs()),
    vscode.commands.registerCommand("ogi.newReport", newReport),
    vscode.commands.registerCommand("ogi.preview", (uri?: unknown) => {
      const doc = uri instanceof vscode.Uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : vscode.window.activeTextEditor?.document;
      if (doc && isReportDocument(doc)) previews.show(doc);
      else void vscode.window.showInformationMessage(vscode.l10n.t("Open a report (a YAML file with a `template:` line) to preview it."));
    }),
    vscode.commands.registerCommand("ogi.fixAll", fixAllSafeProblems),
    vscode.commands.registerCommand("ogi.showRuleDoc", (ruleId?: unknown) => RuleDocs.open(ruleId)),
    vscode.commands.registerCommand("ogi.showProblems", showProblems),
    vscode.commands.registerCommand("ogi.importReport", importReportCommand),
  );
  vscode.workspace.textDocuments.forEach(startIfReport);
  updateContext();
  void contributeSchemaToYamlExtension(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
