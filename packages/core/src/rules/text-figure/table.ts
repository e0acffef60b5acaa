import { TOTAL_COLUMN, REVIEW_TOTAL_COLUMN } from "../../templates/index.js";
import { importGap } from "../import-marks.js";
import { toPointer } from "../../templates/cell-specs.js";
import type { ApplicationRow, Template, Text } from "../../templates/types.js";
import { identitiesWith } from "../identities.js";
import type { RuleContext } from "../types.js";

/** One table figure a prose figure may stand for: a cell, or a row's total recovered from its other cells. */
export interface Term {
  pointer: string;
  /** Short name for messages: 「予以公开」, "disclosed". */
  name: Text;
  value: number;
  /** The 总计 cell is blank and the value is the sum of the row's other cells (blanks read as 0). */
  derived: boolean;
  /** The whole row is blank: counted as 0, but a reading made only of such rows says nothing. */
  blankRow: boolean;
}

/** One way of reading a prose figure: the sum of its terms. */
export interface Reading {
  /** How the message names this reading: 「新收加上年结转」. */
  name: Text;
  /** 表二 / 表三 / 表四. */
  table: Text;
  terms: Term[];
  value: number;
}

export type TargetId =
  | "newReceived"
  | "carriedOver"
  | "received"
  | "finished"
  | "carriedForward"
  | "granted"
  | "partiallyGranted"
  | "grantedOrPartly"
  | "denied"
  | "unableToProvide"
  | "notProcessed"
  | "otherHandling"
  | "review"
  | "litigation"
  | "normativeIssued"
  | "normativeInForce";

const T3: Text = { zh: "表三", en: "table 3" };
const T4: Text = { zh: "表四", en: "table 4" };
const T2: Text = { zh: "表二", en: "table 2" };

const shortNames = new WeakMap<Text, Text>();

/** shortName, worked out once per template label. */
function shortNameOf(label: Text): Text {
  let name = shortNames.get(label);
  if (!name) shortNames.set(label, (name = shortName(label)));
  return name;
}

/** 「（二）部分公开（区分处理的…）」 → 「部分公开」; "(2) Partly disclosed (count …)" → "Partly disclosed". */
function shortName(label: Text): Text {
  const zh = label.zh
    .replace(/^[一二三四五六七八九十]+、/, "")
    .replace(/^[（(][一二三四五六七八九十]+[）)]/, "")
    .replace(/^\d+[.．]/, "")
    .replace(/[（(].*$/, "")
    .replace(/政府信息公开申请数量$/, "")
    .trim();
  const en = label.en
    .replace(/^\(?\d+[.)]\s*/, "")
    .replace(/\s*\(.*$/, "")
    .trim();
  return { zh, en };
}

/**
 * A row's total as the tables give it: the 总计 cell when it holds a count; when it is blank (010 leaves every
 * result row's 总计 blank), the sum of the row's other cells, blanks read as 0. Undefined when any cell of the row
 * is invalid or missing (their own rules report them): no comparison rather than a guess.
 */
function rowTotal(ctx: RuleContext, pointers: readonly string[], totalColumn: number, name: Text): Term | undefined {
  const pointer = pointers[totalColumn]!;
  const total = ctx.cells.get(pointer);
  if (!total) return undefined;
  if (total.state === "ok") return { pointer, name, value: total.value, derived: false, blankRow: false };
  // A cell the import could not read is unknown, not blank: no sum through it (it would be a 0 the source never printed).
  if (total.state !== "blank" || importGap(ctx, total)) return undefined;
  let sum = 0;
  let any = false;
  for (let c = 0; c < totalColumn; c++) {
    const cell = ctx.cells.get(pointers[c]!);
    if (!cell) return undefined;
    if (cell.state === "ok") {
      sum += cell.value;
      any = true;
    } else if (cell.state !== "blank" || importGap(ctx, cell)) return undefined;
  }
  return { pointer, name, value: sum, derived: any, blankRow: !any };
}

const pointerCache = new Map<string, string[]>();

/** The pointers of a row's cells, columns 0…totalColumn, made once per row (every document asks again). */
function rowPointers(rowPath: readonly string[], totalColumn: number): string[] {
  const key = rowPath.join("\u0000") + "\u0000" + totalColumn;
  let pointers = pointerCache.get(key);
  if (!pointers) {
    pointers = Array.from({ length: totalColumn + 1 }, (_, c) => toPointer([...rowPath, c]));
    pointerCache.set(key, pointers);
  }
  return pointers;
}

/**
 * The cell is in an identity that fails (every cell readable, the sum off). A table figure that does not add up with
 * its neighbours is not a figure to hold the text to: the table rules name the cell (and its likely cause) first, and
 * the text is compared once the table is right. Only the identities of the cells a figure is read from are summed.
 */
function inFailingIdentity(ctx: RuleContext, pointer: string): boolean {
  for (const identity of identitiesWith(ctx.template, pointer)) {
    let sum = 0;
    let readable = true;
    for (const t of identity.terms) {
      const cell = ctx.cells.get(t.pointer);
      if (!cell || cell.state !== "ok") {
        readable = false;
        break;
      }
      sum += t.coef * cell.value;
    }
    if (readable && sum !== 0) return true;
  }
  return false;
}

/** The cells a term's value comes from: the cell, or for a recovered total its whole row. */
function sources(term: Term): string[] {
  if (!term.derived && !term.blankRow) return [term.pointer];
  const row = term.pointer.slice(0, term.pointer.lastIndexOf("/"));
  const last = Number(term.pointer.slice(term.pointer.lastIndexOf("/") + 1));
  return Array.from({ length: last + 1 }, (_, c) => `${row}/${c}`);
}

function cellTerm(ctx: RuleContext, path: (string | number)[], name: Text): Term | undefined {
  const pointer = toPointer(path);
  const cell = ctx.cells.get(pointer);
  if (!cell || cell.state !== "ok") return undefined;
  return { pointer, name, value: cell.value, derived: false, blankRow: false };
}

function reading(name: Text, table: Text, terms: (Term | undefined)[]): Reading | undefined {
  if (terms.length === 0 || terms.some((t) => !t)) return undefined;
  const ok = terms as Term[];
  if (ok.every((t) => t.blankRow)) return undefined;
  return { name, table, terms: ok, value: ok.reduce((s, t) => s + t.value, 0) };
}

const rowsCache = new Map<string, ApplicationRow[]>();

/** The table-3 rows under a key prefix (`results.denied`), looked up once per template. */
function rowsUnder(template: Template, prefix: string): ApplicationRow[] {
  const key = `${template.id} ${prefix}`;
  let rows = rowsCache.get(key);
  if (!rows) {
    rows = template.applicationRows.filter((r) => r.path.join(".") === prefix || r.path.join(".").startsWith(prefix + "."));
    rowsCache.set(key, rows);
  }
  return rows;
}

const applicationPointers = new WeakMap<ApplicationRow, string[]>();

function applicationRowPointers(row: ApplicationRow): string[] {
  let pointers = applicationPointers.get(row);
  if (!pointers) applicationPointers.set(row, (pointers = rowPointers(["applications", ...row.path], TOTAL_COLUMN)));
  return pointers;
}

function applicationRow(ctx: RuleContext, prefix: string): Term[] | undefined {
  const rows = rowsUnder(ctx.template, prefix);
  if (rows.length === 0) return undefined;
  const terms = rows.map((r) => rowTotal(ctx, applicationRowPointers(r), TOTAL_COLUMN, shortNameOf(r.label)));
  return terms.some((t) => !t) ? undefined : (terms as Term[]);
}

function single(ctx: RuleContext, prefix: string): Term | undefined {
  const terms = applicationRow(ctx, prefix);
  return terms && terms.length === 1 ? terms[0] : undefined;
}

function reviewTotal(ctx: RuleContext, key: string, name: Text): Term | undefined {
  return rowTotal(ctx, rowPointers(["reviewAndLitigation", key], REVIEW_TOTAL_COLUMN), REVIEW_TOTAL_COLUMN, name);
}

function bi(zh: string, en: string): Text {
  return { zh, en };
}

/** Every reading of a target, in the order the message lists them; readings the tables cannot give are left out. */
export function readings(ctx: RuleContext, target: TargetId): Reading[] {
  const t: Template = ctx.template;
  const out: (Reading | undefined)[] = [];
  const group = (prefix: string, name: Text) => out.push(reading(name, T3, applicationRow(ctx, prefix) ?? [undefined]));
  switch (target) {
    case "newReceived":
      out.push(reading(bi("本年新收", "new this year"), T3, [single(ctx, "newReceived")]));
      break;
    case "carriedOver":
      out.push(reading(bi("上年结转", "carried over from last year"), T3, [single(ctx, "carriedOver")]));
      break;
    case "received":
      // 「收到」「受理」: some reports mean 新收, others 新收 + 上年结转 (FORMAT.md).
      out.push(reading(bi("本年新收", "new this year"), T3, [single(ctx, "newReceived")]));
      out.push(reading(bi("新收加上年结转", "new plus carried over"), T3, [single(ctx, "newReceived"), single(ctx, "carriedOver")]));
      break;
    case "finished":
      out.push(reading(bi("办理结果总计", "results total"), T3, [single(ctx, "results.total")]));
      break;
    case "carriedForward":
      out.push(reading(bi("结转下年度继续办理", "carried forward"), T3, [single(ctx, "carriedForward")]));
      break;
    case "granted":
      out.push(reading(bi("予以公开", "disclosed"), T3, [single(ctx, "results.granted")]));
      break;
    case "partiallyGranted":
      out.push(reading(bi("部分公开", "partly disclosed"), T3, [single(ctx, "results.partiallyGranted")]));
      break;
    case "grantedOrPartly":
      out.push(reading(bi("予以公开及部分公开", "disclosed and partly disclosed"), T3, [single(ctx, "results.granted"), single(ctx, "results.partiallyGranted")]));
      break;
    case "denied":
      group("results.denied", bi("不予公开", "not disclosed"));
      break;
    case "unableToProvide":
      group("results.unableToProvide", bi("无法提供", "cannot be provided"));
      break;
    case "notProcessed":
      group("results.notProcessed", bi("不予处理", "not processed"));
      break;
    case "otherHandling":
      group("results.otherHandling", bi("其他处理", "other handling"));
      break;
    case "review":
      out.push(reading(bi("行政复议总计", "reconsideration total"), T4, [reviewTotal(ctx, "review", bi("行政复议", "reconsideration"))]));
      break;
    case "litigation":
      out.push(
        reading(bi("行政诉讼", "lawsuits"), T4, [
          reviewTotal(ctx, "litigationDirect", bi("未经复议直接起诉", "sued directly")),
          reviewTotal(ctx, "litigationAfterReview", bi("复议后起诉", "sued after reconsideration")),
        ]),
      );
      break;
    case "normativeIssued": {
      const column = t.id === "2019" ? "newlyMade" : "issued";
      const name = t.id === "2019" ? bi("规范性文件本年新制作数量", "normative documents newly made") : bi("行政规范性文件本年制发件数", "normative documents issued this year");
      out.push(reading(name, T2, [cellTerm(ctx, ["activeDisclosure", "normativeDocuments", column], name)]));
      break;
    }
    case "normativeInForce": {
      const column = t.id === "2019" ? "totalPublished" : "inForce";
      const name = t.id === "2019" ? bi("规范性文件对外公开总数量", "normative documents published in total") : bi("行政规范性文件现行有效件数", "normative documents in force");
      out.push(reading(name, T2, [cellTerm(ctx, ["activeDisclosure", "normativeDocuments", column], name)]));
      break;
    }
  }
  // A reading the tables cannot give (a cell invalid or missing) could be the one the text means: compare nothing.
  if (out.some((r) => r === undefined)) return [];
  const ok = out as Reading[];
  return ok.some((r) => r.terms.some((t) => sources(t).some((p) => inFailingIdentity(ctx, p)))) ? [] : ok;
}
