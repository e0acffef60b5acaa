import * as vscode from "vscode";

/**
 * Every diagnostic the ogi server published, per document, before any is held back for Red Hat's YAML
 * extension: the preview marks cells and the status bar counts from the whole set.
 */
export class FindingsStore implements vscode.Disposable {
  private readonly byUri = new Map<string, readonly vscode.Diagnostic[]>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  set(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[]): void {
    this.byUri.set(uri.toString(), diagnostics);
    this.changed.fire(uri);
  }

  get(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.byUri.get(uri.toString()) ?? [];
  }

  /** Whether the server has spoken about this document yet (a report with no problem has an empty list). */
  has(uri: vscode.Uri): boolean {
    return this.byUri.has(uri.toString());
  }

  dispose(): void {
    this.changed.dispose();
  }
}

const SEVERITY_NAMES: Record<vscode.DiagnosticSeverity, "error" | "warning" | "info" | "hint"> = {
  [vscode.DiagnosticSeverity.Error]: "error",
  [vscode.DiagnosticSeverity.Warning]: "warning",
  [vscode.DiagnosticSeverity.Information]: "info",
  [vscode.DiagnosticSeverity.Hint]: "hint",
};

export function severityName(s: vscode.DiagnosticSeverity): "error" | "warning" | "info" | "hint" {
  return SEVERITY_NAMES[s];
}
