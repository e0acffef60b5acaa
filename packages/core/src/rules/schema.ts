import { fromPointer, toPointer } from "../templates/cell-specs.js";
import { parts } from "../templates/index.js";
import { validateReport, type ErrorObject } from "../schema/validator.js";
import { nodeAt, pairOf, type TNode } from "../yaml/tree.js";
import { rowName } from "./labels.js";
import { closest } from "./suggest.js";
import type { DraftFix, Rule, RuleContext } from "./types.js";

const partKeys = new Set<string>(parts.map((p) => p.key));
const ROW_LENGTH = new Set(["minItems", "maxItems", "additionalItems"]);

const kindNames: Record<string, { zh: string; en: string }> = {
  object: { zh: "映射（键: 值）", en: "a mapping (key: value)" },
  array: { zh: "数组（一行数字）", en: "a list (a row of figures)" },
  string: { zh: "文本", en: "text" },
  integer: { zh: "整数", en: "a whole number" },
  number: { zh: "数值", en: "a number" },
};

function nodeKind(node: TNode): { zh: string; en: string } {
  if (node.kind === "map") return kindNames.object!;
  if (node.kind === "seq") return kindNames.array!;
  if (node.value === null) return { zh: "空", en: "nothing" };
  return typeof node.value === "number" ? kindNames.number! : typeof node.value === "string" ? kindNames.string! : { zh: String(node.value), en: String(node.value) };
}

/** Errors another rule reports better: cells (cell-value, cell-blank), parts (section-missing), `if` bookkeeping. */
function ownedElsewhere(ctx: RuleContext, e: ErrorObject): boolean {
  if (e.keyword === "if") return true;
  const path = e.instancePath;
  for (const pointer of ctx.cells.keys()) if (path === pointer || path.startsWith(pointer + "/")) return true;
  const segments = fromPointer(path);
  if (path === "" && e.keyword === "required" && partKeys.has((e.params as { missingProperty: string }).missingProperty)) return true;
  if (segments.length === 1 && partKeys.has(segments[0]!)) {
    const node = nodeAt(ctx.root, segments);
    if (e.keyword === "minLength" || (node?.kind === "scalar" && node.value === null)) return true;
  }
  return false;
}

/**
 * What the validator reads: toPlain's value, with mappings as ordinary (fast) objects whose prototype is an empty
 * object with no prototype, rather than `Object.create(null)` dictionaries. The validator only reads own keys
 * (`data.key`, `for…in`), which are the same either way, and `__proto__` is still just a key (nothing on the chain
 * defines it); building and reading a dictionary per mapping cost more than the validation.
 */
function plainForSchema(node: TNode): unknown {
  switch (node.kind) {
    case "scalar":
      return node.value;
    case "seq": {
      const out = new Array<unknown>(node.items.length);
      for (let i = 0; i < node.items.length; i++) out[i] = plainForSchema(node.items[i]!);
      return out;
    }
    case "map": {
      const out = new (PlainMapping as unknown as new () => Record<string, unknown>)();
      for (let i = 0; i < node.pairs.length; i++) {
        const p = node.pairs[i]!;
        out[p.key] = plainForSchema(p.value);
      }
      return out;
    }
  }
}

function PlainMapping(): void {}
PlainMapping.prototype = Object.create(null);

export const schemaRule: Rule = {
  meta: {
    id: "schema",
    defaultSeverity: "error",
    title: { zh: "文档结构符合格式", en: "Document structure fits the schema" },
    description: {
      zh: "文档结构必须符合 OGI Report 的 JSON Schema：只用已知的键，节点类型正确（映射、数组、文本），每行数字个数与表格栏数相同。单元格的数值问题见 cell-value、cell-blank；缺少部分见 section-missing。",
      en: "The document must fit the OGI Report JSON Schema: known keys only, the right kind of node (mapping, list, text), rows as long as the printed table. Cell values are cell-value and cell-blank; missing parts are section-missing.",
    },
    basis: { zh: "OGI Report 报告格式（packages/core/schema/ogi-report.schema.json），依国家格式生成。", en: "The OGI Report schema, generated from the national templates." },
    fixable: true,
    scope: "document",
  },
  check(ctx) {
    const errors = validateReport(plainForSchema(ctx.root));
    const seen = new Set<string>();
    for (const e of errors) {
      if (ownedElsewhere(ctx, e)) continue;
      // A row with a figure too many breaks both maxItems and additionalItems: one finding says it.
      const keyword = ROW_LENGTH.has(e.keyword) ? "row-length" : e.keyword;
      const key = `${e.instancePath}|${keyword}|${JSON.stringify(e.params)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report(ctx, e);
    }
  },
};

function report(ctx: RuleContext, e: ErrorObject): void {
  const at = e.instancePath;
  const where = at === "" ? { zh: "文档顶层", en: "the top level" } : { zh: at, en: at };
  const node = nodeAt(ctx.root, fromPointer(at));
  switch (e.keyword) {
    case "additionalProperties": {
      const name = (e.params as { additionalProperty: string }).additionalProperty;
      // The validator is compiled with `verbose`: every error carries its schema.
      const allowed = Object.keys(((e.parentSchema as { properties?: object }).properties ?? {}) as object);
      const suggestion = closest(name, allowed);
      const path = toPointer([...fromPointer(at), name]);
      const pair = node?.kind === "map" ? pairOf(node, name) : undefined;
      const fixes: DraftFix[] = suggestion && pair
        ? [{ title: { zh: `改为 ${suggestion}`, en: `Rename to ${suggestion}` }, safe: false, edits: [{ start: pair.keyStart, end: pair.keyEnd, newText: suggestion }] }]
        : [];
      ctx.report({
        path,
        ...(pair ? { at: { start: pair.keyStart, end: pair.keyEnd } } : {}),
        message: {
          zh: `${where.zh} 下不认识的键「${name}」${suggestion ? `，是否应为「${suggestion}」？` : ""}`,
          en: `Unknown key “${name}” in ${where.en}${suggestion ? `; did you mean “${suggestion}”?` : ""}`,
        },
        actual: name,
        ...(suggestion ? { expected: suggestion } : {}),
        fixes,
      });
      return;
    }
    case "required": {
      const name = (e.params as { missingProperty: string }).missingProperty;
      ctx.report({
        path: toPointer([...fromPointer(at), name]),
        message: { zh: `${where.zh} 缺少「${name}」`, en: `Missing “${name}” in ${where.en}` },
      });
      return;
    }
    case "type": {
      const expected = String((e.params as { type: string }).type).split(",")[0]!;
      const want = kindNames[expected] ?? { zh: expected, en: expected };
      // An error's instancePath is a node of the tree the validator was given.
      const got = nodeKind(node!);
      const fixes: DraftFix[] = [];
      if (at === "/template" && node?.kind === "scalar" && typeof node.value === "number") {
        fixes.push({ title: { zh: `加引号："${node.source}"`, en: `Quote it: "${node.source}"` }, safe: true, edits: [{ start: node.start, end: node.end, newText: `"${node.source}"` }] });
      }
      ctx.report({
        path: at,
        message: { zh: `${where.zh} 应为${want.zh}，这里是${got.zh}`, en: `${where.en} should be ${want.en}, not ${got.en}` },
        expected,
        fixes,
      });
      return;
    }
    case "minItems":
    case "maxItems":
    case "additionalItems": {
      const limit = (e.params as { limit: number }).limit;
      const count = node?.kind === "seq" ? node.items.length : 0;
      // The row as the printed table labels it: its first cell knows (the schema the rule runs has no titles).
      const spec = ctx.cells.get(`${at}/0`)?.spec;
      const row = spec ? rowName(spec) : { zh: `「${at}」`, en: `“${at}”` };
      ctx.report({
        path: at,
        message: {
          zh: `${row.zh}这一行有 ${count} 个数，表格有 ${limit} 栏`,
          en: `Row ${row.en} has ${count} figures; the table has ${limit} columns`,
        },
        expected: limit,
        actual: count,
      });
      return;
    }
    case "enum": {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(" / ");
      ctx.report({
        path: at,
        message: { zh: `${where.zh} 只能是 ${allowed}`, en: `${where.en} must be one of ${allowed}` },
        expected: allowed,
        actual: node?.kind === "scalar" ? node.source : null,
      });
      return;
    }
    default:
      ctx.report({
        path: at,
        // ajv words every error (its `messages` option is on).
        message: { zh: `${where.zh}：不符合格式（${e.keyword}: ${e.message!}）`, en: `${where.en}: ${e.message!}` },
      });
  }
}
