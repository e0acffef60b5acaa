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
import { partSkeleton, reportSkeleton, templates, type Template, type TemplateId, type Text } from "@ogi-report/core";
import type { Analysis } from "./analysis.js";
import { keyInfo, metaKeyInfo, metaKeyNames } from "@ogi-report/core";
import { cursorContext, type CursorContext } from "@ogi-report/core";
import { placeholderCompletions } from "./placeholders.js";

export interface CompletionOptions {
  snippets: boolean;
  markdown: boolean;
}

type KeyContext = Extract<CursorContext, { kind: "key" }>;
type ValueContext = Extract<CursorContext, { kind: "value" }>;

/** Keys allowed at the cursor with their printed labels, zero rows of the right length, whole parts. */
export function complete(analysis: Analysis, position: Position, options: CompletionOptions): CompletionList | null {
  if (!analysis.isReport) return null;
  const references = placeholderCompletions(analysis, position);
  if (references) return { isIncomplete: false, items: references };
  const ctx = cursorContext(analysis.lines, position.line, position.character);
  // `{{…` outside a prose part (placeholderCompletions answered inside one): nothing to offer.
  if (!ctx || ctx.kind === "placeholder") return null;
  const template = templates[declaredTemplate(analysis.text) ?? analysis.template.id];
  const items = ctx.kind === "key" ? keyItems(template, ctx, position, options) : valueItems(template, ctx, position, options);
  return items.length > 0 ? { isIncomplete: false, items } : null;
}

/** Read from the text, so completion knows the template while the document is half-typed and does not parse. */
function declaredTemplate(text: string): TemplateId | undefined {
  const m = /^template[ \t]*:[ \t]*["']?(2019|2021)\b/m.exec(text);
  return m ? (m[1] as TemplateId) : undefined;
}

const zeros = (n: number, snippets: boolean) =>
  `[${Array.from({ length: n }, (_, i) => (snippets ? `\${${i + 1}:0}` : "0")).join(", ")}]`;

function doc(label: Text, extra: (Text | undefined)[], markdown: boolean) {
  const parts = [`**${label.zh}**`, label.en, ...extra.filter((t): t is Text => !!t).flatMap((t) => [t.zh, t.en])];
  const value = parts.join("\n\n");
  return markdown ? { kind: MarkupKind.Markdown, value } : value.replace(/\*\*/g, "");
}

interface Builder {
  range: Range;
  options: CompletionOptions;
  items: CompletionItem[];
}

function add(
  b: Builder,
  key: string,
  label: string,
  detail: string,
  documentation: CompletionItem["documentation"],
  newText: string,
  kind: CompletionItemKind,
  snippet: boolean,
  filterText = key,
): void {
  const item: CompletionItem = {
    label,
    kind,
    detail,
    filterText,
    sortText: String(b.items.length).padStart(4, "0"),
    textEdit: { range: b.range, newText },
    insertTextFormat: snippet && b.options.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
  if (documentation) item.documentation = documentation;
  // Multi-line inserts carry their own indentation; a client must not add the line's indentation again.
  if (newText.includes("\n")) item.insertTextMode = InsertTextMode.asIs;
  b.items.push(item);
}

function keyItems(template: Template, ctx: KeyContext, position: Position, options: CompletionOptions): CompletionItem[] {
  const b: Builder = { range: { start: { line: position.line, character: ctx.wordStart }, end: position }, options, items: [] };
  const offered = (key: string) => !ctx.siblings.has(key);
  const [top, ...rest] = ctx.parents;
  const entry = (key: string, value: string) => (ctx.keyOnly ? key : `${key}: ${value}`);

  if (top === undefined) {
    if (!ctx.siblings.has("template") && !template.parts.some((p) => ctx.siblings.has(p.key))) {
      add(b, "report", "（完整报告骨架 / whole report skeleton）", template.source.zh, undefined, reportSkeleton({ template: template.id }), CompletionItemKind.Snippet, false, "template report");
    }
    for (const key of metaKeyNames()) {
      if (!offered(key)) continue;
      const info = metaKeyInfo(key)!;
      const value = key === "template" ? `"${template.id}"` : key === "year" ? String(new Date().getFullYear() - 1) : "";
      add(b, key, key, `${info.label.zh} ${info.label.en}`, doc(info.label, [info.description], options.markdown), entry(key, value).trimEnd(), CompletionItemKind.Property, false);
    }
    for (const part of template.parts) {
      if (!offered(part.key)) continue;
      const docs = doc(part.heading, [part.description], options.markdown);
      if (part.kind === "table") {
        add(b, part.key, part.key, part.heading.zh, docs, ctx.keyOnly ? part.key : `${part.key}:`, CompletionItemKind.Module, false);
      }
      if (!ctx.keyOnly) {
        add(b, part.key, `${part.key}（${part.heading.zh}：整个部分 / whole part）`, part.heading.zh, docs, partSkeleton(template, part.key), CompletionItemKind.Snippet, false);
      }
    }
    return b.items;
  }

  if (top === "activeDisclosure" && rest.length === 0) {
    for (const block of template.activeDisclosure) {
      for (const row of block.rows) {
        if (!offered(row.key)) continue;
        const value = row.single
          ? block.columns[0]!.kind === "wanYuan" ? "0.00" : "0"
          : `{ ${block.columns.map((c) => `${c.key}: ${c.kind === "amountText" ? '"0元"' : "0"}`).join(", ")} }`;
        add(b, row.key, row.key, `${block.item.zh}「${row.label.zh}」`, doc(row.label, [block.item, { zh: block.columns.map((c) => c.label.zh).join(" / "), en: block.columns.map((c) => c.label.en).join(" / ") }], options.markdown), entry(row.key, value), CompletionItemKind.Field, false);
      }
    }
  } else if (top === "activeDisclosure" && rest.length === 1) {
    const block = template.activeDisclosure.find((bl) => bl.rows.some((r) => r.key === rest[0] && !r.single));
    for (const column of block?.columns ?? []) {
      if (!offered(column.key)) continue;
      add(b, column.key, column.key, column.label.zh, doc(column.label, [], options.markdown), entry(column.key, column.kind === "amountText" ? '"0元"' : "0"), CompletionItemKind.Field, false);
    }
  } else if (top === "applications") {
    const width = template.applicantColumns.length;
    const children = new Map<string, string[][]>();
    for (const row of template.applicationRows) {
      if (row.path.length <= rest.length || row.path.slice(0, rest.length).join("/") !== rest.join("/")) continue;
      const next = row.path[rest.length]!;
      children.set(next, [...(children.get(next) ?? []), row.path.slice(rest.length + 1)]);
    }
    for (const [key, below] of children) {
      if (!offered(key)) continue;
      const info = keyInfo(template, ["applications", ...rest, key]);
      if (!info) continue;
      const docs = doc(info.label, [...info.context, columnsText(template.applicantColumns.map((c) => c.label))], options.markdown);
      const isRow = below.length === 1 && below[0]!.length === 0;
      if (isRow) {
        add(b, key, key, info.label.zh, docs, entry(key, zeros(width, options.snippets)), CompletionItemKind.Field, true);
      } else {
        // A group (（三）不予公开…): the key and every row under it, zeros in every cell.
        const lines = [`${key}:`, ...groupLines(below, ctx.indent + ctx.step, ctx.step, width)];
        add(b, key, key, info.label.zh, docs, ctx.keyOnly ? key : lines.join("\n"), CompletionItemKind.Module, false);
      }
    }
  } else if (top === "reviewAndLitigation" && rest.length === 0) {
    for (const group of template.reviewGroups) {
      if (!offered(group.key)) continue;
      const label = group.group ? { zh: `${group.group.zh}·${group.label.zh}`, en: `${group.group.en}: ${group.label.en}` } : group.label;
      add(b, group.key, group.key, label.zh, doc(label, [columnsText(template.reviewColumns.map((c) => c.label))], options.markdown), entry(group.key, zeros(template.reviewColumns.length, options.snippets)), CompletionItemKind.Field, true);
    }
  }
  return b.items;
}

function columnsText(columns: Text[]): Text {
  return { zh: `[${columns.map((c) => c.zh).join(", ")}]`, en: `[${columns.map((c) => c.en).join(", ")}]` };
}

/** Lines for the rows under a table-3 group, nested by their remaining path. */
function groupLines(rows: string[][], indent: number, step: number, width: number): string[] {
  const out: string[] = [];
  let open: string[] = [];
  const row0 = `[${new Array(width).fill(0).join(", ")}]`;
  for (const path of rows) {
    const parents = path.slice(0, -1);
    let common = 0;
    while (common < open.length && common < parents.length && open[common] === parents[common]) common++;
    for (let i = common; i < parents.length; i++) out.push(`${" ".repeat(indent + i * step)}${parents[i]}:`);
    open = parents;
    out.push(`${" ".repeat(indent + parents.length * step)}${path[path.length - 1]}: ${row0}`);
  }
  return out;
}

function valueItems(template: Template, ctx: ValueContext, position: Position, options: CompletionOptions): CompletionItem[] {
  const b: Builder = { range: { start: { line: position.line, character: ctx.valueStart }, end: position }, options, items: [] };
  const [top, ...rest] = ctx.parents;
  const path = [...ctx.parents, ctx.key];
  const space = ctx.needsSpace ? " " : "";
  if (top === undefined && ctx.key === "template") {
    for (const id of ["2021", "2019"] as TemplateId[]) {
      const t = templates[id];
      add(b, id, `"${id}"`, t.source.zh, doc(t.source, [], options.markdown), `${space}"${id}"`, CompletionItemKind.EnumMember, false, `"${id}" ${id}`);
    }
    return b.items;
  }
  const info = keyInfo(template, path);
  if (!info) return b.items;
  if (info.kind === "table3-row") {
    add(b, "row", zeros(template.applicantColumns.length, false), `${info.label.zh}：${template.applicantColumns.length} 栏`, doc(info.label, [columnsText(info.columns!)], options.markdown), space + zeros(template.applicantColumns.length, options.snippets), CompletionItemKind.Value, true, "[");
  } else if (info.kind === "table4-row") {
    add(b, "row", zeros(template.reviewColumns.length, false), `${info.label.zh}：${template.reviewColumns.length} 栏`, doc(info.label, [columnsText(info.columns!)], options.markdown), space + zeros(template.reviewColumns.length, options.snippets), CompletionItemKind.Value, true, "[");
  } else if (info.kind === "table2-row" && top === "activeDisclosure" && rest.length === 0) {
    const block = template.activeDisclosure.find((bl) => bl.rows.some((r) => r.key === ctx.key))!;
    const row = block.rows.find((r) => r.key === ctx.key)!;
    const value = row.single
      ? block.columns[0]!.kind === "wanYuan" ? "0.00" : "0"
      : `{ ${block.columns.map((c) => `${c.key}: ${c.kind === "amountText" ? '"0元"' : "0"}`).join(", ")} }`;
    add(b, "row", value, `${block.item.zh}「${row.label.zh}」`, doc(row.label, [block.item], options.markdown), space + value, CompletionItemKind.Value, false, value);
  }
  return b.items;
}
