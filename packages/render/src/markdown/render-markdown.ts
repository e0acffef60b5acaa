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
  const blocks = [`# ${oneLine(doc.title)}`, ...doc.parts.flatMap(partBlocks)];
  return blocks.join("\n\n") + "\n";
}

function partBlocks(part: DocumentPart): string[] {
  const heading = `## ${oneLine(part.heading)}`;
  if (part.kind === "table") return [heading, hasMergedCells(part.grid) ? htmlTable(part.grid) : pipeTable(part.grid), ...(part.note ? [oneLine(part.note.text)] : [])];
  return [heading, ...part.blocks.map((b) => (b.kind === "subheading" ? `### ${oneLine(b.text)}` : oneLine(b.text)))];
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** A heading or paragraph is one Markdown line: a line break in the report's text would end it and start a block. */
function oneLine(text: string): string {
  return escapeMarkdown(text.replace(/\s*(\r\n|\r|\n)\s*/g, " "));
}

/**
 * A cell's text inside the table's HTML block: escaped as HTML, each line break a `<br>` (a blank line would end
 * the block and turn the rest of the cell into live Markdown), and the characters that make Markdown links,
 * images and emphasis written as character references, which read the same in HTML and in Markdown.
 */
function cellHtml(text: string): string {
  return escapeText(text)
    .replace(/[\\`*_[\]!|~]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(LINE_BREAK, "<br>");
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
    return `<${tag}${pointer}${spans}>${cellHtml(c.text)}</${tag}>`;
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
  const line = (r: GridCell[]) => `| ${r.map((c) => escapeMarkdown(c.text).replace(LINE_BREAK, "<br>") || " ").join(" | ")} |`;
  const [first, ...rest] = grid.rows;
  if (!first) return "";
  return [line(first), `|${" --- |".repeat(first.length)}`, ...rest.map(line)].join("\n");
}
