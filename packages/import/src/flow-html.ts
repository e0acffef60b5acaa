import { parse } from "parse5";
import { Lines, TABLE_MARK, type Flow, type FlowTable, type GridCell, type GridRow } from "./flow.js";
import { ymd } from "./published-date.js";

/** The little of parse5's default tree that the importer reads. */
interface HNode {
  nodeName: string;
  value?: string;
  data?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HNode[];
  content?: HNode;
  sourceCodeLocation?: { startOffset: number; endOffset: number } | null;
}

const BLOCK = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "header", "footer", "main",
  "blockquote", "center", "pre", "dl", "dt", "dd", "address", "form", "hr", "tr", "caption", "figure", "nav", "aside",
]);
const SKIP = new Set(["script", "style", "noscript", "template", "head", "iframe", "object", "svg", "select", "button"]);

/** Text spans of the flow and where each came from, to map flow offsets back to the markup. */
interface Span {
  flowStart: number;
  flowEnd: number;
  srcStart: number;
  srcEnd: number;
}

/** Elements with their source extent, to name the innermost element around a source offset. */
interface Extent {
  start: number;
  end: number;
  path: string;
}

export function htmlFlow(source: string): Flow {
  const parseErrors: Flow["parseErrors"] = [];
  const doc = parse(source, {
    sourceCodeLocationInfo: true,
    onParseError: (e) => void parseErrors.push({ code: e.code, offset: e.startOffset }),
  }) as unknown as HNode;
  const lines = new Lines(source);
  const spans: Span[] = [];
  const extents: Extent[] = [];
  const tables: FlowTable[] = [];
  const meta: Flow["meta"] = { titles: [] };
  let text = "";

  const attr = (n: HNode, name: string) => n.attrs?.find((a) => a.name === name)?.value;
  const loc = (n: HNode) => n.sourceCodeLocation ?? undefined;
  const newline = () => {
    if (text.length > 0 && !text.endsWith("\n")) text += "\n";
  };
  const appendText = (value: string, n: HNode) => {
    const l = loc(n);
    const flowStart = text.length;
    text += value;
    if (l) spans.push({ flowStart, flowEnd: text.length, srcStart: l.startOffset, srcEnd: l.endOffset });
  };

  const readMeta = (n: HNode) => {
    if (n.nodeName === "title") meta.titles.unshift(textOf(n).trim());
    if (n.nodeName === "meta") {
      const name = (attr(n, "name") ?? attr(n, "property") ?? "").toLowerCase();
      const content = attr(n, "content")?.trim();
      if (!content) return;
      if (["articletitle", "og:title", "title", "dc.title"].includes(name)) meta.titles.unshift(content);
      if (["pubdate", "publishdate", "article:published_time", "firstpublishedtime", "dc.date"].includes(name)) setPublished(content);
      if (["url", "og:url"].includes(name)) meta.url = content;
      if (["contentsource", "author"].includes(name) && !meta.agency) meta.agency = content;
    }
  };
  const setPublished = (s: string) => {
    const m = /(\d{4})[-年./](\d{1,2})[-月./](\d{1,2})/.exec(s);
    if (m && !meta.published) meta.published = ymd(m[1]!, m[2]!, m[3]!);
  };
  const readComment = (data: string) => {
    (meta.comments ??= []).push(data);
    // Archived pages keep the page's title, date and address in a comment; read them as metadata.
    const title = /(?:^|[|\n])\s*title\s*:\s*([^|\n]+)/i.exec(data);
    if (title) meta.titles.push(title[1]!.trim());
    const published = /(?:^|[|\n])\s*(?:published|发布时间|发布日期)\s*[:：]\s*([^|\n]+)/i.exec(data);
    if (published) setPublished(published[1]!);
    const url = /(?:^|[|\n])\s*url\s*:\s*(https?:\/\/[^\s|]+)/i.exec(data);
    if (url && !meta.url) meta.url = url[1]!;
  };

  const walk = (n: HNode, path: string) => {
    const name = n.nodeName;
    if (name === "#text") return appendText(n.value ?? "", n);
    if (name === "#comment") return readComment(n.data ?? "");
    if (name === "title" || name === "meta") return readMeta(n);
    if (name === "head") {
      for (const c of n.childNodes ?? []) walk(c, path);
      return;
    }
    if (SKIP.has(name)) return;
    const l = loc(n);
    if (l && name !== "#document") extents.push({ start: l.startOffset, end: l.endOffset, path });
    if (name === "br") return void (text += "\n");
    if (name === "table" && !hasNestedTable(n)) {
      newline();
      tables.push({ at: text.length, rows: readGrid(n, path, extents, source), start: l?.startOffset ?? 0, path });
      text += TABLE_MARK + "\n";
      return;
    }
    const block = BLOCK.has(name) || name === "table" || name === "td" || name === "th";
    if (block) newline();
    const counts = new Map<string, number>();
    for (const c of n.childNodes ?? []) {
      const k = c.nodeName;
      const i = (counts.get(k) ?? 0) + 1;
      counts.set(k, i);
      walk(c, c.nodeName.startsWith("#") ? path : `${path}>${k}${i > 1 ? `[${i}]` : ""}`);
    }
    if (n.content) walk(n.content, path);
    if (block) newline();
  };
  walk(doc, "");

  extents.sort((a, b) => a.start - b.start || b.end - a.end);
  const toSource = (o: number): number => {
    let lo = 0;
    let hi = spans.length - 1;
    let best: Span | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.flowStart <= o) {
        best = spans[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (!best) return 0;
    // Entities make source and text lengths differ; the offset is exact at span starts, close inside.
    return Math.min(best.srcStart + (o - best.flowStart), best.srcEnd);
  };
  const locate = (offset: number) => {
    const at = lines.locate(offset);
    let path: string | undefined;
    for (const e of extents) {
      if (e.start > offset) break;
      if (e.end > offset) path = e.path;
    }
    return path ? { ...at, htmlPath: path.replace(/^>/, "") } : at;
  };
  return { kind: "html", text, toSource, locate, tables, meta, bodyStart: 0, parseErrors };
}

/** Where a cell's text is in the markup: from its first to its last text node, white space trimmed. */
function textRange(td: HNode, source: string): { textStart: number; textEnd: number } {
  let first: number | undefined;
  let last: number | undefined;
  const visit = (n: HNode) => {
    const l = n.sourceCodeLocation;
    if (n.nodeName === "#text" && l && /\S/.test(n.value ?? "")) {
      first ??= l.startOffset;
      last = l.endOffset;
    }
    for (const c of n.childNodes ?? []) visit(c);
  };
  visit(td);
  if (first === undefined || last === undefined) {
    // An empty cell: its place is where its content would be, just inside the tag.
    const at = td.sourceCodeLocation ? source.indexOf(">", td.sourceCodeLocation.startOffset) + 1 : 0;
    return { textStart: at, textEnd: at };
  }
  // Padding around the figure, white space or a no-break space written as a character reference, is not it.
  for (;;) {
    const lead = /^(?:\s|&nbsp;|&#160;|&#xa0;)/i.exec(source.slice(first, Math.min(last, first + 6)));
    if (!lead) break;
    first += lead[0].length;
  }
  for (;;) {
    const trail = /(?:\s|&nbsp;|&#160;|&#xa0;)$/i.exec(source.slice(Math.max(first, last - 6), last));
    if (!trail) break;
    last -= trail[0].length;
  }
  return { textStart: first, textEnd: last };
}

function hasNestedTable(n: HNode): boolean {
  const inner = (x: HNode): boolean => (x.childNodes ?? []).some((c) => c.nodeName === "table" || inner(c));
  return inner(n);
}

export function textOf(n: HNode): string {
  if (n.nodeName === "#text") return n.value ?? "";
  if (n.nodeName === "br") return "";
  if (SKIP.has(n.nodeName) && n.nodeName !== "head") return "";
  return (n.childNodes ?? []).map(textOf).join("");
}

/** The rows of a table (not of tables nested in it), with rowspan/colspan expanded into a grid. */
function readGrid(table: HNode, tablePath: string, extents: Extent[], source: string): GridRow[] {
  const trs: { node: HNode; path: string }[] = [];
  const collect = (n: HNode, path: string) => {
    const counts = new Map<string, number>();
    for (const c of n.childNodes ?? []) {
      const i = (counts.get(c.nodeName) ?? 0) + 1;
      counts.set(c.nodeName, i);
      const p = `${path}>${c.nodeName}${i > 1 ? `[${i}]` : ""}`;
      if (c.nodeName === "tr") trs.push({ node: c, path: p });
      else if (["thead", "tbody", "tfoot"].includes(c.nodeName)) collect(c, p);
    }
  };
  collect(table, tablePath);
  // grid[r][c] = the cell covering that slot; a cell spanning rows is carried into the rows below.
  const grid: (GridCell | undefined)[][] = [];
  const origin = new Map<GridCell, number>();
  const rows: GridRow[] = [];
  trs.forEach(({ node, path }, r) => {
    const line = (grid[r] ??= []);
    let col = 0;
    let tdIndex = 0;
    for (const td of node.childNodes ?? []) {
      if (td.nodeName !== "td" && td.nodeName !== "th") continue;
      tdIndex++;
      while (line[col]) col++;
      const l = td.sourceCodeLocation ?? undefined;
      const cellPath = `${path}>${td.nodeName}${tdIndex > 1 ? `[${tdIndex}]` : ""}`;
      if (l) extents.push({ start: l.startOffset, end: l.endOffset, path: cellPath });
      const cell: GridCell = { text: textOf(td), start: l?.startOffset ?? 0, end: l?.endOffset ?? 0, ...textRange(td, source), path: cellPath, carried: false };
      origin.set(cell, r);
      const span = (name: string, max: number) => {
        const v = Number.parseInt(td.attrs?.find((a) => a.name === name)?.value ?? "1", 10);
        return Number.isFinite(v) && v >= 1 ? Math.min(v, max) : 1;
      };
      const rowspan = span("rowspan", 200);
      const colspan = span("colspan", 100);
      for (let dr = 0; dr < rowspan; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < colspan; dc++) target[col + dc] = cell;
      }
      col += colspan;
    }
    const l = node.sourceCodeLocation ?? undefined;
    rows.push({ cells: [], start: l?.startOffset ?? 0, end: l?.endOffset ?? 0, path });
  });
  rows.forEach((row, r) => {
    const seen = new Set<GridCell>();
    for (const cell of grid[r] ?? []) {
      if (!cell || seen.has(cell)) continue;
      seen.add(cell);
      row.cells.push(origin.get(cell) === r ? cell : { ...cell, carried: true });
    }
  });
  return rows;
}
