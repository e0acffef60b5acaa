import { checkText, LineIndex, parseYaml, templates, type Finding, type Template, type TMap } from "@ogi-report/core";
import type { Locale } from "./i18n.js";

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
  ) {
    this.lines = new LineIndex(text);
    const result = checkText(text, { locale });
    // checkText reports a rule that threw as an internal error and still returns the others' findings.
    for (const e of result.internalErrors) console.error(`ogi: rule ${e.ruleId} failed: ${e.message}`);
    this.findings = result.findings;
    this.template = templates[result.template ?? "2021"];
  }

  /** The light YAML tree (hover, jumps from the preview), parsed on first use; undefined when unusable. */
  get root(): TMap | undefined {
    if (!this.parsed) {
      const root = parseYaml(this.text).root;
      this.parsed = { root: root?.kind === "map" ? root : undefined };
    }
    return this.parsed.root;
  }

  /** Offset in the text of a 0-based line/character position. */
  offset(position: { line: number; character: number }): number {
    return this.lines.offset(position);
  }
}
