import { reportDocument, type DocumentPart } from "../document.js";
import { escapeAttribute, escapeText } from "../html/escape.js";
import type { ReportInput } from "../input.js";
import type { Grid, GridCell } from "../layout/grid.js";
import { escapeMarkdown } from "./escape.js";

/**
 * The report as Markdown: headings and paragraphs in Markdown, and each table as HTML when it merges cells
 * (all three official tables do), since Markdown tables cannot merge; a table without merged cells would be a
 * plain pipe table.
 */
export function renderMarkdown(input: ReportInput): string {
  const doc = reportDocument(input);
  const blocks = [`# ${escapeMarkdown(doc.title)}`, ...doc.parts.flatMap(partBlocks)];
  return blocks.join("\n\n") + "\n";
}

function partBlocks(part: DocumentPart): string[] {
  const heading = `## ${escapeMarkdown(part.heading)}`;
  if (part.kind === "table") return [heading, hasMergedCells(part.grid) ? htmlTable(part.grid) : pipeTable(part.grid)];
  return [heading, ...part.blocks.map((b) => (b.kind === "subheading" ? `### ${escapeMarkdown(b.text)}` : escapeMarkdown(b.text)))];
}

function hasMergedCells(grid: Grid): boolean {
  return grid.rows.some((row) => row.some((c) => c.rowSpan > 1 || c.colSpan > 1));
}

/** No blank lines inside: a blank line would end the HTML block in CommonMark. */
function htmlTable(grid: Grid): string {
  const cell = (c: GridCell) => {
    const tag = c.role === "figure" ? "td" : "th";
    const spans = (c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : "") + (c.colSpan > 1 ? ` colspan="${c.colSpan}"` : "");
    const pointer = c.role === "figure" && c.pointer !== undefined ? ` data-pointer="${escapeAttribute(c.pointer)}"` : "";
    return `<${tag}${pointer}${spans}>${escapeText(c.text)}</${tag}>`;
  };
  const rows = (list: GridCell[][]) => list.map((r) => `<tr>${r.map(cell).join("")}</tr>`);
  const head = grid.rows.slice(0, grid.headerRows);
  return [
    `<table data-table="${escapeAttribute(grid.table)}">`,
    ...(head.length > 0 ? ["<thead>", ...rows(head), "</thead>"] : []),
    "<tbody>",
    ...rows(grid.rows.slice(grid.headerRows)),
    "</tbody>",
    "</table>",
  ].join("\n");
}

function pipeTable(grid: Grid): string {
  const line = (r: GridCell[]) => `| ${r.map((c) => escapeMarkdown(c.text) || " ").join(" | ")} |`;
  const [first, ...rest] = grid.rows;
  if (!first) return "";
  return [line(first), `|${" --- |".repeat(first.length)}`, ...rest.map(line)].join("\n");
}
