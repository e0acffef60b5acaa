import * as vscode from "vscode";
import { allRules, ruleDocMarkdown, ruleDocUrl, ruleMeta } from "@ogi-report/core";
import { ruleIdOf } from "./diagnostic-fields.js";
import { uiLocale } from "./report-documents.js";

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append("ogi");

/** Applies the server's `source.fixAll.ogi`: every safe fix (never a recomputed total), in one undoable edit. */
export async function fixAllSafeProblems(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const doc = editor.document;
  const all = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", doc.uri, all, FIX_ALL_KIND.value)) ?? [];
  const fix = actions.find((a) => a.kind && FIX_ALL_KIND.contains(a.kind) && a.edit);
  if (!fix?.edit) {
    void vscode.window.showInformationMessage(vscode.l10n.t("No problem here can be fixed safely. Totals and balances are never changed for you: the quick fixes (Ctrl+.) offer them one by one."));
    return;
  }
  await vscode.workspace.applyEdit(fix.edit);
}

/** The rule's documentation inside VS Code (from the bundled metadata: works without internet), link to the web page. */
export class RuleDocs implements vscode.TextDocumentContentProvider {
  static readonly scheme = "ogi-rule";

  provideTextDocumentContent(uri: vscode.Uri): string {
    const id = uri.path.replace(/^\//, "").replace(/\.md$/, "");
    const meta = ruleMeta.get(id as never);
    if (!meta) return `# ${id}\n\n${vscode.l10n.t("Unknown rule.")}\n`;
    return `${ruleDocMarkdown(meta)}\n\n---\n\n[${ruleDocUrl(id)}](${ruleDocUrl(id)})\n`;
  }

  static async open(ruleId?: unknown): Promise<void> {
    let id = typeof ruleId === "string" ? ruleId : undefined;
    if (!id) {
      const editor = vscode.window.activeTextEditor;
      // The rule of the problem under the cursor comes first.
      const here = editor
        ? vscode.languages
            .getDiagnostics(editor.document.uri)
            .filter((d) => d.source === "ogi" && d.range.contains(editor.selection.active))
            .map(ruleIdOf)
        : [];
      const locale = uiLocale(editor?.document.uri);
      const items = allRules.map((m) => ({ id: m.id, label: m.id, description: locale === "en" ? m.title.en : m.title.zh }));
      items.sort((a, b) => Number(here.includes(b.id)) - Number(here.includes(a.id)));
      const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t("Open rule documentation"), matchOnDescription: true });
      id = pick?.id;
    }
    if (!id) return;
    const uri = vscode.Uri.from({ scheme: RuleDocs.scheme, path: `/${id}.md` });
    await vscode.commands.executeCommand("markdown.showPreview", uri);
  }
}

export async function showProblems(): Promise<void> {
  await vscode.commands.executeCommand("workbench.actions.view.problems");
}
