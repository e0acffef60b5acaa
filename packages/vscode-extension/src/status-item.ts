import * as vscode from "vscode";
import { templates } from "@ogi-report/core";
import { pointerOf, ruleIdOf } from "./diagnostic-fields.js";
import { severityName, type FindingsStore } from "./findings-store.js";
import { isReportDocument } from "./report-documents.js";
import { summarise, type ReportSummary } from "./report-summary.js";

/**
 * The report at a glance, bottom left: six parts present? tables balanced? how many errors and warnings?
 * A click opens the Problems view. Shown only while a report is the active editor.
 */
export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("ogi.status", vscode.StatusBarAlignment.Left, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly findings: FindingsStore) {
    this.item.name = vscode.l10n.t("OGI Report status");
    this.item.command = "ogi.showProblems";
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && this.update()),
      findings.onDidChange(() => this.update()),
      // Other extensions' problems on the report (Red Hat YAML's) count too: the item matches the Problems view.
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isReportDocument(doc)) {
      this.item.hide();
      return;
    }
    const ours = this.findings.get(doc.uri);
    const others = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source !== "ogi");
    const problems = [...ours, ...others].map((d) => ({ code: ruleIdOf(d), severity: severityName(d.severity), path: pointerOf(d) }));
    const s = summarise(doc.getText(), problems);
    const checked = this.findings.has(doc.uri);
    this.item.text = checked ? statusText(s) : `$(sync~spin) ${vscode.l10n.t("Checking report…")}`;
    this.item.tooltip = statusTooltip(s);
    this.item.backgroundColor = s.errors > 0 ? new vscode.ThemeColor("statusBarItem.errorBackground") : s.warnings > 0 ? new vscode.ThemeColor("statusBarItem.warningBackground") : undefined;
    this.item.accessibilityInformation = { label: statusTooltip(s).value.replace(/[*$()]/g, "") };
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

function statusText(s: ReportSummary): string {
  const icon = s.errors > 0 ? "$(error)" : s.warnings > 0 ? "$(warning)" : "$(pass-filled)";
  const parts = vscode.l10n.t("Parts {0}/{1}", s.partsPresent, s.partsTotal);
  const balance = s.balanced ? vscode.l10n.t("balanced") : vscode.l10n.t("not balanced");
  const counts = s.errors === 0 && s.warnings === 0 ? vscode.l10n.t("no problems") : vscode.l10n.t("{0} errors, {1} warnings", s.errors, s.warnings);
  return `${icon} ${parts} · ${balance} · ${counts}`;
}

function statusTooltip(s: ReportSummary): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**${vscode.l10n.t("Annual report (template {0})", s.template)}**\n\n`);
  if (s.missingParts.length === 0) md.appendMarkdown(`- $(check) ${vscode.l10n.t("All six parts are present")}\n`);
  else {
    const headings = templates[s.template].parts.filter((p) => s.missingParts.includes(p.key)).map((p) => p.heading.zh);
    md.appendMarkdown(`- $(circle-slash) ${vscode.l10n.t("Missing or empty: {0}", headings.join("、"))}\n`);
  }
  md.appendMarkdown(`- ${s.balanced ? "$(check)" : "$(error)"} ${s.balanced ? vscode.l10n.t("Tables 3 and 4 balance") : vscode.l10n.t("Tables 3 or 4 do not balance")}\n`);
  md.appendMarkdown(`- ${vscode.l10n.t("{0} errors, {1} warnings, {2} notes", s.errors, s.warnings, s.infos)}\n\n`);
  md.appendMarkdown(vscode.l10n.t("Click to open the Problems view"));
  return md;
}
