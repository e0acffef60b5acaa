import { partSkeleton, placeholderNames, reportSkeleton, templates, type Template, type TemplateId, type Text } from "@ogi-report/core";
import type { Locale } from "../i18n.js";
import { keyInfo as keyLabel, metaKeyInfo, metaKeyNames } from "@ogi-report/core";

/** The optional top-level keys (template, agency, year…) as the published schema describes them. */
const metaKeyLabels = () => new Map(metaKeyNames().map((key) => [key, metaKeyInfo(key)!] as const));
import { cursorContext, type CursorContext, type Lines } from "@ogi-report/core";

export interface CompletionItem {
  label: string;
  /** Shown beside the label: the printed label in the page's language. */
  detail: string;
  /** Shown in the side box: both languages and what goes there. */
  info: string;
  /** The text that replaces [from, cursor). Multi-line inserts carry their own indentation. */
  apply: string;
  type: "property" | "constant" | "keyword" | "variable" | "text";
}

export interface Completions {
  from: number;
  items: CompletionItem[];
}

type KeyContext = Extract<CursorContext, { kind: "key" }>;

const zeros = (n: number) => `[${new Array(n).fill(0).join(", ")}]`;
const both = (t: Text) => (t.zh === t.en ? t.zh : `${t.zh}\n${t.en}`);
const say = (t: Text, locale: Locale) => (locale === "en" ? t.en : t.zh);

/**
 * What may be typed at the cursor: the keys allowed there with their printed labels, rows of zeros of the
 * right length, whole parts and the whole report, the template ids, and `{{…}}` references to cells in prose.
 * `from` and the result are character positions on the cursor's line.
 */
export function completionsAt(lines: Lines, line: number, character: number, locale: Locale): Completions | undefined {
  const ctx = cursorContext(lines, line, character);
  if (!ctx) return undefined;
  const template = templates[declaredTemplate(lines) ?? "2021"];
  if (ctx.kind === "placeholder") {
    const items = placeholderNames(template).map(({ ref, cell }): CompletionItem => {
      const place: Text = {
        zh: [...cell.groups.map((g) => g.zh), cell.row.zh, cell.column.zh].join(" › "),
        en: [...cell.groups.map((g) => g.en), cell.row.en, cell.column.en].join(" › "),
      };
      return { label: ref, detail: say(place, locale), info: both(place), apply: ctx.closed ? ref : `${ref}}}`, type: "variable" };
    });
    return { from: ctx.typedStart, items };
  }
  if (ctx.kind === "key") return { from: ctx.wordStart, items: keyItems(template, ctx, locale) };
  return { from: ctx.valueStart, items: valueItems(template, ctx, locale) };
}

/** The template the text declares, read from the text so a half-typed document that does not parse still has one. */
function declaredTemplate(lines: Lines): TemplateId | undefined {
  for (let i = 0; i < lines.lineCount; i++) {
    const m = /^template[ \t]*:[ \t]*["']?(2019|2021)\b/.exec(lines.lineText(i));
    if (m) return m[1] as TemplateId;
  }
  return undefined;
}

function keyItems(template: Template, ctx: KeyContext, locale: Locale): CompletionItem[] {
  const items: CompletionItem[] = [];
  const offered = (key: string) => !ctx.siblings.has(key);
  const entry = (key: string, value: string) => (ctx.keyOnly ? key : `${key}: ${value}`.trimEnd());
  const [top, ...rest] = ctx.parents;
  const add = (key: string, label: Text, extra: Text[], apply: string, type: CompletionItem["type"] = "property", shown = key) =>
    items.push({ label: shown, detail: say(label, locale), info: [label, ...extra].map(both).join("\n\n"), apply, type });

  if (top === undefined) {
    if (!ctx.siblings.has("template") && !template.parts.some((p) => ctx.siblings.has(p.key)) && !ctx.keyOnly) {
      add("report", { zh: "完整报告骨架", en: "whole report skeleton" }, [template.source], reportSkeleton({ template: template.id }), "keyword", locale === "en" ? "report (whole skeleton)" : "report（完整报告骨架）");
    }
    for (const [key, meta] of metaKeyLabels()) {
      if (!offered(key)) continue;
      const value = key === "template" ? `"${template.id}"` : key === "year" ? String(new Date().getFullYear() - 1) : "";
      add(key, meta.label, meta.description ? [meta.description] : [], entry(key, value));
    }
    for (const part of template.parts) {
      if (!offered(part.key)) continue;
      if (part.kind === "table") add(part.key, part.heading, [part.description], ctx.keyOnly ? part.key : `${part.key}:`);
      // A whole part with every row and zero in every cell, written at the top level where parts live.
      if (!ctx.keyOnly && ctx.indent === 0) {
        add(part.key, part.heading, [part.description], partSkeleton(template, part.key), "keyword", `${part.key}${locale === "en" ? " (whole part)" : "（整个部分）"}`);
      }
    }
  } else if (top === "activeDisclosure" && rest.length === 0) {
    for (const block of template.activeDisclosure) {
      for (const row of block.rows) {
        if (offered(row.key)) add(row.key, row.label, [block.item, joinLabels(block.columns.map((c) => c.label))], entry(row.key, table2Value(template, row.key)));
      }
    }
  } else if (top === "activeDisclosure" && rest.length === 1) {
    const block = template.activeDisclosure.find((b) => b.rows.some((r) => r.key === rest[0] && !r.single));
    for (const column of block?.columns ?? []) {
      if (offered(column.key)) add(column.key, column.label, [], entry(column.key, column.kind === "amountText" ? '"0元"' : "0"));
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
      const label = offered(key) ? keyLabel(template, ["applications", ...rest, key]) : undefined;
      if (!label) continue;
      const extra = [...label.context, joinLabels(template.applicantColumns.map((c) => c.label))];
      if (below.length === 1 && below[0]!.length === 0) add(key, label.label, extra, entry(key, zeros(width)));
      // A group (（三）不予公开…): the key and every row under it, zeros in every cell.
      else add(key, label.label, extra, ctx.keyOnly ? key : [`${key}:`, ...groupLines(below, ctx.indent + ctx.step, ctx.step, width)].join("\n"));
    }
  } else if (top === "reviewAndLitigation" && rest.length === 0) {
    for (const group of template.reviewGroups) {
      if (!offered(group.key)) continue;
      const label = group.group ? { zh: `${group.group.zh}·${group.label.zh}`, en: `${group.group.en}: ${group.label.en}` } : group.label;
      add(group.key, label, [joinLabels(template.reviewColumns.map((c) => c.label))], entry(group.key, zeros(template.reviewColumns.length)));
    }
  }
  return items;
}

function valueItems(template: Template, ctx: Extract<CursorContext, { kind: "value" }>, locale: Locale): CompletionItem[] {
  const space = ctx.needsSpace ? " " : "";
  const [top, ...rest] = ctx.parents;
  if (top === undefined && ctx.key === "template") {
    return (["2021", "2019"] as TemplateId[]).map((id) => ({ label: `"${id}"`, detail: say(templates[id].source, locale), info: both(templates[id].source), apply: `${space}"${id}"`, type: "constant" }));
  }
  const label = keyLabel(template, [...ctx.parents, ctx.key]);
  if (!label) return [];
  const value =
    label.kind === "table3-row" ? zeros(template.applicantColumns.length)
    : label.kind === "table4-row" ? zeros(template.reviewColumns.length)
    : label.kind === "table2-row" && top === "activeDisclosure" && rest.length === 0 ? table2Value(template, ctx.key)
    : undefined;
  if (value === undefined) return [];
  const extra = label.columns ? [joinLabels(label.columns)] : [];
  return [{ label: value, detail: say(label.label, locale), info: [label.label, ...extra].map(both).join("\n\n"), apply: space + value, type: "constant" }];
}

function table2Value(template: Template, rowKey: string): string {
  const block = template.activeDisclosure.find((b) => b.rows.some((r) => r.key === rowKey))!;
  const row = block.rows.find((r) => r.key === rowKey)!;
  if (row.single) return block.columns[0]!.kind === "wanYuan" ? "0.00" : "0";
  return `{ ${block.columns.map((c) => `${c.key}: ${c.kind === "amountText" ? '"0元"' : "0"}`).join(", ")} }`;
}

function joinLabels(labels: Text[]): Text {
  return { zh: `[${labels.map((c) => c.zh).join(", ")}]`, en: `[${labels.map((c) => c.en).join(", ")}]` };
}

/** Lines for the rows under a table-3 group, nested by their remaining path. */
function groupLines(rows: string[][], indent: number, step: number, width: number): string[] {
  const out: string[] = [];
  let open: string[] = [];
  for (const path of rows) {
    const parents = path.slice(0, -1);
    let common = 0;
    while (common < open.length && common < parents.length && open[common] === parents[common]) common++;
    for (let i = common; i < parents.length; i++) out.push(`${" ".repeat(indent + i * step)}${parents[i]}:`);
    open = parents;
    out.push(`${" ".repeat(indent + parents.length * step)}${path[path.length - 1]}: ${zeros(width)}`);
  }
  return out;
}
