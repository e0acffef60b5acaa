import type { Diagnostic } from "@codemirror/lint";
import { actionsFor, type FindingAction } from "../actions.js";
import type { Analysis } from "../analysis.js";
import type { Locale } from "../i18n.js";

/**
 * Findings as CodeMirror diagnostics: the same range an LSP client underlines, the rule id as source, and
 * the finding's actions (fixes, suppression, rule doc) as the buttons of its tooltip.
 */
export function toDiagnostics(analysis: Analysis, locale: Locale, act: (action: FindingAction, analysis: Analysis) => void): Diagnostic[] {
  const length = analysis.text.length;
  return analysis.findings.map((finding) => {
    const from = Math.min(analysis.offset(finding.range.start), length);
    const to = Math.max(from, Math.min(analysis.offset(finding.range.end), length));
    return {
      from,
      to,
      severity: finding.severity,
      source: finding.ruleId,
      message: finding.message,
      actions: actionsFor(analysis, finding, locale).map((action) => ({
        name: action.kind === "doc" ? action.rule : action.title,
        apply: () => act(action, analysis),
      })),
    };
  });
}
