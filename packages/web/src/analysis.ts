import { checkTextGuarded, LineIndex, readReportModel, templates, type Finding, type ReportModel, type Template, type TMap } from "@ogi-report/core";
import type { Locale } from "./i18n.js";
import { lastYearDocuments, type LastYear } from "./last-year.js";

/**
 * One version of the report text, checked once and shared by everything that asks about it (markers, list,
 * preview, hover, completion, fixes), as the language server does per document version.
 */
export class Analysis {
  readonly lines: LineIndex;
  readonly findings: Finding[];
  readonly template: Template;
  /** What the report says: the check's own model, or (when the check failed) read on first use. */
  private read: { model: ReportModel | undefined } | undefined;

  constructor(
    readonly text: string,
    readonly locale: Locale,
    /** Last year's report, when the user opened it: the cross-report rules then run here too. */
    readonly lastYear?: LastYear,
  ) {
    this.lines = new LineIndex(text);
    // Behind an error boundary: a check that fails is one `internal` finding on this text (the list then shows it,
    // not the previous text's findings), and a rule that threw leaves the others' findings.
    const documents = lastYearDocuments(lastYear);
    const result = checkTextGuarded(text, { locale, ...(documents ? { documents } : {}) });
    for (const e of result.internalErrors) console.error(`ogi: rule ${e.ruleId} failed: ${e.message}`);
    this.findings = result.findings;
    this.template = templates[result.template ?? "2021"];
    if (result.model) this.read = { model: result.model };
  }

  /** The report model (hover, preview, jumps from the preview); undefined when the text has no mapping at its root. */
  get model(): ReportModel | undefined {
    if (!this.read) {
      let model: ReportModel | undefined;
      try {
        model = readReportModel(this.text).model;
      } catch {
        model = undefined; // the check has reported it: hover and jumps just find nothing
      }
      this.read = { model };
    }
    return this.read.model;
  }

  /** The YAML tree with ranges (the model's); undefined when unusable. */
  get root(): TMap | undefined {
    return this.model?.root;
  }

  /** Offset in the text of a 0-based line/character position. */
  offset(position: { line: number; character: number }): number {
    return this.lines.offset(position);
  }
}
