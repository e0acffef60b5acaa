import type { ProseKey } from "../rules/prose/parts.js";
import { cellIndex } from "../templates/cell-specs.js";
import type { CellKind, Part, Template } from "../templates/types.js";
import { proseBlock } from "./scalars.js";
import { ACTIVE_VALUE_COLUMN, APPLICATIONS_VALUE_COLUMN, type LayoutStyle } from "./styles.js";

/** One cell the layout asks for: where it is and what kind of figure it holds. */
export interface CellSlot {
  pointer: string;
  kind: CellKind;
  /** In a row of named columns (`{ issued: …, repealed: … }`) rather than a row that is one cell. */
  inColumns: boolean;
}

/** What to write: the layout asks for each part's prose, each cell's YAML text and each row's comments. */
export interface ReportLayout {
  template: Template;
  style: LayoutStyle;
  /** Comment lines above everything, without `# ` (the schema modeline, a title). */
  head: readonly string[];
  /** Top-level scalars after `template:`, as YAML text, in order: `["agency", "\"某局\""]`. */
  fields: readonly (readonly [key: string, yaml: string])[];
  /** A prose part's text; undefined leaves an optional part (preamble) out and writes a required one empty. */
  prose(key: ProseKey): string | undefined;
  /** A cell's YAML text (`0`, `12.50`, `{ value: 5, note: "…" }`, `null`). */
  cell(slot: CellSlot): string;
  /** Comments (without `# `) above a row, by the row's pointer (`/applications/newReceived`). */
  rowComments?(rowPointer: string): readonly string[];
  /** `note:` under table 4. */
  reviewNote?: string;
}

/** The whole report in the canonical layout. Pure. */
export function writeReportYaml(layout: ReportLayout): string {
  const { template, style } = layout;
  const out: string[] = [];
  for (const c of layout.head) out.push(`# ${c}`);
  out.push(`template: "${template.id}"`);
  for (const [key, yaml] of layout.fields) out.push(`${key}: ${yaml}`);
  const preamble = layout.prose("preamble");
  if (preamble) append(out, proseBlock("preamble", preamble));
  for (const part of template.parts) {
    if (style.partHeadings) out.push("", `# ${part.heading.zh}`);
    append(out, partLines(layout, part.key));
  }
  return out.join("\n") + "\n";
}

/** One part's lines, at the top level (what a fix inserts for a missing part). */
export function partLines(layout: ReportLayout, key: Part["key"]): string[] {
  switch (key) {
    case "activeDisclosure":
      return activeDisclosure(layout);
    case "applications":
      return applications(layout);
    case "reviewAndLitigation":
      return review(layout);
    default:
      return proseBlock(key, layout.prose(key) ?? "");
  }
}

/** Push every line: a spread of a long part's lines would overflow the call stack. */
function append(out: string[], lines: readonly string[]): void {
  for (const l of lines) out.push(l);
}

/** `key:` and the blanks after it, so that the value starts at `column` (at least one blank). */
function keyAt(indent: string, key: string, column: number): string {
  return `${indent}${key}:${" ".repeat(Math.max(1, column - indent.length - key.length - 1))}`;
}

function columnComment(header: string, column: number): string {
  return `  #${" ".repeat(column - 3)}${header}`;
}

function rowHead(layout: ReportLayout, rowPointer: string, indent: string): string[] {
  return (layout.rowComments?.(rowPointer) ?? []).map((c) => `${indent}# ${c}`);
}

function label(layout: ReportLayout, text: string): string {
  return layout.style.rowLabels ? `  # ${text}` : "";
}

function kindOf(template: Template, pointer: string): CellKind {
  return cellIndex(template).get(pointer)?.kind ?? "count";
}

function activeDisclosure(layout: ReportLayout): string[] {
  const { template: t, style } = layout;
  const out = ["activeDisclosure:"];
  for (const block of t.activeDisclosure) {
    out.push(`  # ${block.item.zh}${style.itemSeparator}${block.columns.map((c) => c.label.zh).join(" / ")}`);
    for (const row of block.rows) {
      const pointer = `/activeDisclosure/${row.key}`;
      append(out, rowHead(layout, pointer, "  "));
      const value = row.single
        ? layout.cell({ pointer, kind: kindOf(t, pointer), inColumns: false })
        : `{ ${block.columns.map((c) => `${c.key}: ${layout.cell({ pointer: `${pointer}/${c.key}`, kind: kindOf(t, `${pointer}/${c.key}`), inColumns: true })}`).join(", ")} }`;
      out.push(`${keyAt("  ", row.key, ACTIVE_VALUE_COLUMN)}${value}${label(layout, row.label.zh)}`);
    }
  }
  return out;
}

function figures(layout: ReportLayout, pointer: string, width: number): string {
  const cells: string[] = [];
  for (let i = 0; i < width; i++) cells.push(layout.cell({ pointer: `${pointer}/${i}`, kind: kindOf(layout.template, `${pointer}/${i}`), inColumns: false }));
  return `[${cells.join(", ")}]`;
}

function applications(layout: ReportLayout): string[] {
  const { template: t, style } = layout;
  const out = ["applications:", columnComment(`[${t.applicantColumns.map((c) => c.label.zh).join(", ")}]`, style.applicationsHeaderColumn)];
  let open: string[] = [];
  for (const row of t.applicationRows) {
    const parents = row.path.slice(0, -1);
    let common = 0;
    while (common < open.length && common < parents.length && open[common] === parents[common]) common++;
    for (let i = common; i < parents.length; i++) {
      const indent = "  ".repeat(i + 1);
      const group = row.groups[i];
      if (style.groupHeadings && group && i > 0) out.push(`${indent}# ${group.zh}`);
      out.push(`${indent}${parents[i]}:`);
    }
    open = parents;
    const indent = "  ".repeat(parents.length + 1);
    const pointer = `/applications/${row.path.join("/")}`;
    append(out, rowHead(layout, pointer, indent));
    out.push(`${keyAt(indent, row.path[row.path.length - 1]!, APPLICATIONS_VALUE_COLUMN)}${figures(layout, pointer, t.applicantColumns.length)}${label(layout, row.label.zh)}`);
  }
  return out;
}

function review(layout: ReportLayout): string[] {
  const { template: t, style } = layout;
  const out = ["reviewAndLitigation:", columnComment(`[${t.reviewColumns.map((c) => c.label.zh).join(", ")}]`, style.reviewHeaderColumn)];
  for (const group of t.reviewGroups) {
    const pointer = `/reviewAndLitigation/${group.key}`;
    append(out, rowHead(layout, pointer, "  "));
    const name = `${group.group ? group.group.zh + "·" : ""}${group.label.zh}`;
    out.push(`${keyAt("  ", group.key, style.reviewValueColumn)}${figures(layout, pointer, t.reviewColumns.length)}${label(layout, name)}`);
  }
  if (layout.reviewNote) out.push(`  note: ${JSON.stringify(layout.reviewNote)}`);
  return out;
}
