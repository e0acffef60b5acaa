import * as vscode from "vscode";
import { describeOutcome, IMPORTABLE, importedYamlPath, importKindOf } from "./import-logic.js";
import { uiLocale } from "./report-documents.js";

let output: vscode.OutputChannel | undefined;

/**
 * "Import report from Word / PDF / web page…": reads the file where it is (nothing is sent anywhere), imports it and
 * opens the report YAML beside it as an unsaved document named after it (saving writes `<name>.yaml` next to the
 * source). What the import could not settle is listed in the "OGI Import" output.
 */
export async function importReportCommand(arg?: unknown): Promise<void> {
  let uri = arg instanceof vscode.Uri ? arg : undefined;
  if (!uri) {
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false,
      title: vscode.l10n.t("Import report from Word / PDF / web page"),
      filters: { [vscode.l10n.t("Reports (Word, PDF, web page, text)")]: Object.values(IMPORTABLE).flat() },
    });
    uri = picked?.[0];
  }
  if (!uri) return;
  const kind = importKindOf(uri.path);
  if (!kind) {
    void vscode.window.showErrorMessage(vscode.l10n.t("Choose a .docx, .pdf, .html or .txt file"));
    return;
  }
  const name = uri.path.replace(/^.*\//, "");
  const locale = uiLocale(uri);
  const outcome = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t("Importing {0}…", name) }, async () => {
    const bytes = await vscode.workspace.fs.readFile(uri!);
    // Loaded on first use: pdf.js and the HTML parser are not for every YAML file the extension wakes for.
    const { importDocument } = await import("@ogi-report/import");
    return describeOutcome(await importDocument(bytes, kind, { source: name }), name, locale);
  });
  output ??= vscode.window.createOutputChannel("OGI Import");
  output.appendLine(outcome.summary);
  for (const line of outcome.details) output.appendLine(line);
  if (outcome.failed || outcome.yaml === undefined) {
    void vscode.window.showErrorMessage(outcome.summary);
    return;
  }
  const target = vscode.Uri.file(importedYamlPath(uri.fsPath)).with({ scheme: "untitled" });
  const doc = await vscode.workspace.openTextDocument(target);
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), outcome.yaml!));
  const show = vscode.l10n.t("Show import notes");
  const notify = outcome.hasErrors ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  if ((await notify(outcome.summary, ...(outcome.details.length ? [show] : []))) === show) output.show(true);
}
