import { cellsOf, templateForYear, templates, type CellKind, type TemplateId } from "@ogi-report/core";
import { detectTemplate } from "./detect-template.js";
import { diagnostic } from "./diagnostics.js";
import type { RowEvent } from "./events.js";
import { TABLE_MARK, type Flow } from "./flow.js";
import { htmlFlow } from "./flow-html.js";
import { textFlow } from "./flow-text.js";
import { labelKey } from "./fold.js";
import { findHeadings, type FoundHeading } from "./headings.js";
import { classifyTable, htmlRows } from "./html-rows.js";
import { identityIn, yearInText } from "./metadata.js";
import { placeRows } from "./place.js";
import { cleanProse, dropTitleLines } from "./prose.js";
import { cellTexts, outcomes, readUnit, settleByColumns, type CellOutcome, type UnitReading } from "./resolve.js";
import { slotsOf, TABLE_NUMBER, type TableKey } from "./slots.js";
import { readTextRows } from "./text-rows.js";
import type { ImportDiagnostic, ImportOptions, ImportResult, InputKind } from "./types.js";
import { cellValue, writeYaml, type ReportDraft } from "./yaml-writer.js";

const TABLES: TableKey[] = ["activeDisclosure", "applications", "reviewAndLitigation"];
const MAX_CANDIDATES_SHOWN = 6;

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

function run(input: string, kind: InputKind, options: ImportOptions): ImportResult {
  const flow: Flow = kind === "html" ? htmlFlow(input) : textFlow(input);
  const diagnostics: ImportDiagnostic[] = [];
  const at = (sourceOffset: number) => flow.locate(sourceOffset);
  const atFlow = (flowOffset: number) => flow.locate(flow.toSource(flowOffset));
  const top = at(0);

  reportParseErrors(flow, diagnostics);

  // Agency, year, title: from the page's title or metadata first, then from what the text says.
  let identity = flow.meta.titles.map(identityIn).find((x) => x?.agency);
  if (!identity) identity = (flow.meta.comments ?? []).map(identityIn).find((x) => x?.agency);
  if (!identity) identity = identityIn(flow.text.slice(0, 12000));
  const agency = options.agency ?? identity?.agency ?? flow.meta.agency ?? "";
  const year = options.year ?? identity?.year ?? yearInText(flow.text.slice(flow.bodyStart));
  if (!agency) diagnostic_("agency-unknown", "warning", "未找到机关名称（标题或正文中都没有）；请填写 agency", "No agency name in the title or text; fill in `agency`", top);
  if (year === undefined) diagnostic_("year-unknown", "warning", "未找到报告年度；请填写 year", "No report year found; fill in `year`", top);

  const tableText = flow.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.text))).join("");
  const guess = detectTemplate(labelKey(flow.text + tableText));
  let templateId: TemplateId;
  if (options.template) templateId = options.template;
  else if (guess) templateId = guess.id;
  else {
    templateId = year !== undefined ? templateForYear(year) : "2021";
    diagnostic_(
      "template-guessed",
      "warning",
      `表格中没有可区分格式的标签，按年度取 ${templateId} 格式`,
      `The tables print no label that tells the templates apart; took template ${templateId}${year !== undefined ? " by the year" : ""}`,
      top,
    );
  }
  const template = templates[templateId];
  const ts = slotsOf(template);

  // The six parts, by their headings.
  const headings = findHeadings(flow.text, flow.bodyStart);
  const byPart = new Map<string, { heading: FoundHeading; end: number }>(headings.map((h, i) => [h.part.key, { heading: h, end: headings[i + 1]?.start ?? flow.text.length }]));
  const rangeOf = (key: string) => {
    const h = byPart.get(key);
    return h ? { start: h.heading.contentStart, end: h.end } : undefined;
  };
  if (headings.length === 0 && flow.tables.length === 0 && !/\d/.test(flow.text)) {
    diagnostic_("no-report", "error", "没有找到年度报告的任何部分或表格", "No part or table of an annual report was found", top);
  }

  // Tables: HTML tables by what they print; text by the part they stand in.
  const events = new Map<TableKey, RowEvent[]>(TABLES.map((t) => [t, []]));
  const lastHtmlTable = new Map<TableKey, number>();
  for (const table of flow.tables) {
    const key = classifyTable(table, ts) ?? partTableAt(headings, table.at);
    if (!key) continue;
    events.get(key)!.push(...htmlRows(table));
    lastHtmlTable.set(key, table.at + 2);
  }
  const notes: { text: string; start: number }[] = [];
  for (const key of TABLES) {
    const range = rangeOf(key);
    if (events.get(key)!.length > 0 || !range) continue;
    const rows = readTextRows(flow.text, range.start, range.end, key, ts);
    events.get(key)!.push(...rows.events);
    if (key === "reviewAndLitigation") notes.push(...rows.notes);
  }

  const cells = new Map<string, CellOutcome>();
  const rowComments = new Map<string, string[]>();
  const comment = (pointer: string, text: string) => rowComments.set(pointer, [...(rowComments.get(pointer) ?? []), text]);
  let tablesFound = 0;
  const tableEnds = new Map<TableKey, number>();
  for (const key of TABLES) {
    const slots = ts.byTable[key];
    const placement = placeRows(events.get(key)!, slots, ts.headerKeys[key], key === "reviewAndLitigation");
    if (placement.units.length > 0) tablesFound++;
    if (placement.tableEnd !== undefined) tableEnds.set(key, placement.tableEnd);
    const readings: UnitReading[] = placement.units.map(readUnit);
    if (key === "applications") settleByColumns(readings, slots);
    const settled = outcomes(readings, (r) => readings.indexOf(r));
    for (const [p, o] of settled) cells.set(p, o);

    for (const u of placement.unplaced) {
      const figures = u.pieces.filter((p) => !p.blank).map((p) => p.digits + (p.unit ?? "") + (p.note ? `（${p.note}）` : ""));
      if (figures.length === 0) continue;
      const dup = u.reason === "row-duplicate";
      diagnostic_(
        u.reason,
        "warning",
        `表${TABLE_NUMBER[key]}：${dup ? `「${u.label}」行重复出现，` : ""}数值 ${figures.join("、")} 无法放入表中任何一行，未导入`,
        `Table ${TABLE_NUMBER[key]}: ${dup ? `row 「${u.label}」 appears twice; ` : ""}figures ${figures.join(", ")} fit no row of the table and were not imported`,
        at(u.pieces[0]?.start ?? u.start),
      );
    }
    for (const r of readings) reportReading(r, key);
    for (const s of slots) {
      if (s.cells.some((p) => cells.has(p))) continue;
      for (const p of s.cells) cells.set(p, { state: "missing" });
      if (placement.units.length > 0 || (key === "applications" && events.get(key)!.length > 0)) {
        diagnostic_("row-missing", "error", `表${TABLE_NUMBER[key]}：没有找到「${s.label}」这一行，单元格留空`, `Table ${TABLE_NUMBER[key]}: row 「${s.label}」 not found; its cells are left empty`, tableAnchor(key), {
          path: s.pointer,
        });
        comment(s.pointer, `导入时未找到此行 / row not found by the import`);
      }
    }
    if (placement.units.length === 0) {
      const range = rangeOf(key);
      diagnostic_("row-missing", "error", `没有找到表${TABLE_NUMBER[key]}`, `Table ${TABLE_NUMBER[key]} not found`, range ? atFlow(range.start) : top, {
        path: `/${key}`,
      });
    }
  }

  // Prose parts.
  const proseOf = (key: string) => {
    const r = rangeOf(key);
    return r ? cleanProse(flow.text.slice(r.start, r.end)) : undefined;
  };
  const first = headings[0]?.start ?? flow.text.length;
  let preamble: string | undefined = dropTitleLines(cleanProse(flow.text.slice(flow.bodyStart, first)));
  let overview = proseOf("overview");
  if (overview === undefined) {
    if (preamble) {
      overview = preamble;
      preamble = undefined;
      diagnostic_("part-inferred", "warning", "没有「一、总体情况」标题：第二部分之前的文字作为总体情况导入", "No heading 「一、总体情况」: the text before part 二 was taken as part 一", top, { path: "/overview" });
    } else missingPart("overview", "一、总体情况");
  }
  let problems = proseOf("problems");
  if (problems === undefined) {
    const four = rangeOf("reviewAndLitigation");
    const after = lastHtmlTable.get("reviewAndLitigation") ?? tableEnds.get("reviewAndLitigation");
    // The rest of the line that ends the table is still table (a closing 「|」).
    const from = after === undefined ? undefined : flow.text.indexOf("\n", after) === -1 ? flow.text.length : flow.text.indexOf("\n", after);
    const tail = four && from !== undefined && from < four.end ? cleanProse(flow.text.slice(from, four.end)) : "";
    if (tail) {
      problems = tail;
      diagnostic_("part-inferred", "warning", "没有「五、存在的主要问题及改进情况」标题：表四之后的文字作为第五部分导入", "No heading for part 五 (problems and improvements): the text after table 4 was taken as part 五", atFlow(after!), { path: "/problems" });
    } else missingPart("problems", "五、存在的主要问题及改进情况");
  }
  const otherMatters = proseOf("otherMatters");
  if (otherMatters === undefined) missingPart("otherMatters", "六、其他需要报告的事项");

  let reviewNote: string | undefined = notes.map((n) => n.text.trim()).filter(Boolean).join(" ") || undefined;
  if (!reviewNote && flow.kind === "html") {
    const r = rangeOf("reviewAndLitigation");
    const m = r ? /(?:^|\n)\s*[注註]\s*[:：]\s*([^\n]+)/.exec(flow.text.slice(r.start, r.end).split(TABLE_MARK).join("")) : null;
    if (m) reviewNote = m[1]!.trim();
  }

  const kinds = new Map<string, CellKind>(cellsOf(template).map((c) => [c.pointer, c.kind]));
  const draft: ReportDraft = {
    template,
    agency,
    year,
    ...(identity?.title ? { title: identity.title } : {}),
    ...(flow.meta.published ? { published: flow.meta.published } : {}),
    ...((options.source ?? flow.meta.url) ? { source: (options.source ?? flow.meta.url)! } : {}),
    ...(preamble ? { preamble } : {}),
    overview: overview ?? "",
    problems: problems ?? "",
    otherMatters: otherMatters ?? "",
    ...(reviewNote ? { reviewNote } : {}),
    cells,
    kinds,
    rowComments,
    ...(options.schema ? { schema: options.schema } : {}),
  };
  let read = 0;
  let uncertain = 0;
  let blanks = 0;
  for (const o of cells.values()) {
    if (o.state === "value") read++;
    else if (o.state === "blank") {
      read++;
      blanks++;
    } else uncertain++;
  }
  return {
    yaml: writeYaml(draft),
    report: reportObject(draft),
    template: templateId,
    diagnostics: diagnostics.sort((a, b) => a.location.offset - b.location.offset),
    summary: { tables: tablesFound, cellsRead: read, cellsUncertain: uncertain, blanks },
  };

  function diagnostic_(...args: Parameters<typeof diagnostic>) {
    diagnostics.push(diagnostic(...args));
  }
  function missingPart(key: string, heading: string) {
    diagnostic_("heading-missing", "error", `没有找到「${heading}」`, `Part 「${heading}」 not found`, top, { path: `/${key}` });
  }
  function tableAnchor(key: TableKey) {
    const r = rangeOf(key);
    return r ? atFlow(r.start) : top;
  }
  function reportReading(r: UnitReading, key: TableKey) {
    const where = at(r.unit.start);
    const rowNames = r.unit.slots.map((s) => s.label).join("」「");
    const pointer = r.unit.slots[0]!.pointer;
    for (const p of r.excess) {
      diagnostic_("value-unplaced", "warning", `表${TABLE_NUMBER[key]}「${rowNames}」：多出的数值 ${p.digits} 未导入`, `Table ${TABLE_NUMBER[key]} 「${rowNames}」: extra figure ${p.digits} not imported`, at(p.start), { path: pointer });
    }
    const read = r.unit.pieces.filter((p) => !p.blank).map((p) => p.digits).join(" ");
    if (r.candidates.length === 0) {
      diagnostic_("cell-uncertain", "error", `表${TABLE_NUMBER[key]}「${rowNames}」：「${read}」无法读成这一行的 ${r.unit.slots.reduce((n, s) => n + s.cells.length, 0)} 个单元格，单元格留空`, `Table ${TABLE_NUMBER[key]} 「${rowNames}」: 「${read}」 cannot be read as the row's cells; left empty`, where, { path: pointer, candidates: [], cells: r.unit.slots.flatMap((s) => s.cells) });
      for (const s of r.unit.slots) rowComments.set(s.pointer, [`导入：「${read}」无法拆分为本行各栏，请按原文填写 / import: cannot split 「${read}」 into this row; fill in from the published report`]);
      return;
    }
    if (r.candidates.length > 1) {
      const shown = r.candidates.slice(0, MAX_CANDIDATES_SHOWN).map(cellTexts);
      const list = shown.map((c) => c.join(", ")).join(" | ") + (r.candidates.length > MAX_CANDIDATES_SHOWN || r.overflow ? " | …" : "");
      diagnostic_(
        "cell-uncertain",
        "warning",
        `表${TABLE_NUMBER[key]}「${rowNames}」：「${read}」有 ${r.overflow ? "很多" : r.candidates.length} 种读法${key === "activeDisclosure" ? "（表二没有勾稽关系可以取舍）" : "都符合勾稽关系"}（${list}），不同之处留空待核`,
        `Table ${TABLE_NUMBER[key]} 「${rowNames}」: 「${read}」 reads ${r.overflow ? "many" : r.candidates.length} ways ${key === "activeDisclosure" ? "(table 2 has no identity to choose between them)" : "that fit every identity"} (${list}); the cells they disagree on are left empty`,
        where,
        { path: pointer, candidates: r.candidates.slice(0, 50).map(cellTexts), cells: r.unit.slots.flatMap((s) => s.cells) },
      );
      let off = 0;
      for (const s of r.unit.slots) {
        const mine = shown.map((c) => c.slice(off, off + s.cells.length).join(", "));
        if (s.cells.some((p) => cells.get(p)?.state === "uncertain")) rowComments.set(s.pointer, [`导入：拆分不确定 / import: uncertain split — ${[...new Set(mine)].join(" | ")}${r.candidates.length > MAX_CANDIDATES_SHOWN ? " | …" : ""}`]);
        off += s.cells.length;
      }
    }
    if (r.identitiesRelaxed && r.candidates.length >= 1) {
      diagnostic_("identities-fail", "info", `表${TABLE_NUMBER[key]}「${rowNames}」：没有一种读法满足本行的合计关系（原表可能本身不平衡）`, `Table ${TABLE_NUMBER[key]} 「${rowNames}」: no reading satisfies the row's total (the published row may not balance)`, where, { path: pointer });
    }
    for (const s of r.unit.slots) {
      s.cells.forEach((p) => {
        const o = cells.get(p);
        if (o?.state === "value" && o.recovered) {
          diagnostic_("cell-recovered", "info", `表${TABLE_NUMBER[key]}「${s.label}」：原文缺失的单元格由勾稽关系补出为 ${o.digits}`, `Table ${TABLE_NUMBER[key]} 「${s.label}」: a cell the source lost was recovered from the identities as ${o.digits}`, where, { path: p });
          comment(s.pointer, `导入：原文缺失的单元格由勾稽关系补出（${o.digits}） / import: a lost cell recovered from the identities (${o.digits})`);
        }
      });
    }
  }
}

function partTableAt(headings: FoundHeading[], at: number): TableKey | undefined {
  let key: string | undefined;
  for (const h of headings) if (h.start <= at) key = h.part.key;
  return TABLES.find((t) => t === key);
}

function reportParseErrors(flow: Flow, diagnostics: ImportDiagnostic[]): void {
  // Word exports trip many harmless parse errors; only the ones that lose content are worth a line each.
  const serious = flow.parseErrors.filter((e) => /^eof-|unexpected-|missing-end-tag|abrupt|cdata/.test(e.code));
  for (const e of serious.slice(0, 5)) {
    diagnostics.push(diagnostic("html-malformed", "warning", `HTML 结构有误（${e.code}），已按浏览器的方式修复`, `Malformed HTML (${e.code}), repaired as a browser would`, flow.locate(e.offset)));
  }
  if (serious.length > 5) {
    diagnostics.push(diagnostic("html-malformed", "info", `另有 ${serious.length - 5} 处 HTML 结构错误`, `${serious.length - 5} more HTML parse errors`, flow.locate(serious[5]!.offset)));
  }
}

function reportObject(d: ReportDraft): Record<string, unknown> {
  const report: Record<string, unknown> = { template: d.template.id, agency: d.agency, year: d.year ?? null };
  if (d.title) report.title = d.title;
  if (d.published) report.published = d.published;
  if (d.source) report.source = d.source;
  // Block scalars end with one line break: the object says what the YAML reads back as.
  const prose = (t: string) => (t ? `${t}\n` : "");
  if (d.preamble) report.preamble = prose(d.preamble);
  report.overview = prose(d.overview);
  const set = (path: (string | number)[], value: unknown) => {
    let o = report as Record<string | number, unknown>;
    for (const k of path.slice(0, -1)) o = (o[k] ??= typeof path[path.indexOf(k) + 1] === "number" ? [] : {}) as Record<string | number, unknown>;
    o[path[path.length - 1]!] = value;
  };
  for (const c of cellsOf(d.template)) set(c.path, cellValue(d.cells.get(c.pointer), c.kind));
  if (d.reviewNote) (report.reviewAndLitigation as Record<string, unknown>).note = d.reviewNote;
  report.problems = prose(d.problems);
  report.otherMatters = prose(d.otherMatters);
  return report;
}

function emptyResult(options: ImportOptions, diagnostics: ImportDiagnostic[]): ImportResult {
  const template = templates[options.template ?? "2021"];
  const draft: ReportDraft = {
    template,
    agency: options.agency ?? "",
    year: options.year,
    overview: "",
    problems: "",
    otherMatters: "",
    cells: new Map(),
    kinds: new Map(cellsOf(template).map((c) => [c.pointer, c.kind])),
    rowComments: new Map(),
  };
  return {
    yaml: writeYaml(draft),
    report: reportObject(draft),
    template: template.id,
    diagnostics,
    summary: { tables: 0, cellsRead: 0, cellsUncertain: cellsOf(template).length, blanks: 0 },
  };
}
