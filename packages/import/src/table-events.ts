import type { ImportContext } from "./context.js";
import type { RowEvent } from "./events.js";
import type { FoundHeading } from "./headings.js";
import { classifyTable, htmlRows } from "./html-rows.js";
import type { TableKey, TemplateSlots } from "./slots.js";
import { readTextRows } from "./text-rows.js";

export const TABLES: TableKey[] = ["activeDisclosure", "applications", "reviewAndLitigation"];

export interface TableEvents {
  events: Map<TableKey, RowEvent[]>;
  /** Flow offset just after the last HTML table of each kind. */
  lastHtmlTable: Map<TableKey, number>;
  /** Table 4's notes (「注：…」) read from text. */
  notes: { text: string; start: number }[];
}

/** The rows of the three tables as found: HTML tables by what they print; text by the part they stand in. */
export function tableEvents(ctx: ImportContext, headings: FoundHeading[], ts: TemplateSlots, rangeOf: (key: string) => { start: number; end: number } | undefined): TableEvents {
  const events = new Map<TableKey, RowEvent[]>(TABLES.map((t) => [t, []]));
  const lastHtmlTable = new Map<TableKey, number>();
  for (const table of ctx.flow.tables) {
    const key = classifyTable(table, ts) ?? partTableAt(headings, table.at);
    if (!key) continue;
    for (const ev of htmlRows(table)) events.get(key)!.push(ev);
    lastHtmlTable.set(key, table.at + 2);
  }
  const notes: TableEvents["notes"] = [];
  for (const key of TABLES) {
    const range = rangeOf(key);
    if (events.get(key)!.length > 0 || !range) continue;
    const rows = readTextRows(ctx.flow.text, range.start, range.end, key, ts);
    for (const ev of rows.events) events.get(key)!.push(ctx.flow.kind === "html" ? withSourcePieces(ev, ctx.flow.toSource) : ev);
    if (key === "reviewAndLitigation") for (const n of rows.notes) notes.push(n);
  }
  if (ctx.flow.kind === "text") markTruncation(ctx.input, [...events.values()].flat());
  return { events, lastHtmlTable, notes };
}

/**
 * Text that stops inside a table was cut (a crawl limit, a page cut short): the last row read is marked, so
 * that its cells after the cut are absent and a figure with nothing after it is not trusted.
 */
function markTruncation(input: string, events: RowEvent[]): void {
  let last: RowEvent | undefined;
  for (const ev of events) if ((ev.pieces.length > 0 || ev.slot) && (!last || ev.end > last.end)) last = ev;
  if (!last) return;
  const tail = input.slice(last.end);
  // A point right after the last figure (「…0 |\n3.」) is the start of the next label or a decimal the cut ends in:
  // either way that figure is where the text stops, not a cell the report closed.
  if (/^[\s|]*$/.test(tail) || /^[.．]$/.test(tail)) last.truncated = { figureCut: !/[\s|]/.test(tail) };
}

/**
 * Text rows of an HTML page are read from its flow text: their figures are placed back in the markup, so that
 * each cell (and each diagnostic about a figure) points at the source. The row's own offsets stay in the flow,
 * where the parts are cut.
 */
function withSourcePieces(ev: RowEvent, toSource: (flowOffset: number) => number): RowEvent {
  return { ...ev, pieces: ev.pieces.map((p) => ({ ...p, start: toSource(p.start), end: toSource(p.end) })) };
}

function partTableAt(headings: FoundHeading[], at: number): TableKey | undefined {
  let key: string | undefined;
  for (const h of headings) if (h.start <= at) key = h.part.key;
  return TABLES.find((t) => t === key);
}
