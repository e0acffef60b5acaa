import { cellsOf, parts as partList, templates, type CellKind } from "@ogi-report/core";
import { importContext, type ImportContext } from "./context.js";
import { diagnostic } from "./diagnostics.js";
import type { Flow } from "./flow.js";
import { htmlFlow } from "./flow-html.js";
import { textFlow } from "./flow-text.js";
import { fold, findKey, labelKey } from "./fold.js";
import { findHeadings, type FoundHeading } from "./headings.js";
import { readIdentity } from "./report-identity.js";
import { readParts } from "./parts.js";
import { emptyResult, reportObject } from "./report-object.js";
import { slotsOf, type TableKey } from "./slots.js";
import { tableEvents } from "./table-events.js";
import { readTables } from "./tables.js";
import type { CellOutcome } from "./resolve.js";
import type { ImportOptions, ImportResult, ImportSummary, InputKind, SourceRange } from "./types.js";
import { writeYaml, type ReportDraft } from "./yaml-writer.js";

/**
 * Import a published report (an HTML page, or text as crawled or extracted) as report YAML. Never throws:
 * whatever cannot be read is a diagnostic with its place in the source, and a cell the source does not
 * settle is left empty (null) rather than guessed.
 */
export function importReport(input: string, kind: InputKind, options: ImportOptions = {}): ImportResult {
  try {
    return run(input, kind, options);
  } catch (error) {
    // A bug must not cost the user their input: report it as a diagnostic with an empty report.
    const d = diagnostic("no-report", "error", `导入失败：${String(error)}`, `Import failed: ${String(error)}`, { offset: 0, line: 1, column: 1 });
    return emptyResult(options, [d]);
  }
}

/** Flow → identity and template → part headings → table rows → cells → prose → YAML. */
function run(input: string, kind: InputKind, options: ImportOptions): ImportResult {
  const flow: Flow = kind === "html" ? htmlFlow(input) : textFlow(input);
  const ctx = importContext(flow, input);
  reportParseErrors(ctx);
  const { agency, year, identity, templateId } = readIdentity(ctx, options);
  const template = templates[templateId];
  const ts = slotsOf(template);

  const headings = findHeadings(flow.text, flow.bodyStart);
  const ends = new Map<string, { start: number; end: number }>(headings.map((h, i) => [h.part.key, { start: h.contentStart, end: headings[i + 1]?.start ?? flow.text.length }]));
  continuePartBefore(headings, ends, flow.bodyStart);
  if (headings.length === 0 && flow.kind === "text") tablesByHeaders(flow.text, flow.bodyStart, ends);
  const rangeOf = (key: string) => ends.get(key);
  if (headings.length === 0 && flow.tables.length === 0 && !/\d/.test(flow.text)) {
    ctx.report("no-report", "error", "没有找到年度报告的任何部分或表格", "No part or table of an annual report was found", ctx.top);
  }
  const tableAnchor = (key: TableKey) => {
    const r = rangeOf(key);
    return r ? ctx.atFlow(r.start) : ctx.top;
  };
  const found = tableEvents(ctx, headings, ts, rangeOf);
  const tables = readTables(ctx, found.events, ts, tableAnchor);
  const parts = readParts(ctx, headings, rangeOf, found, tables.tableEnds);

  const draft: ReportDraft = {
    template,
    agency,
    year,
    ...(identity?.title ? { title: identity.title } : {}),
    ...(flow.meta.published ? { published: flow.meta.published } : {}),
    ...((options.source ?? flow.meta.url) ? { source: (options.source ?? flow.meta.url)! } : {}),
    ...parts,
    cells: tables.cells,
    kinds: new Map<string, CellKind>(cellsOf(template).map((c) => [c.pointer, c.kind])),
    rowComments: tables.rowComments,
    ...(options.schema ? { schema: options.schema } : {}),
  };
  return {
    yaml: writeYaml(draft),
    report: reportObject(draft),
    template: templateId,
    diagnostics: ctx.diagnostics.sort((a, b) => a.location.offset - b.location.offset),
    summary: summarise(draft, tables.tablesFound),
    cellRanges: cellRanges(tables.cells),
  };
}

function cellRanges(cells: Map<string, CellOutcome>): Record<string, SourceRange> {
  const out: Record<string, SourceRange> = {};
  for (const [pointer, o] of cells) {
    if (o.state === "blank" || (o.state === "value" && !o.recovered)) out[pointer] = o.figure ?? { start: o.start, end: o.end };
  }
  return out;
}

function summarise(draft: ReportDraft, tables: number): ImportSummary {
  let read = 0;
  let uncertain = 0;
  let blanks = 0;
  let absent = 0;
  for (const o of draft.cells.values()) {
    if (o.state === "value") read++;
    else if (o.state === "blank") {
      read++;
      blanks++;
    } else {
      uncertain++;
      if (o.state === "absent") absent++;
    }
  }
  return { tables, cellsRead: read, cellsUncertain: uncertain, blanks, absent };
}

function reportParseErrors(ctx: ImportContext): void {
  // Word exports trip many harmless parse errors; only the ones that lose content are worth a line each.
  const serious = ctx.flow.parseErrors.filter((e) => /^eof-|unexpected-|missing-end-tag|abrupt|cdata/.test(e.code));
  for (const e of serious.slice(0, 5)) {
    ctx.report("html-malformed", "warning", `HTML 结构有误（${e.code}），已按浏览器的方式修复`, `Malformed HTML (${e.code}), repaired as a browser would`, ctx.flow.locate(e.offset));
  }
  if (serious.length > 5) {
    ctx.report("html-malformed", "info", `另有 ${serious.length - 5} 处 HTML 结构错误`, `${serious.length - 5} more HTML parse errors`, ctx.flow.locate(serious[5]!.offset));
  }
}

/**
 * A page that starts inside a report (a flip-book's ninth page, the second page of a crawl) opens with the end of
 * the part before its first heading: when that part is a table whose heading is not there, the text up to the
 * first heading is read as that table (「四、结转下年度继续办理 0 0 0 0 0 0 0」 before 「四、…行政复议…」).
 */
function continuePartBefore(headings: FoundHeading[], ends: Map<string, { start: number; end: number }>, bodyStart: number): void {
  const first = headings[0];
  if (!first) return;
  const before = partList[partList.findIndex((p) => p.key === first.part.key) - 1];
  if (before?.kind === "table" && !ends.has(before.key) && first.start > bodyStart) ends.set(before.key, { start: bodyStart, end: first.start });
}

/** What each table prints first, whatever else the page leaves out. */
const TABLE_HEADERS: [TableKey, string[]][] = [
  ["activeDisclosure", ["第二十条第（一）项"]],
  ["applications", ["本列数据的勾稽关系", "申请人情况"]],
  ["reviewAndLitigation", ["行政复议"]],
];

/**
 * A text that prints no part heading at all (a mirror that dropped them: prose, then table 2's rows): each
 * table starts at its own first header (「第二十条第（一）项」, the 勾稽关系 note, 「行政复议」 after table 3)
 * and runs to the next one. Only then: where any heading is found, the parts decide.
 */
function tablesByHeaders(text: string, bodyStart: number, ends: Map<string, { start: number; end: number }>): void {
  const f = fold(text, bodyStart);
  const starts: [TableKey, number][] = [];
  let from = 0;
  for (const [key, headers] of TABLE_HEADERS) {
    const hits = headers.map((h) => findKey(f, labelKey(h), from)).filter((h) => h !== undefined);
    if (hits.length === 0) continue;
    const at = Math.min(...hits.map((h) => h.start));
    starts.push([key, at]);
    from = at + 1;
  }
  starts.forEach(([key, at], i) => {
    const next = starts[i + 1];
    ends.set(key, { start: f.offsets[at]!, end: next ? f.offsets[next[1]]! : text.length });
  });
}
