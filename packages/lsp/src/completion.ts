import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
  type Range,
} from "vscode-languageserver/node";
import { cursorContext, declaredTemplate, keyCandidates, templates, valueCandidates, zeroRow, type Candidate, type Text } from "@ogi-report/core";
import type { Analysis } from "./analysis.js";
import { placeholderCompletions } from "./placeholders.js";

export interface CompletionOptions {
  snippets: boolean;
  markdown: boolean;
}

/** Keys allowed at the cursor with their printed labels, zero rows of the right length, whole parts. */
export function complete(analysis: Analysis, position: Position, options: CompletionOptions): CompletionList | null {
  if (!analysis.isReport) return null;
  const references = placeholderCompletions(analysis, position);
  if (references) return { isIncomplete: false, items: references };
  const ctx = cursorContext(analysis.lines, position.line, position.character);
  // `{{…` outside a prose part (placeholderCompletions answered inside one): nothing to offer.
  if (!ctx || ctx.kind === "placeholder") return null;
  const template = templates[declaredTemplate(analysis.lines) ?? analysis.template.id];
  const candidates = ctx.kind === "key" ? keyCandidates(template, ctx) : valueCandidates(template, ctx);
  const range: Range = { start: { line: position.line, character: ctx.kind === "key" ? ctx.wordStart : ctx.valueStart }, end: position };
  const items = candidates.map((c, i) => item(c, i, range, options));
  return items.length > 0 ? { isIncomplete: false, items } : null;
}

const kinds: Record<Candidate["kind"], CompletionItemKind> = {
  report: CompletionItemKind.Snippet,
  "part-skeleton": CompletionItemKind.Snippet,
  meta: CompletionItemKind.Property,
  part: CompletionItemKind.Module,
  group: CompletionItemKind.Module,
  row: CompletionItemKind.Field,
  column: CompletionItemKind.Field,
  template: CompletionItemKind.EnumMember,
  value: CompletionItemKind.Value,
};

/** With snippets, a row of zeros becomes tab stops, one per column. */
const snippetZeros = (n: number) => `[${Array.from({ length: n }, (_, i) => `\${${i + 1}:0}`).join(", ")}]`;

function item(c: Candidate, index: number, range: Range, options: CompletionOptions): CompletionItem {
  const snippet = options.snippets && c.zeros !== undefined;
  const newText = snippet ? c.insert.slice(0, c.insert.length - zeroRow(c.zeros!).length) + snippetZeros(c.zeros!) : c.insert;
  const out: CompletionItem = {
    label: labelOf(c),
    kind: kinds[c.kind],
    detail: detailOf(c),
    filterText: c.kind === "report" ? "template report" : c.kind === "template" ? `${c.key} ${c.key.slice(1, -1)}` : c.kind === "value" && c.zeros !== undefined ? "[" : c.key,
    sortText: String(index).padStart(4, "0"),
    textEdit: { range, newText },
    insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
  if (c.kind !== "report") out.documentation = doc(c.label, c.extra, options.markdown);
  // Multi-line inserts carry their own indentation; a client must not add the line's indentation again.
  if (newText.includes("\n")) out.insertTextMode = InsertTextMode.asIs;
  return out;
}

function labelOf(c: Candidate): string {
  if (c.kind === "report") return "（完整报告骨架 / whole report skeleton）";
  if (c.kind === "part-skeleton") return `${c.key}（${c.label.zh}：整个部分 / whole part）`;
  return c.key;
}

function detailOf(c: Candidate): string {
  if (c.kind === "report" || c.kind === "template") return c.extra[0]?.zh ?? c.label.zh;
  if (c.kind === "meta") return `${c.label.zh} ${c.label.en}`;
  if (c.kind === "value" && c.zeros !== undefined) return `${c.label.zh}：${c.zeros} 栏`;
  return (c.detail ?? c.label).zh;
}

function doc(label: Text, extra: Text[], markdown: boolean) {
  const parts = [`**${label.zh}**`, label.en, ...extra.flatMap((t) => [t.zh, t.en])];
  const value = parts.join("\n\n");
  return markdown ? { kind: MarkupKind.Markdown, value } : value.replace(/\*\*/g, "");
}
