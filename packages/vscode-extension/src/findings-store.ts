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

/** The JSON Pointer the server puts in `data.path` (vscode-languageclient keeps `data` on the diagnostic). */
export function pointerOf(d: vscode.Diagnostic): string | undefined {
  const data = (d as { data?: unknown }).data;
  const path = data && typeof data === "object" ? (data as { path?: unknown }).path : undefined;
  return typeof path === "string" ? path : undefined;
}

export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  const code = typeof d.code === "object" ? d.code.value : d.code;
  return code === undefined ? undefined : String(code);
}

export function severityName(s: vscode.DiagnosticSeverity): "error" | "warning" | "info" | "hint" {
  return s === vscode.DiagnosticSeverity.Error ? "error" : s === vscode.DiagnosticSeverity.Warning ? "warning" : s === vscode.DiagnosticSeverity.Information ? "info" : "hint";
}
