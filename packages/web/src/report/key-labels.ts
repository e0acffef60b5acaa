import { generateReportSchema, parts, type Template, type Text } from "@ogi-report/core";

/** What the printed template calls a key: its label, where it sits, and what goes there. */
export interface KeyLabel {
  kind: "part" | "meta" | "table2-row" | "table2-column" | "table3-row" | "table3-group" | "table4-row" | "cell-note";
  label: Text;
  /** The labels it sits under: 「第二十条第（一）项」, a table-3 row's groups… */
  context: Text[];
  description?: Text;
  /** A row's printed columns, in order. */
  columns?: Text[];
}

let metaKeys: Map<string, { label: Text; description?: Text }> | undefined;

/** The optional top-level keys (template, agency, year…) as the published schema describes them. */
export function metaKeyLabels(): Map<string, { label: Text; description?: Text }> {
  if (!metaKeys) {
    metaKeys = new Map();
    const properties = (generateReportSchema() as { properties?: Record<string, { title?: string; description?: string }> }).properties ?? {};
    const partKeys = new Set<string>(parts.map((p) => p.key));
    for (const [key, prop] of Object.entries(properties)) {
      if (partKeys.has(key)) continue;
      // The schema's titles are "中文 / English" and descriptions "中文\nEnglish".
      const [zh = key, en = zh] = (prop.title ?? key).split(" / ");
      const entry: { label: Text; description?: Text } = { label: { zh, en } };
      if (prop.description) {
        const [dzh = "", ...den] = prop.description.split("\n");
        entry.description = { zh: dzh, en: den.join("\n") || dzh };
      }
      metaKeys.set(key, entry);
    }
  }
  return metaKeys;
}

/** The template's words for the key at `path` (segments from the document root). */
export function keyLabel(template: Template, path: readonly (string | number)[]): KeyLabel | undefined {
  const [top, ...rest] = path.map(String);
  if (top === undefined) return undefined;
  const part = template.parts.find((p) => p.key === top);
  if (!part) {
    const meta = rest.length === 0 ? metaKeyLabels().get(top) : undefined;
    return meta ? { kind: "meta", label: meta.label, context: [], ...(meta.description ? { description: meta.description } : {}) } : undefined;
  }
  if (rest.length === 0) return { kind: "part", label: part.heading, context: [], description: part.description };
  const last = rest[rest.length - 1]!;
  if (last === "value") return { kind: "cell-note", label: { zh: "数值", en: "Value" }, context: [] };
  if (last === "note") return { kind: "cell-note", label: { zh: "注释（原表单元格中数字旁的说明）", en: "Note (the text beside the figure in the published cell)" }, context: [] };
  if (top === "activeDisclosure") return table2(template, rest);
  if (top === "applications") return table3(template, rest);
  if (top === "reviewAndLitigation") return table4(template, rest);
  return undefined;
}

function table2(template: Template, rest: string[]): KeyLabel | undefined {
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

function table3(template: Template, rest: string[]): KeyLabel | undefined {
  const key = rest.join("/");
  const columns = template.applicantColumns.map((c) => c.label);
  const row = template.applicationRows.find((r) => r.path.join("/") === key);
  if (row) return { kind: "table3-row", label: row.label, context: row.groups, columns };
  const under = template.applicationRows.find((r) => r.path.length > rest.length && r.path.slice(0, rest.length).join("/") === key);
  const group = under?.groups[rest.length - 1];
  return under && group ? { kind: "table3-group", label: group, context: under.groups.slice(0, rest.length - 1), columns } : undefined;
}

function table4(template: Template, rest: string[]): KeyLabel | undefined {
  const group = rest.length === 1 ? template.reviewGroups.find((g) => g.key === rest[0]) : undefined;
  if (!group) return undefined;
  return { kind: "table4-row", label: group.label, context: group.group ? [group.group] : [], columns: template.reviewColumns.map((c) => c.label) };
}
