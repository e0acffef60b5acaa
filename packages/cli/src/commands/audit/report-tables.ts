import type { Locale } from "../../locale.js";

type Renderer = Pick<typeof import("@ogi-report/render"), "readReport" | "renderHtml">;

/** A report's tables, split into the layout (shared by every report laid out alike) and its figures. */
export interface SplitTables {
  /** Index into the layouts. */
  layout: number;
  /** The text of each figure cell, in the layout's order. */
  figures: string[];
}

const FIGURE = /<td class="ogi-figure([^"]*)" data-pointer="([^"]*)"([^>]*)>([^<]*)<\/td>/g;
const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

/**
 * Reports' tables as the renderer lays them out, kept small for a page of hundreds of reports: every report of a
 * template has the same layout (labels, spans, pointers: most of the markup), so each distinct layout is kept once
 * with its figure cells empty, and each report keeps only its figures. The page's script puts them back and marks
 * the problem cells when the report is opened. Prose parts are left out: the findings quote what matters in them.
 */
export class TableLayouts {
  readonly layouts: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(
    private readonly render: Renderer,
    private readonly locale: Locale,
  ) {}

  /** undefined when the report cannot be laid out (no known template, YAML the renderer will not guess at). */
  add(yaml: string): SplitTables | undefined {
    const read = this.render.readReport(yaml);
    if (!read.ok) return undefined;
    const article = this.render.renderHtml(read.input, { standalone: false, locale: this.locale });
    const figures: string[] = [];
    const emptied = tablesOnly(article).replace(FIGURE, (_all, classes: string, pointer: string, rest: string, text: string) => {
      figures.push(unescape(text));
      const kept = classes.replace(" ogi-blank", "");
      return `<td class="ogi-figure${kept}" data-pointer="${pointer}"${rest}></td>`;
    });
    let layout = this.index.get(emptied);
    if (layout === undefined) {
      layout = this.layouts.push(emptied) - 1;
      this.index.set(emptied, layout);
    }
    return { layout, figures };
  }
}

/** A table's note as the renderer prints it under the table: report text, like the prose parts left out. */
const TABLE_NOTE = /\n?<p[^>]*\bogi-table-note\b[^>]*>[^<]*<\/p>/g;

/**
 * The renderer writes one <section class="ogi-part"> per part (report text is escaped, so the split is safe). A
 * table's note is report text too: kept, it made a layout of its own for every report with a note.
 */
function tablesOnly(article: string): string {
  const sections = article.split(/(?=<section class="ogi-part")/);
  const open = sections[0]!.replace(/<h1[\s\S]*$/, "");
  const tables = sections
    .slice(1)
    .filter((s) => s.includes("<table"))
    .map((s) => s.replace(/<\/article>\s*$/, "").replace(TABLE_NOTE, ""));
  return `${open}${tables.join("")}</article>`;
}
