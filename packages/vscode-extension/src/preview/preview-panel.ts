import * as vscode from "vscode";
import { pointerOf, ruleIdOf } from "../diagnostic-fields.js";
import { severityName, type FindingsStore } from "../findings-store.js";
import { uiLocale } from "../report-documents.js";
import { copiedPassagesOf } from "@ogi-report/render";
import { highlightsOf } from "./highlights.js";
import { locatePointer } from "./locate-pointer.js";
import { previewContent, previewPage } from "./preview-page.js";

const VIEW_TYPE = "ogi.preview";
/** Long enough to coalesce a burst of keystrokes, short enough to feel live. */
const UPDATE_DELAY_MS = 120;

/**
 * The report in the official layout beside its YAML: re-rendered as the text changes and as the server's
 * findings arrive; problem cells are marked; a click on a cell puts the cursor on that figure in the YAML.
 */
export class PreviewPanels implements vscode.Disposable {
  private readonly panels = new Map<string, ReportPreview>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly findings: FindingsStore,
  ) {}

  show(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const open = this.panels.get(key);
    if (open) {
      // Where it already is: "beside" is relative to the active editor, and moved it to a new group.
      open.panel.reveal(undefined, true);
      return;
    }
    const preview = new ReportPreview(doc, this.findings, () => this.panels.delete(key));
    this.panels.set(key, preview);
    this.context.subscriptions.push(preview);
  }

  dispose(): void {
    for (const p of this.panels.values()) p.dispose();
    this.panels.clear();
  }
}

class ReportPreview implements vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastArticle: string | undefined;
  private disposed = false;

  constructor(
    private readonly doc: vscode.TextDocument,
    private readonly findings: FindingsStore,
    onDispose: () => void,
  ) {
    // A file's name, or an untitled document's whole path (`Untitled-1`).
    const name = doc.uri.path.slice(doc.uri.path.lastIndexOf("/") + 1);
    this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, vscode.l10n.t("Preview: {0}", name), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      retainContextWhenHidden: false,
      localResourceRoots: [],
    });
    this.panel.webview.html = previewPage({
      nonce: nonce(),
      cspSource: this.panel.webview.cspSource,
      title: name,
      hint: vscode.l10n.t("Loading…"),
    });
    this.subscriptions.push(
      this.panel.onDidDispose(() => {
        this.dispose();
        onDispose();
      }),
      this.panel.webview.onDidReceiveMessage((m: { type?: string; pointer?: unknown }) => {
        if (m.type === "ready") this.update();
        else if (m.type === "reveal" && typeof m.pointer === "string") void this.reveal(m.pointer);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => e.document === doc && this.schedule()),
      findings.onDidChange((uri) => uri.toString() === doc.uri.toString() && this.schedule()),
      vscode.workspace.onDidCloseTextDocument((d) => d === doc && this.panel.dispose()),
    );
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), UPDATE_DELAY_MS);
  }

  private update(): void {
    if (this.disposed) return;
    const locale = uiLocale(this.doc.uri);
    const diagnostics = this.findings.get(this.doc.uri);
    const here = this.doc.uri.toString();
    const copied = copiedPassagesOf(
      this.doc.getText(),
      diagnostics.map((d) => ({ ruleId: ruleIdOf(d), related: (d.relatedInformation ?? []).filter((r) => r.location.uri.toString() === here).map((r) => r.location.range) })),
    );
    const problems = diagnostics.map((d) => {
      const severity = severityName(d.severity);
      // The page marks three kinds of cell; a hint (which the server does not send) would show as a note.
      return { path: pointerOf(d), severity: severity === "hint" ? ("info" as const) : severity, message: d.message };
    });
    const content = previewContent(this.doc.getText(), highlightsOf(problems), locale, copied);
    let banner: string;
    let stale = false;
    if (content.article !== undefined) {
      this.lastArticle = content.article;
      banner =
        content.marked > 0
          ? vscode.l10n.t("Problems marked: {0}. Click a cell to go to it in the YAML.", content.marked)
          : vscode.l10n.t("No problem marked. Click a cell to go to it in the YAML.");
    } else {
      stale = true;
      banner =
        content.problem?.code === "template"
          ? vscode.l10n.t("The template is not \"2021\" or \"2019\": the tables cannot be laid out.")
          : vscode.l10n.t("The YAML cannot be read right now (see Problems); showing the last version that could.");
    }
    void this.panel.webview.postMessage({ type: "update", version: this.doc.version, article: content.article ?? this.lastArticle ?? "", banner, stale });
  }

  private async reveal(pointer: string): Promise<void> {
    const found = locatePointer(this.doc.getText(), pointer);
    if (!found) return;
    const range = new vscode.Range(this.doc.positionAt(found.start), this.doc.positionAt(found.end));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === this.doc);
    const editor = await vscode.window.showTextDocument(this.doc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    this.panel.dispose();
  }
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
