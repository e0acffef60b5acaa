import { applyEdits, fixAll, locate, reportSkeleton, toPointer, type Finding, type PlainEdit, type TemplateId } from "@ogi-report/core";
import { setDiagnostics } from "@codemirror/lint";
import type { Text } from "@codemirror/state";
import { EditorSelection } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import type { FindingAction } from "./actions.js";
import { Analysis } from "./analysis.js";
import { completionsAt } from "./editor/completion-items.js";
import { createEditor, replaceDocument, setEditorLocale } from "./editor/create-editor.js";
import { toDiagnostics } from "./editor/diagnostics.js";
import { hoverInfo } from "./editor/hover-info.js";
import { messages, type Locale } from "./i18n.js";
import type { LastYear } from "./last-year.js";
import { hitAt } from "@ogi-report/core";
import { coalesced } from "./schedule.js";
import { DocPanel } from "./ui/doc-panel.js";
import { renderFindings } from "./ui/findings-list.js";
import { Preview } from "./ui/preview.js";

export interface AppElements {
  editor: HTMLElement;
  findings: HTMLElement;
  counts: HTMLElement;
  preview: HTMLElement;
  previewStatus: HTMLElement;
  docPanel: HTMLElement;
  docBody: HTMLElement;
}

/** What the page reports after each check, for tests and the keystroke benchmark. */
export interface CheckedDetail {
  checks: number;
  findings: number;
  /** performance.now() when the markers were in the editor's DOM and the findings list was rebuilt. */
  at: number;
  /** How long the check took (checkText and the line index). */
  checkMs: number;
}

/**
 * The checker: the editor's text is checked by core in this page after every change, with no fixed delay
 * (see `coalesced`), and markers, the list and the preview follow from that one analysis.
 */
export class App {
  readonly view: EditorView;
  private analysis: Analysis;
  private analysedDoc: Text;
  private checks = 0;
  private readonly preview: Preview;
  readonly docs: DocPanel;
  /** A name for downloads (the opened file's), when there is one. */
  fileName: string | undefined;
  dirty = false;
  /** Last year's report, opened beside this one for the rules that compare years. */
  private lastYear: LastYear | undefined;

  /** A check that takes less than this runs before the next paint; a longer one yields to queued input first. */
  private readonly scheduleCheck = coalesced(() => this.check(), 16);
  private previews = 0;
  private readonly schedulePreview = coalesced(() => {
    this.preview.update(this.analysis, this.locale);
    // For tests and the benchmark: the tables now show this analysis.
    document.body.dataset.previews = String(++this.previews);
    document.dispatchEvent(new CustomEvent("ogi-previewed", { detail: { at: performance.now() } }));
  });

  constructor(
    private readonly elements: AppElements,
    public locale: Locale,
    initialText: string,
  ) {
    this.preview = new Preview(elements.preview, elements.previewStatus, (pointer) => this.jumpToPointer(pointer));
    this.docs = new DocPanel(elements.docPanel, elements.docBody, () => this.locale);
    this.view = createEditor(elements.editor, initialText, locale, {
      changed: () => {
        this.dirty = true;
        this.scheduleCheck();
      },
      moved: (offset) => this.followCursor(offset),
      hover: (offset) => (this.isCurrent() ? hoverInfo(this.analysis, offset, this.locale) : undefined),
      complete: (lines, line, character) => completionsAt(lines, line, character, this.locale),
    });
    this.view.contentDOM.addEventListener("compositionend", () => this.scheduleCheck());
    this.analysedDoc = this.view.state.doc;
    this.analysis = new Analysis(initialText, locale);
    this.show(0);
  }

  /** Check the editor's text now and show the result. */
  check(): void {
    const doc = this.view.state.doc;
    if (doc === this.analysedDoc && this.analysis.locale === this.locale && this.analysis.lastYear === this.lastYear) return;
    // While an input method composes (pinyin…), redrawing the line would disturb it: check when it is done.
    if (this.view.composing) return;
    const started = performance.now();
    this.analysis = new Analysis(doc.toString(), this.locale, this.lastYear);
    this.analysedDoc = doc;
    this.show(performance.now() - started);
  }

  private show(checkMs: number): void {
    const analysis = this.analysis;
    this.view.dispatch(setDiagnostics(this.view.state, toDiagnostics(analysis, this.locale, (action, a) => this.act(action, a))));
    renderFindings(this.elements.findings, this.elements.counts, analysis, this.locale, { jump: (f) => this.jumpToFinding(f), act: (action, a) => this.act(action, a) });
    const detail: CheckedDetail = { checks: ++this.checks, findings: analysis.findings.length, at: performance.now(), checkMs };
    document.body.dataset.checks = String(detail.checks);
    document.dispatchEvent(new CustomEvent<CheckedDetail>("ogi-checked", { detail }));
    // The tables can wait a task: the markers are what typing needs first.
    this.schedulePreview();
  }

  private isCurrent(): boolean {
    return this.view.state.doc === this.analysedDoc;
  }

  /** Run a finding's action. Edits were computed on the analysed text, so they apply only to that text. */
  act(action: FindingAction, analysis: Analysis): void {
    if (action.kind === "doc") return this.docs.show(action.rule);
    if (analysis !== this.analysis || !this.isCurrent()) {
      this.check();
      return;
    }
    this.applyEdits(action.edits, action.kind === "fix" ? "input.fix" : "input.suppress");
    if (action.kind === "suppress") {
      // Leave the cursor where the reason is to be written.
      const line = this.view.state.doc.lineAt(action.edits[0]!.start);
      this.view.dispatch({ selection: { anchor: line.to }, scrollIntoView: true });
    }
    this.view.focus();
  }

  private applyEdits(edits: PlainEdit[], userEvent: string): void {
    // Core's applyEdits decides which of overlapping edits wins, as `ogi fix` does.
    this.replaceText(applyEdits(this.text, edits).text, userEvent);
  }

  /** Every safe fix, repeated until none is left (core's fixAll), as one undoable change. */
  fixAllSafe(): void {
    this.replaceText(fixAll(this.text, { locale: this.locale }).text, "input.fix");
  }

  /** The editor's text made `fixed` by one change of the span that differs, so undo and the cursor stay put elsewhere. */
  private replaceText(fixed: string, userEvent: string): void {
    const text = this.text;
    if (fixed === text) return;
    let start = 0;
    while (start < text.length && start < fixed.length && text[start] === fixed[start]) start++;
    let tail = 0;
    while (tail < text.length - start && tail < fixed.length - start && text[text.length - 1 - tail] === fixed[fixed.length - 1 - tail]) tail++;
    this.view.dispatch({ changes: { from: start, to: text.length - tail, insert: fixed.slice(start, fixed.length - tail) }, userEvent });
  }

  setText(text: string, fileName: string | undefined): void {
    this.fileName = fileName;
    replaceDocument(this.view, text);
    this.dirty = false;
    this.check();
  }

  /** Open (or, with undefined, close) last year's report: this year's is checked again against it. */
  setLastYear(lastYear: LastYear | undefined): void {
    this.lastYear = lastYear;
    this.check();
  }

  newReport(template: TemplateId): void {
    this.setText(reportSkeleton({ template }), undefined);
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    setEditorLocale(this.view, locale);
    this.check();
    if (this.docs.open) this.docs.show(this.elements.docPanel.dataset.rule || undefined);
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  get messages() {
    return messages[this.locale];
  }

  private select(start: number, end: number): void {
    const length = this.view.state.doc.length;
    const selection = EditorSelection.single(Math.min(start, length), Math.min(end, length));
    this.view.dispatch({ selection, effects: EditorView.scrollIntoView(selection.main, { y: "center" }) });
    this.view.focus();
  }

  jumpToFinding(finding: Finding): void {
    if (!this.isCurrent()) this.check();
    this.select(this.analysis.offset(finding.range.start), this.analysis.offset(finding.range.end));
  }

  jumpToPointer(pointer: string): void {
    if (!this.isCurrent()) this.check();
    const root = this.analysis.root;
    if (!root) return;
    const span = locate(root, pointer, this.analysis.text);
    this.select(span.start, span.end);
  }

  /** The preview outlines the cell under the editor's cursor. */
  private followCursor(offset: number): void {
    if (!this.isCurrent()) return;
    const root = this.analysis.root;
    const hit = root ? hitAt(root, offset) : undefined;
    // The figure of a `{ value, note }` cell is the cell.
    const path = hit && !hit.onKey ? hit.path.filter((s, i) => i < hit.path.length - 1 || (s !== "value" && s !== "note")) : undefined;
    this.preview.markCurrent(path ? toPointer(path) : undefined, true);
  }
}
