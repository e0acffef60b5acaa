import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Command,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver/node";
import { fixAll, type Finding, type Locale } from "@ogi-report/core";
import type { Analysis } from "./analysis.js";
import { toDiagnostic } from "./diagnostics.js";
import { suppressEdit } from "@ogi-report/core";
import { minimalEdit } from "./text-diff.js";

export const FIX_ALL_KIND = "source.fixAll.ogi";

/** Commands the server runs itself (workspace/executeCommand), so every client can use them. */
export const COMMANDS = {
  openRuleDoc: "ogi.openRuleDoc",
  applyEdit: "ogi.applyEdit",
} as const;

export interface CodeActionOptions {
  /** The client takes CodeAction literals (else only Commands). */
  literals: boolean;
  /** The client takes versioned documentChanges: an edit for a stale version is refused, not misapplied. */
  documentChanges: boolean;
  relatedInformation: boolean;
}

const titles = {
  suppress: (rule: string, locale: Locale) =>
    locale === "en" ? `Suppress ${rule} on this line (then give a reason)` : `在此行禁用 ${rule}（须在 -- 后写明理由）`,
  doc: (rule: string, locale: Locale) => (locale === "en" ? `Show documentation for ${rule}` : `查看规则 ${rule} 的说明`),
  fixAll: (locale: Locale) => (locale === "en" ? "Fix all safe problems (ogi)" : "修复全部可安全修复的问题（ogi）"),
};

export function codeActions(analysis: Analysis, params: CodeActionParams, options: CodeActionOptions): (CodeAction | Command)[] {
  if (!analysis.isReport) return [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + "."));
  const locale = analysis.settings.locale;
  const actions: CodeAction[] = [];
  const edit = (edits: TextEdit[]): WorkspaceEdit =>
    options.documentChanges
      ? { documentChanges: [{ textDocument: { uri: analysis.uri, version: analysis.version }, edits }] }
      : { changes: { [analysis.uri]: edits } };

  if (wants(CodeActionKind.QuickFix)) {
    for (const finding of analysis.findings.filter((f) => overlaps(f.range, params.range))) {
      const diagnostic = toDiagnostic(finding, analysis.uri, { relatedInformation: options.relatedInformation });
      finding.fixes.forEach((fix, i) => {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          // Only a safe fix may be applied without a look (VS Code's "auto fix"); totals are offered, never imposed.
          ...(i === 0 && fix.safe ? { isPreferred: true } : {}),
          edit: edit(fix.edits.map((e) => ({ range: e.range, newText: e.newText }))),
        });
      });
      const suppress = suppressEdit(analysis.lines, finding.range.start.line, finding.ruleId, analysis.root);
      if (suppress) {
        actions.push({
          title: titles.suppress(finding.ruleId, locale),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: edit([{ range: analysis.lines.range(suppress.start, suppress.end), newText: suppress.newText }]),
        });
      }
      actions.push({
        title: titles.doc(finding.ruleId, locale),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: titles.doc(finding.ruleId, locale), command: COMMANDS.openRuleDoc, arguments: [finding.ruleId] },
      });
    }
  }

  if (wants(FIX_ALL_KIND) && analysis.findings.some(hasSafeFix)) {
    const fixed = fixAll(analysis.text, analysis.settings.check);
    const change = minimalEdit(analysis.text, fixed.text);
    if (change) {
      actions.push({
        title: titles.fixAll(locale),
        kind: FIX_ALL_KIND,
        edit: edit([{ range: analysis.lines.range(change.start, change.end), newText: change.newText }]),
      });
    }
  }

  // A client without CodeAction literals gets Commands that ask the server to apply the edit.
  if (!options.literals) {
    return actions.map((a) => a.command ?? { title: a.title, command: COMMANDS.applyEdit, arguments: [a.edit] });
  }
  return dedupe(actions);
}

function hasSafeFix(f: Finding): boolean {
  return f.fixes.some((x) => x.safe);
}

/** Several findings on one line share the doc link and the suppression only when they share a rule. */
function dedupe(actions: CodeAction[]): CodeAction[] {
  const seen = new Set<string>();
  return actions.filter((a) => {
    const key = `${a.kind}|${a.title}|${JSON.stringify(a.edit ?? a.command)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function before(a: Range["start"], b: Range["start"]): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Touching counts: a cursor at either end of a finding asks about it. */
function overlaps(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}
