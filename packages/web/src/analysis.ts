import { checkTextGuarded, LineIndex, parseYaml, templates, type Finding, type Template, type TMap } from "@ogi-report/core";
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
  private parsed: { root: TMap | undefined } | undefined;

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
  }

  /** The light YAML tree (hover, jumps from the preview), parsed on first use; undefined when unusable. */
  get root(): TMap | undefined {
    if (!this.parsed) {
      let root: TMap | undefined;
      try {
        const parsed = parseYaml(this.text).root;
        root = parsed?.kind === "map" ? parsed : undefined;
      } catch {
        root = undefined; // the check has reported it: hover and jumps just find nothing
      }
      this.parsed = { root };
    }
    return this.parsed.root;
  }

  /** Offset in the text of a 0-based line/character position. */
  offset(position: { line: number; character: number }): number {
    return this.lines.offset(position);
  }
}
