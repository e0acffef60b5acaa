import { generateReportSchema } from "../schema/generate.js";
import { parts, type Part, type Template, type Text } from "../templates/index.js";

/** What the template says about a key: its printed label, where it sits, and what goes there. */
export interface KeyInfo {
  kind: "part" | "meta" | "table2-row" | "table2-column" | "table3-row" | "table3-group" | "table4-row" | "cell-note";
  label: Text;
  /** Where it sits in the printed template: 「第二十条第（一）项」, the group labels of a table-3 row… */
  context: Text[];
  description?: Text;
  /** The printed columns of a row, in order. */
  columns?: Text[];
  part?: Part;
}

interface SchemaProperty {
  title?: string;
  description?: string;
}

let metaCache: Map<string, { label: Text; description?: Text }> | undefined;

/** The optional top-level keys (template, agency, year, title…) as the published schema describes them. */
function metaKeys(): Map<string, { label: Text; description?: Text }> {
  if (!metaCache) {
    metaCache = new Map();
    const props = (generateReportSchema() as { properties?: Record<string, SchemaProperty> }).properties ?? {};
    const partKeys = new Set<string>(parts.map((p) => p.key));
    for (const [key, prop] of Object.entries(props)) {
      if (partKeys.has(key)) continue;
      const [zh = key, en = key] = (prop.title ?? key).split(" / ");
      const info: { label: Text; description?: Text } = { label: { zh, en } };
      if (prop.description) {
        const [dzh = "", ...den] = prop.description.split("\n");
        info.description = { zh: dzh, en: den.join("\n") || dzh };
      }
      metaCache.set(key, info);
    }
  }
  return metaCache;
}

export function metaKeyNames(): string[] {
  return [...metaKeys().keys()];
}

export function metaKeyInfo(key: string): KeyInfo | undefined {
  const meta = metaKeys().get(key);
  return meta ? { kind: "meta", label: meta.label, context: [], ...(meta.description ? { description: meta.description } : {}) } : undefined;
}

/** The template's description of the key at `path` (segments from the document root). */
export function keyInfo(template: Template, path: readonly (string | number)[]): KeyInfo | undefined {
  const [top, ...rest] = path.map(String);
  if (top === undefined) return undefined;
  const part = template.parts.find((p) => p.key === top);
  if (!part) return rest.length === 0 ? metaKeyInfo(top) : undefined;
  if (rest.length === 0) return { kind: "part", label: part.heading, context: [], description: part.description, part };
  const last = rest[rest.length - 1]!;
  if (last === "value" || last === "note") {
    const cellNote: Text = last === "value" ? { zh: "数值", en: "Value" } : { zh: "注释（原表单元格中数字旁的说明）", en: "Note (the text beside the figure in the published cell)" };
    return { kind: "cell-note", label: cellNote, context: [] };
  }
  if (top === "activeDisclosure") return table2(template, rest);
  if (top === "applications") return table3(template, rest);
  if (top === "reviewAndLitigation") return table4(template, rest);
  return undefined;
}

function table2(template: Template, rest: string[]): KeyInfo | undefined {
  const [rowKey, columnKey] = rest;
  for (const block of template.activeDisclosure) {
    const row = block.rows.find((r) => r.key === rowKey);
    if (!row) continue;
    if (rest.length === 1) return { kind: "table2-row", label: row.label, context: [block.item], columns: block.columns.map((c) => c.label) };
    const column = block.columns.find((c) => c.key === columnKey);
    if (column && rest.length === 2 && !row.single) return { kind: "table2-column", label: column.label, context: [block.item, row.label] };
  }
  return undefined;
}

function table3(template: Template, rest: string[]): KeyInfo | undefined {
  const key = rest.join("/");
  const columns = template.applicantColumns.map((c) => c.label);
  const row = template.applicationRows.find((r) => r.path.join("/") === key);
  if (row) return { kind: "table3-row", label: row.label, context: row.groups, columns };
  const under = template.applicationRows.find((r) => r.path.length > rest.length && r.path.slice(0, rest.length).join("/") === key);
  const group = under?.groups[rest.length - 1];
  if (under && group) return { kind: "table3-group", label: group, context: under.groups.slice(0, rest.length - 1), columns };
  return undefined;
}

function table4(template: Template, rest: string[]): KeyInfo | undefined {
  if (rest.length !== 1) return undefined;
  const group = template.reviewGroups.find((g) => g.key === rest[0]);
  if (!group) return undefined;
  return { kind: "table4-row", label: group.label, context: group.group ? [group.group] : [], columns: template.reviewColumns.map((c) => c.label) };
}
