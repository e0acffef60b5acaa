import { reportDocument, type DocumentPart } from "../document.js";
import type { ReportInput } from "../input.js";
import type { Grid, GridCell } from "../layout/grid.js";
import { markCopied, passagePieces, type PassagePiece } from "./copied.js";
import { escapeAttribute, escapeText } from "./escape.js";
import { pageCss, reportCss } from "./styles.js";

export type Severity = "error" | "warning" | "info";

/** A problem to mark on the page, keyed by the JSON Pointer of the cell, row or part it is about. */
export interface Highlight {
  severity: Severity;
  message: string;
}

export interface HtmlOptions {
  /** true: a whole page with its own <style> (A4 print CSS); false: an <article> for a host page that includes `reportCss`. */
  standalone: boolean;
  highlight?: ReadonlyMap<string, Highlight>;
  /** The language of the page's own words (problem tooltips); the report itself is always Chinese. */
  locale?: "zh-CN" | "en";
  /** Passages of a prose part also in last year's report (by the part's pointer, as the YAML source has them): marked. */
  copied?: ReadonlyMap<string, readonly string[]>;
}

const severityWords: Record<"zh-CN" | "en", Record<Severity, string>> = {
  "zh-CN": { error: "错误", warning: "警告", info: "提示" },
  en: { error: "Error", warning: "Warning", info: "Info" },
};

/**
 * The report in the official layout as HTML. Every figure cell carries `data-pointer` (its JSON Pointer in the
 * YAML); blank cells stay blank; nothing from the report reaches the markup unescaped.
 */
export function renderHtml(input: ReportInput, options: HtmlOptions): string {
  const doc = reportDocument(input);
  const marks = new Marks(options.highlight, options.locale ?? "zh-CN", options.copied);
  const article = [
    `<article class="ogi-report" lang="zh-CN" data-template="${escapeAttribute(doc.template.id)}">`,
    `<h1 class="ogi-title">${escapeText(doc.title)}</h1>`,
    ...doc.parts.map((part) => partHtml(part, marks)),
    `</article>`,
  ].join("\n");
  if (!options.standalone) return article + "\n";
  return [
    `<!DOCTYPE html>`,
    `<html lang="zh-CN">`,
    `<head>`,
    `<meta charset="utf-8">`,
    // The page is self-contained: it loads nothing and runs nothing, whatever the report says.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="generator" content="OGI Report">`,
    `<title>${escapeText(doc.title)}</title>`,
    `<style>${pageCss}${reportCss}</style>`,
    `</head>`,
    `<body>`,
    article,
    `</body>`,
    `</html>`,
    ``,
  ].join("\n");
}

function partHtml(part: DocumentPart, marks: Marks): string {
  const open = `<section class="ogi-part" data-part="${escapeAttribute(part.part.key)}" data-pointer="${escapeAttribute(part.pointer)}">`;
  const heading = `<h2${marks.attributes(part.pointer, [])}>${escapeText(part.heading)}</h2>`;
  const body =
    part.kind === "table"
      ? tableHtml(part.grid, marks) + (part.note ? `\n<p${marks.attributes(part.note.pointer, ["ogi-table-note"])}>${escapeText(part.note.text)}</p>` : "")
      : part.blocks.map((b) => (b.kind === "subheading" ? `<h3>${marks.prose(part.pointer, b.text)}</h3>` : `<p>${marks.prose(part.pointer, b.text)}</p>`)).join("\n");
  return [open, heading, body, `</section>`].filter((s) => s !== "").join("\n");
}

function tableHtml(grid: Grid, marks: Marks): string {
  const total = grid.widths.reduce((a, b) => a + b, 0);
  const cols = grid.widths.map((w) => `<col style="width:${((100 * w) / total).toFixed(2)}%">`).join("");
  const row = (cells: GridCell[]) => `<tr>${cells.map((c) => cellHtml(c, marks)).join("")}</tr>`;
  const head = grid.rows.slice(0, grid.headerRows);
  const body = grid.rows.slice(grid.headerRows);
  return [
    `<table class="ogi-table" data-table="${escapeAttribute(grid.table)}">`,
    `<colgroup>${cols}</colgroup>`,
    ...(head.length > 0 ? [`<thead>`, ...head.map(row), `</thead>`] : []),
    `<tbody>`,
    ...body.map(row),
    `</tbody>`,
    `</table>`,
  ].join("\n");
}

function cellHtml(cell: GridCell, marks: Marks): string {
  const spans = (cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : "") + (cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : "");
  const text = escapeText(cell.text);
  if (cell.role === "figure") {
    const classes = ["ogi-figure", ...(cell.text === "" ? ["ogi-blank"] : []), ...(cell.isTotal ? ["ogi-total"] : [])];
    return `<td${marks.attributes(cell.pointer, classes)}${spans}>${text}</td>`;
  }
  const scope = cell.role === "label" ? ` scope="row"` : cell.role === "group" ? ` scope="rowgroup"` : "";
  return `<th${marks.attributes(cell.pointer, [`ogi-${cell.role}`])}${scope}${spans}>${text}</th>`;
}

/** class, data-pointer and, for a marked pointer, the problem's class and tooltip. */
class Marks {
  constructor(
    private readonly highlight: ReadonlyMap<string, Highlight> | undefined,
    private readonly locale: "zh-CN" | "en",
    copied: ReadonlyMap<string, readonly string[]> | undefined,
  ) {
    for (const [pointer, passages] of copied ?? []) this.copied.set(pointer, passages.flatMap(passagePieces));
  }

  private readonly copied = new Map<string, PassagePiece[]>();

  /** A line of prose, escaped, its copied passages marked. */
  prose(pointer: string, text: string): string {
    const pieces = this.copied.get(pointer);
    return pieces ? markCopied(text, pieces, this.locale) : escapeText(text);
  }

  attributes(pointer: string | undefined, classes: string[]): string {
    const mark = pointer !== undefined ? this.highlight?.get(pointer) : undefined;
    const all = mark ? [...classes, "ogi-problem", `ogi-${mark.severity}`] : classes;
    let out = all.length > 0 ? ` class="${escapeAttribute(all.join(" "))}"` : "";
    if (pointer !== undefined) out += ` data-pointer="${escapeAttribute(pointer)}"`;
    if (mark) {
      const word = severityWords[this.locale][mark.severity] ?? mark.severity;
      out += ` title="${escapeAttribute(`${word}${this.locale === "zh-CN" ? "：" : ": "}${mark.message}`)}"`;
    }
    return out;
  }
}
