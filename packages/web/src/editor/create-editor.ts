import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap, type Completion, type CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap, indentWithTab, isolateHistory } from "@codemirror/commands";
import { yaml } from "@codemirror/lang-yaml";
import { bracketMatching, defaultHighlightStyle, foldGutter, foldKeymap, indentOnInput, indentUnit, syntaxHighlighting } from "@codemirror/language";
import { lintGutter, lintKeymap } from "@codemirror/lint";
import { highlightSelectionMatches, searchKeymap } from "@codemirror/search";
import { Compartment, EditorState, type Text } from "@codemirror/state";
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, highlightSpecialChars, hoverTooltip, keymap, lineNumbers } from "@codemirror/view";
import { editorPhrasesZh, type Locale } from "../i18n.js";
import type { Completions } from "./completion-items.js";
import type { Lines } from "@ogi-report/core";
import type { HoverInfo } from "./hover-info.js";

export interface EditorHooks {
  /** The document changed (typing, undo, a fix, a file opened). */
  changed(): void;
  /** The cursor or selection moved; `offset` is where it starts. */
  moved(offset: number): void;
  hover(offset: number): HoverInfo | undefined;
  complete(lines: Lines, line: number, character: number): Completions | undefined;
}

const phrases = new Compartment();

export function phrasesFor(locale: Locale) {
  return EditorState.phrases.of(locale === "en" ? {} : editorPhrasesZh);
}

/** CodeMirror 6 set up for report YAML; findings are pushed in by the page (setDiagnostics), not pulled. */
export function createEditor(parent: HTMLElement, doc: string, locale: Locale, hooks: EditorHooks): EditorView {
  return new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        foldGutter(),
        lintGutter(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        yaml(),
        indentUnit.of("  "),
        EditorState.tabSize.of(2),
        EditorView.lineWrapping,
        phrases.of(phrasesFor(locale)),
        autocompletion({ override: [(context) => completionSource(context, hooks)], icons: false }),
        hoverTooltip((_view, pos) => {
          const info = hooks.hover(pos);
          return info ? { pos: info.from, end: info.to, above: true, create: () => ({ dom: hoverDom(info) }) } : null;
        }),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...foldKeymap, ...completionKeymap, ...lintKeymap, indentWithTab]),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) hooks.changed();
          // The selection's start: a selected cell (a finding or a table cell clicked) ends past the cell.
          if (update.selectionSet || update.docChanged) hooks.moved(update.state.selection.main.from);
        }),
        EditorView.contentAttributes.of({ "aria-label": "report YAML", spellcheck: "false" }),
      ],
    }),
  });
}

export function setEditorLocale(view: EditorView, locale: Locale): void {
  view.dispatch({ effects: phrases.reconfigure(phrasesFor(locale)) });
}

/**
 * Replace the whole text as one undoable change of its own (opening a file, a new report): never joined to the
 * typing just before it, so one Ctrl+Z gives back the text it replaced, edits included.
 */
export function replaceDocument(view: EditorView, text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 }, scrollIntoView: true, annotations: isolateHistory.of("full") });
}

export function linesOf(doc: Text): Lines {
  return { lineCount: doc.lines, lineText: (line) => doc.line(line + 1).text };
}

function completionSource(context: CompletionContext, hooks: EditorHooks): CompletionResult | null {
  const line = context.state.doc.lineAt(context.pos);
  const result = hooks.complete(linesOf(context.state.doc), line.number - 1, context.pos - line.from);
  if (!result || result.items.length === 0) return null;
  const from = line.from + result.from;
  // Typing a key offers its keys only once a letter is typed, unless asked (Ctrl-Space): a new blank line is not a question.
  if (from === context.pos && !context.explicit && !/[:{]\s*$/.test(line.text.slice(0, context.pos - line.from))) return null;
  const options: Completion[] = result.items.map((item, i) => ({
    label: item.label,
    detail: item.detail,
    info: item.info,
    apply: item.apply,
    type: item.type,
    // Keep the template's order (the printed order) among equally good matches.
    boost: -i / result.items.length,
  }));
  return { from, options, validFor: /^[\w.$"-]*$/ };
}

function hoverDom(info: HoverInfo): HTMLElement {
  const dom = document.createElement("div");
  dom.className = "ogi-hover";
  const title = document.createElement("div");
  title.className = "ogi-hover-title";
  title.textContent = info.title;
  const subtitle = document.createElement("div");
  subtitle.className = "ogi-hover-subtitle";
  subtitle.textContent = info.subtitle;
  dom.append(title, subtitle);
  for (const detail of info.details) {
    const p = document.createElement("div");
    p.textContent = detail;
    dom.append(p);
  }
  for (const formula of info.formulas) {
    const p = document.createElement("div");
    p.className = `ogi-hover-formula ${formula.holds === false ? "fails" : formula.holds ? "holds" : ""}`;
    p.textContent = formula.text;
    dom.append(p);
  }
  return dom;
}
