import { severityRank } from "@ogi-report/core";
import { copiedPassagesOf, inputOfModel, renderHtml, type Highlight, type ReadResult } from "@ogi-report/render";
import type { Analysis } from "../analysis.js";
import { messages, type Locale } from "../i18n.js";
import { morphInto } from "./morph.js";

/**
 * The report in the official layout (the renderer's HTML fragment and its CSS), each problem cell marked
 * with its worst finding; a click on a cell, row label or heading asks the editor to jump to its YAML.
 */
export class Preview {
  private shown = "";
  private current: string | undefined;

  constructor(
    private readonly container: HTMLElement,
    private readonly status: HTMLElement,
    onPick: (pointer: string) => void,
  ) {
    container.addEventListener("click", (event) => {
      const target = (event.target as Element).closest<HTMLElement>("[data-pointer]");
      if (target?.dataset.pointer !== undefined) onPick(target.dataset.pointer);
    });
  }

  update(analysis: Analysis, locale: Locale): void {
    const t = messages[locale];
    // The check's own model of this text: the preview parses nothing again.
    const model = analysis.model;
    const read: ReadResult = model ? inputOfModel(model) : { ok: false, problem: { code: "not-a-mapping" } };
    if (!read.ok) {
      // Keep the last readable version on screen, greyed: a half-typed line should not blank the tables.
      const hasContent = this.shown !== "";
      this.status.textContent = read.problem.code === "template" ? t.previewTemplate : hasContent ? t.previewStale : t.previewNone;
      this.status.hidden = false;
      this.container.classList.toggle("stale", hasContent);
      return;
    }
    this.status.hidden = true;
    this.container.classList.remove("stale");
    const html = renderHtml(read.input, { standalone: false, highlight: highlights(analysis), locale, copied: copiedPassages(analysis) });
    // Re-rendering identical markup would cost layout on every keystroke in the prose.
    if (html === this.shown) return;
    this.shown = html;
    morphInto(this.container, html);
    this.markCurrent(this.current);
  }

  /** Outline the cell the editor's cursor is on (and bring it into view), so the two views stay in step. */
  markCurrent(pointer: string | undefined, reveal = false): void {
    this.current = pointer;
    for (const element of this.container.querySelectorAll(".ogi-current")) element.classList.remove("ogi-current");
    if (pointer === undefined) return;
    const cell = this.container.querySelector(`td[data-pointer="${CSS.escape(pointer)}"]`);
    cell?.classList.add("ogi-current");
    if (cell && reveal) cell.scrollIntoView({ block: "nearest", inline: "nearest" });
  }
}

function highlights(analysis: Analysis): Map<string, Highlight> {
  const marks = new Map<string, Highlight>();
  for (const f of analysis.findings) {
    const seen = marks.get(f.path);
    if (!seen || severityRank[f.severity] < severityRank[seen.severity]) marks.set(f.path, { severity: f.severity, message: f.message });
  }
  return marks;
}

/** copied-prose's passages in this text (its related locations without a file: last year's are in another), marked in the prose. */
function copiedPassages(analysis: Analysis): Map<string, string[]> {
  const sources = analysis.findings.map((f) => ({ ruleId: f.ruleId, related: f.related.filter((r) => r.file === undefined).map((r) => r.range) }));
  return copiedPassagesOf(analysis.text, sources, analysis.model);
}
