import { TABLE_MARK, type FlowTable } from "./flow.js";
import { htmlFlow } from "./flow-html.js";

/** `<table …>` or `</table>` in text, any case. */
const TABLE_TAG = /<(\/?)table\b[^>]*>/gi;

/**
 * HTML tables standing in text (Markdown keeps them as raw HTML, and `ogi render --to md` writes its tables
 * that way): each outermost `<table>…</table>` is read as an HTML grid, and in the text it is replaced by the
 * table mark padded to its own length, so that every other offset of the text still is its source offset.
 */
export function embeddedTables(text: string): { text: string; tables: FlowTable[] } {
  const regions: { start: number; end: number }[] = [];
  let depth = 0;
  let start = 0;
  for (const m of text.matchAll(TABLE_TAG)) {
    if (m[1] === "") {
      if (depth++ === 0) start = m.index;
    } else if (depth > 0 && --depth === 0) regions.push({ start, end: m.index + m[0].length });
  }
  if (regions.length === 0) return { text, tables: [] };
  const tables: FlowTable[] = [];
  let out = "";
  let from = 0;
  for (const r of regions) {
    const source = text.slice(r.start, r.end);
    const read = htmlFlow(source).tables;
    if (read.length === 0 || !read.some((t) => t.rows.some((row) => row.cells.some((c) => /\d/.test(c.text))))) continue;
    // The mark stands at the table's first character; the rest of the table is blank (its line breaks kept).
    out += text.slice(from, r.start) + TABLE_MARK + source.slice(1).replace(/[^\n]/g, " ");
    from = r.end;
    for (const t of read) tables.push(shift(t, r.start));
  }
  return { text: out + text.slice(from), tables };
}

function shift(t: FlowTable, by: number): FlowTable {
  return {
    // Every table of the region stands at the region's mark.
    at: by,
    start: t.start + by,
    path: t.path,
    rows: t.rows.map((row) => ({ ...row, start: row.start + by, end: row.end + by, cells: row.cells.map((c) => ({ ...c, start: c.start + by, end: c.end + by, textStart: c.textStart + by, textEnd: c.textEnd + by })) })),
  };
}
