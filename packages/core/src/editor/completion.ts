import { partSkeleton, reportSkeleton } from "../skeleton.js";
import { templates, type Template, type TemplateId, type Text } from "../templates/index.js";
import type { CursorContext, Lines } from "./cursor-context.js";
import { keyInfo, metaKeyInfo, metaKeyNames } from "./key-info.js";

/**
 * What may be typed at the cursor, worked out once for the language server and the web page: each front end turns a
 * candidate into its own completion item (label, kind, documentation, snippet or plain text).
 */
export interface Candidate {
  kind:
    | "report" // the whole report skeleton
    | "meta" // template, agency, year…
    | "part" // a table part's key
    | "part-skeleton" // a whole part, every row and zero in every cell
    | "row" // a row of table 2, 3 or 4 (key and value)
    | "column" // a column of a table-2 row written as a mapping
    | "group" // a table-3 group (（三）不予公开…) with every row under it
    | "template" // a template id, as a value
    | "value"; // a row's value (zeros of the right length)
  /** The key (or value) as typed: what the item filters on. */
  key: string;
  /** The printed label. */
  label: Text;
  /** The label with what it belongs to, where the label alone repeats (a table-2 row: 「规章」 is in two blocks). */
  detail?: Text;
  /** What else the documentation shows: the block, the group, the columns, the part's description. */
  extra: Text[];
  /** The text that replaces what was typed of the key (or value). Multi-line inserts carry their own indentation. */
  insert: string;
  /** The insert ends with a row of zeros the front end may turn into tab stops. */
  zeros?: number;
}

type KeyContext = Extract<CursorContext, { kind: "key" }>;
type ValueContext = Extract<CursorContext, { kind: "value" }>;

export const zeroRow = (n: number): string => `[${new Array(n).fill(0).join(", ")}]`;

/** The template a text declares, read line by line so a half-typed document that does not parse still has one. */
export function declaredTemplate(lines: Lines): TemplateId | undefined {
  for (let i = 0; i < lines.lineCount; i++) {
    const m = /^template[ \t]*:[ \t]*["']?(2019|2021)\b/.exec(lines.lineText(i));
    if (m) return m[1] as TemplateId;
  }
  return undefined;
}

/** The keys allowed at a key position, in the order they are offered, with what each inserts. */
export function keyCandidates(template: Template, ctx: KeyContext): Candidate[] {
  const out: Candidate[] = [];
  const offered = (key: string) => !ctx.siblings.has(key);
  // On a key that already has its colon, only the key is replaced.
  const entry = (key: string, value: string) => (ctx.keyOnly ? key : `${key}: ${value}`.trimEnd());
  const [top, ...rest] = ctx.parents;

  if (top === undefined) {
    if (!ctx.keyOnly && !ctx.siblings.has("template") && !template.parts.some((p) => ctx.siblings.has(p.key))) {
      out.push({ kind: "report", key: "report", label: { zh: "完整报告骨架", en: "whole report skeleton" }, extra: [template.source], insert: reportSkeleton({ template: template.id }) });
    }
    for (const key of metaKeyNames()) {
      if (!offered(key)) continue;
      const meta = metaKeyInfo(key)!;
      const value = key === "template" ? `"${template.id}"` : key === "year" ? String(new Date().getFullYear() - 1) : "";
      out.push({ kind: "meta", key, label: meta.label, extra: meta.description ? [meta.description] : [], insert: entry(key, value) });
    }
    for (const part of template.parts) {
      if (!offered(part.key)) continue;
      if (part.kind === "table") out.push({ kind: "part", key: part.key, label: part.heading, extra: [part.description], insert: ctx.keyOnly ? part.key : `${part.key}:` });
      if (!ctx.keyOnly && ctx.indent === 0) out.push({ kind: "part-skeleton", key: part.key, label: part.heading, extra: [part.description], insert: partSkeleton(template, part.key) });
    }
  } else if (top === "activeDisclosure" && rest.length === 0) {
    for (const block of template.activeDisclosure) {
      for (const row of block.rows) {
        if (offered(row.key)) out.push({ kind: "row", key: row.key, label: row.label, detail: inBlock(block.item, row.label), extra: [block.item, columnsText(block.columns.map((c) => c.label))], insert: entry(row.key, table2Value(template, row.key)) });
      }
    }
  } else if (top === "activeDisclosure" && rest.length === 1) {
    const block = template.activeDisclosure.find((b) => b.rows.some((r) => r.key === rest[0] && !r.single));
    for (const column of block?.columns ?? []) {
      if (offered(column.key)) out.push({ kind: "column", key: column.key, label: column.label, extra: [], insert: entry(column.key, column.kind === "amountText" ? '"0元"' : "0") });
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
      const info = offered(key) ? keyInfo(template, ["applications", ...rest, key]) : undefined;
      if (!info) continue;
      const extra = [...info.context, columnsText(template.applicantColumns.map((c) => c.label))];
      if (below.length === 1 && below[0]!.length === 0) {
        out.push({ kind: "row", key, label: info.label, extra, insert: entry(key, zeroRow(width)), ...(ctx.keyOnly ? {} : { zeros: width }) });
      } else {
        // A group (（三）不予公开…): the key and every row under it, zeros in every cell.
        out.push({ kind: "group", key, label: info.label, extra, insert: ctx.keyOnly ? key : [`${key}:`, ...groupLines(below, ctx.indent + ctx.step, ctx.step, width)].join("\n") });
      }
    }
  } else if (top === "reviewAndLitigation" && rest.length === 0) {
    const width = template.reviewColumns.length;
    for (const group of template.reviewGroups) {
      if (!offered(group.key)) continue;
      const label = group.group ? { zh: `${group.group.zh}·${group.label.zh}`, en: `${group.group.en}: ${group.label.en}` } : group.label;
      out.push({ kind: "row", key: group.key, label, extra: [columnsText(template.reviewColumns.map((c) => c.label))], insert: entry(group.key, zeroRow(width)), ...(ctx.keyOnly ? {} : { zeros: width }) });
    }
  }
  return out;
}

/** What may be written as a key's value: a template id, or a row of zeros of the right shape. */
export function valueCandidates(template: Template, ctx: ValueContext): Candidate[] {
  const space = ctx.needsSpace ? " " : "";
  const [top, ...rest] = ctx.parents;
  if (top === undefined && ctx.key === "template") {
    return (["2021", "2019"] as TemplateId[]).map((id) => ({ kind: "template", key: `"${id}"`, label: templates[id].source, extra: [], insert: `${space}"${id}"` }));
  }
  const info = keyInfo(template, [...ctx.parents, ctx.key]);
  if (!info) return [];
  const width = info.kind === "table3-row" ? template.applicantColumns.length : info.kind === "table4-row" ? template.reviewColumns.length : undefined;
  const extra = info.columns ? [columnsText(info.columns)] : [];
  if (width !== undefined) return [{ kind: "value", key: zeroRow(width), label: info.label, extra, insert: space + zeroRow(width), zeros: width }];
  if (info.kind === "table2-row" && top === "activeDisclosure" && rest.length === 0) {
    const value = table2Value(template, ctx.key);
    const block = template.activeDisclosure.find((b) => b.rows.some((r) => r.key === ctx.key))!;
    return [{ kind: "value", key: value, label: info.label, detail: inBlock(block.item, info.label), extra, insert: space + value }];
  }
  return [];
}

/** A table-2 row's value: one figure, or every column of the row as a mapping. */
function table2Value(template: Template, rowKey: string): string {
  const block = template.activeDisclosure.find((b) => b.rows.some((r) => r.key === rowKey))!;
  const row = block.rows.find((r) => r.key === rowKey)!;
  if (row.single) return block.columns[0]!.kind === "wanYuan" ? "0.00" : "0";
  return `{ ${block.columns.map((c) => `${c.key}: ${c.kind === "amountText" ? '"0元"' : "0"}`).join(", ")} }`;
}

const inBlock = (item: Text, row: Text): Text => ({ zh: `${item.zh}「${row.zh}」`, en: `${item.en}: ${row.en}` });

function columnsText(labels: Text[]): Text {
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
    out.push(`${" ".repeat(indent + parents.length * step)}${path[path.length - 1]}: ${zeroRow(width)}`);
  }
  return out;
}
