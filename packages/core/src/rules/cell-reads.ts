import type { CellKind } from "../templates/types.js";
import type { CellSpec } from "../templates/cell-specs.js";
import { child, nodeAt, pairOf, type TNode, type TScalar } from "../yaml/tree.js";
import type { Text } from "../templates/types.js";

/**
 * One cell as written, judged against its kind.
 * ok: a usable value; blank: written as blank/「/」/「—」; invalid: wrong kind of value; missing: no node at all.
 */
export type CellRead =
  | { spec: CellSpec; state: "ok"; node: TScalar; value: number; decimal?: string; note?: string }
  | { spec: CellSpec; state: "blank"; node: TNode; note?: string }
  | { spec: CellSpec; state: "invalid"; node: TNode; problem: Text; suggestion?: { text: string; safe: boolean } }
  | { spec: CellSpec; state: "missing" };

/** Written in cells to mean "nothing": blank is not zero. */
const BLANK_MARKS = new Set(["", "/", "／", "-", "－", "—", "——", "–", "－－", "无", "空"]);

const FULL_WIDTH_DIGITS = /[０-９]/g;

export function normaliseDigits(s: string): string {
  return s.replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[，,]/g, "");
}

const PLAIN_INT = /^[+-]?\d+$/;
const PLAIN_DECIMAL = /^\d+(\.\d+)?$/;
/** 「55（含自然失效29件）」: a number with a note beside it; the note is split off by `noteOf`. */
const WITH_NOTE = /^\s*([+-]?\d+(?:\.\d+)?)\s*[（(]([^]*)[）)]\s*$/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * The number and the note of 「55（含…）」, as `\s*(.+?)\s*` between the brackets read it — done by hand, since that
 * pattern shared the blanks of a long cell out between its parts in every way (seconds for 20,000 characters).
 */
function withNote(s: string): [whole: string, value: string, note: string] | undefined {
  const m = WITH_NOTE.exec(s);
  if (!m) return undefined;
  const inner = m[2]!;
  const rest = inner.trimStart();
  if (rest !== "") {
    const note = rest.trimEnd();
    return LINE_BREAK.test(note) ? undefined : [m[0], m[1]!, note];
  }
  // Only blanks: the pattern kept the last one that is not a line break.
  for (let i = inner.length - 1; i >= 0; i--) if (!LINE_BREAK.test(inner[i]!)) return [m[0], m[1]!, inner[i]!];
  return undefined;
}

function bi(zh: string, en: string): Text {
  return { zh, en };
}

/** The value node of a cell: the scalar itself, or `value:` of a `{ value, note }` mapping. */
export function cellValueNode(node: TNode | undefined): TNode | undefined {
  if (node && node.kind === "map") {
    const value = pairOf(node, "value");
    return value?.value;
  }
  return node;
}

export function readCell(root: TNode, spec: CellSpec): CellRead {
  return readCellNode(nodeAt(root, spec.path), spec);
}

/**
 * Every cell of the template, by pointer. The cells of a row share all but the last step of their path, so the
 * row is looked up once, not once per cell: the same nodes `readCell` finds, for every document checked.
 */
export function readCells(root: TNode, specs: readonly CellSpec[]): ReadonlyMap<string, CellRead> {
  const reads: CellRead[] = new Array(specs.length);
  let parentPath: readonly (string | number)[] | undefined;
  let parent: TNode | undefined;
  for (let c = 0; c < specs.length; c++) {
    const spec = specs[c]!;
    const path = spec.path;
    if (!parentPath || !samePrefix(parentPath, path)) {
      parentPath = path;
      parent = root;
      for (let i = 0; i < path.length - 1 && parent; i++) parent = child(parent, path[i]!);
    }
    // A cell's path names at least its part and its row: it has a parent.
    reads[c] = readCellNode(child(parent, path[path.length - 1]!), spec);
  }
  return new CellTable(pointerIndex(specs), reads);
}

const indexes = new WeakMap<readonly CellSpec[], Map<string, number>>();

/** Where each pointer's cell is in `specs` (a template's cells have distinct pointers), made once per template. */
function pointerIndex(specs: readonly CellSpec[]): Map<string, number> {
  let index = indexes.get(specs);
  if (!index) {
    index = new Map(specs.map((spec, i) => [spec.pointer, i]));
    if (index.size !== specs.length) throw new Error("two template cells share a pointer");
    indexes.set(specs, index);
  }
  return index;
}

/**
 * A document's cells by pointer, in template order: the template's pointer index (made once) over this document's
 * reads, so checking a document builds no hash table of its own.
 */
class CellTable implements ReadonlyMap<string, CellRead> {
  constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly reads: readonly CellRead[],
  ) {}

  get size(): number {
    return this.reads.length;
  }

  get(pointer: string): CellRead | undefined {
    const i = this.index.get(pointer);
    return i === undefined ? undefined : this.reads[i];
  }

  has(pointer: string): boolean {
    return this.index.has(pointer);
  }

  keys(): MapIterator<string> {
    return this.index.keys();
  }

  values(): ArrayIterator<CellRead> {
    return this.reads.values();
  }

  *entries(): MapIterator<[string, CellRead]> {
    let i = 0;
    for (const pointer of this.index.keys()) yield [pointer, this.reads[i++]!];
  }

  [Symbol.iterator](): MapIterator<[string, CellRead]> {
    return this.entries();
  }

  forEach(callback: (value: CellRead, key: string, map: ReadonlyMap<string, CellRead>) => void, thisArg?: unknown): void {
    let i = 0;
    for (const pointer of this.index.keys()) callback.call(thisArg, this.reads[i++]!, pointer, this);
  }
}

/** Both paths have the same length and agree on all but the last segment. */
function samePrefix(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length - 1; i++) if (a[i] !== b[i]) return false;
  return true;
}

function readCellNode(raw: TNode | undefined, spec: CellSpec): CellRead {
  if (!raw) return { spec, state: "missing" };
  const node = cellValueNode(raw);
  if (!node) return { spec, state: "invalid", node: raw, problem: bi("缺少 value", "missing `value`") };
  if (raw.kind === "map") {
    const stray = raw.pairs.find((p) => p.key !== "value" && p.key !== "note");
    if (stray) return { spec, state: "invalid", node: raw, problem: bi(`单元格只能有 value 和 note，不能有「${stray.key}」`, `a cell has only value and note, not “${stray.key}”`) };
    const note = pairOf(raw, "note")?.value;
    if (note && !(note.kind === "scalar" && (typeof note.value === "string" || typeof note.value === "number"))) {
      return { spec, state: "invalid", node: raw, problem: bi("note 应为文本", "note must be text") };
    }
  }
  if (node.kind !== "scalar") return { spec, state: "invalid", node, problem: bi("不是数值", "not a number") };
  const read = judge(spec, node, spec.kind);
  // `{ value, note }`: the note goes with a usable or blank value (a presenter prints 「55（含…）」).
  const note = raw.kind === "map" ? pairOf(raw, "note")?.value : undefined;
  if (note?.kind === "scalar" && note.value !== null && (read.state === "ok" || read.state === "blank")) return { ...read, note: String(note.value) };
  return read;
}

function plainDigits(s: string): boolean {
  if (s.length === 0 || s.length > 15) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function judge(spec: CellSpec, node: TScalar, kind: CellKind): CellRead {
  const v = node.value;
  // The common case, a count written as plain digits, without a regex or a trimmed copy.
  if (typeof v === "number" && (kind === "count" || kind === "signedCount") && plainDigits(node.source)) return { spec, state: "ok", node, value: v };
  if (v === null || (typeof v === "string" && BLANK_MARKS.has(v.trim()))) return { spec, state: "blank", node };
  if (kind === "amountText") {
    if (typeof v === "string" || typeof v === "number") return { spec, state: "ok", node, value: Number.NaN, decimal: node.source };
    return { spec, state: "invalid", node, problem: bi("应为金额（可带单位）", "should be an amount, unit allowed") };
  }
  if (typeof v === "number") return judgeNumber(spec, node, v, kind);
  if (typeof v === "string") {
    const text = normaliseDigits(v.trim());
    if (kind === "wanYuan" ? PLAIN_DECIMAL.test(text) : PLAIN_INT.test(text)) {
      const value = Number(text);
      const ok = judgeNumber(spec, { ...node, source: text }, value, kind);
      if (ok.state !== "ok") return ok;
      return {
        spec,
        state: "invalid",
        node,
        problem: v === text ? bi(`数值写成了文本 "${v}"`, `a number written as text "${v}"`) : bi(`全角或带分隔符的数字「${v}」`, `full-width or separated digits 「${v}」`),
        suggestion: { text: String(ok.decimal ?? ok.value), safe: true },
      };
    }
    const noted = withNote(normaliseDigits(v));
    if (noted) {
      return {
        spec,
        state: "invalid",
        node,
        problem: bi(`数值与注释写在一起「${v}」`, `a number and a note in one text 「${v}」`),
        suggestion: { text: `{ value: ${noted[1]}, note: ${JSON.stringify(noted[2])} }`, safe: true },
      };
    }
    return { spec, state: "invalid", node, problem: bi(`不是数值「${v}」`, `not a number 「${v}」`) };
  }
  return { spec, state: "invalid", node, problem: bi(`不是数值 ${node.source}`, `not a number: ${node.source}`) };
}

function judgeNumber(spec: CellSpec, node: TScalar, v: number, kind: CellKind): CellRead {
  if (!Number.isFinite(v)) return { spec, state: "invalid", node, problem: bi(`不是有限数值 ${node.source}`, `not a finite number: ${node.source}`) };
  const source = node.source.trim();
  if (kind === "wanYuan") {
    if (v < 0) return { spec, state: "invalid", node, problem: bi(`金额为负数 ${source}`, `negative amount ${source}`) };
    if (!PLAIN_DECIMAL.test(source)) {
      return { spec, state: "invalid", node, problem: bi(`金额应写成普通小数，而不是 ${source}`, `write the amount as a plain decimal, not ${source}`) };
    }
    return { spec, state: "ok", node, value: v, decimal: source };
  }
  if (!Number.isInteger(v)) return { spec, state: "invalid", node, problem: bi(`件数应为整数，而不是 ${source}`, `a count must be a whole number, not ${source}`) };
  if (!Number.isSafeInteger(v)) return { spec, state: "invalid", node, problem: bi(`数值过大 ${source}`, `number too large: ${source}`) };
  if (kind === "count" && v < 0) return { spec, state: "invalid", node, problem: bi(`件数不能为负数 ${source}`, `a count cannot be negative: ${source}`) };
  if (!PLAIN_INT.test(source)) {
    // 0x10, 1e3, 0o7: the value is exact but nobody reads it as a count.
    return {
      spec,
      state: "invalid",
      node,
      problem: bi(`应写成普通整数，而不是 ${source}`, `write a plain whole number, not ${source}`),
      suggestion: { text: String(v), safe: true },
    };
  }
  return { spec, state: "ok", node, value: v };
}
