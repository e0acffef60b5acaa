import type { LineIndex } from "./positions.js";
import { isRuleId } from "./rules/index.js";
import { locate } from "./rules/locate.js";
import type { Draft, DraftFix } from "./rules/types.js";
import type { Text } from "./templates/types.js";
import type { TMap, TNode } from "./yaml/tree.js";

/** `# ogi-disable-next-line t3-balance, t4-total -- 更正说明见……`: silences those rules on the next line. */
export interface Directive {
  line: number;
  start: number;
  end: number;
  rules: DirectiveRule[];
  reason: string;
  used: Set<string>;
}

/** One rule id of a directive, and where it is written (offsets into the text). */
export interface DirectiveRule {
  id: string;
  start: number;
  end: number;
}

/**
 * Rules no comment can silence, and why (the finding on such a comment and the rule's page say it): a syntax
 * problem (a duplicate key, a YAML 1.1 directive) changes what every other YAML reader reads, so a report must not
 * pass with one; a suppression comment's own problem is mended in the comment, or one comment would excuse another.
 */
export const UNSUPPRESSIBLE: ReadonlyMap<string, Text> = new Map([
  ["yaml-syntax", { zh: "它会改变其他 YAML 读取器读到的内容", en: "they change what other YAML readers read" }],
  ["suppression", { zh: "禁用注释自身的问题应在该注释中改正，不能用另一条注释关闭", en: "a suppression comment's own problem is mended in that comment, not silenced by another" }],
]);

const DIRECTIVE = /^(\s*#\s*ogi-disable-next-line\b)(.*)$/;

/** The directives written as real comments: a `#` line inside a block or quoted scalar is prose, not a comment. */
export function parseDirectives(lines: LineIndex, root: TNode | undefined): Directive[] {
  const out: Directive[] = [];
  const text = lines.text;
  if (!text.includes("ogi-disable")) return out;
  for (let line = 0; line < lines.lineCount; line++) {
    const content = lines.lineText(line);
    const m = DIRECTIVE.exec(content);
    if (!m) continue;
    const lineStart = lines.lineStart(line);
    if (root && insideScalar(root, lineStart)) continue;
    const [rulesPart = "", ...reasonParts] = m[2]!.split(/\s--(?:\s|$)/);
    const rulesAt = lineStart + m[1]!.length;
    const rules = [...rulesPart.matchAll(/[^,\s]+/g)].map((r) => ({ id: r[0], start: rulesAt + r.index, end: rulesAt + r.index + r[0].length }));
    out.push({ line, start: lineStart + content.indexOf("#"), end: lineStart + content.length, rules, reason: reasonParts.join(" -- ").trim(), used: new Set() });
  }
  return out;
}

/** Whether `offset` (a line's start) is inside a scalar that began on an earlier line: a block or a quoted string. */
export function insideScalar(node: TNode, offset: number): boolean {
  if (offset < node.start || offset >= node.end) return false;
  if (node.kind === "scalar") return node.start < offset;
  if (node.kind === "map") return node.pairs.some((p) => insideScalar(p.value, offset));
  return node.items.some((item) => insideScalar(item, offset));
}

/** The drafts no directive silences, and the directives' own findings (unknown, unused, unreasoned, not allowed). */
export function applySuppressions(drafts: Draft[], lines: LineIndex, root: TMap | undefined, text: string): Draft[] {
  const directives = parseDirectives(lines, root);
  if (directives.length === 0) return drafts;
  const out: Draft[] = [];
  const byLine = new Map(directives.map((d) => [d.line + 1, d]));
  for (const d of drafts) {
    const span = d.at ?? (root ? locate(root, d.path, text) : { start: 0, end: 0 });
    const directive = byLine.get(lines.position(span.start).line);
    if (directive && directive.reason && !UNSUPPRESSIBLE.has(d.ruleId) && directive.rules.some((r) => r.id === d.ruleId)) {
      directive.used.add(d.ruleId);
      continue;
    }
    out.push(d);
  }
  for (const directive of directives) out.push(...directiveFindings(directive, lines, text, !!root));
  return out;
}

/** What is wrong with one directive. Unused rules are only known when the rules ran (the YAML could be read). */
function directiveFindings(directive: Directive, lines: LineIndex, text: string, rulesRan: boolean): Draft[] {
  const out: Draft[] = [];
  const at = { start: directive.start, end: directive.end };
  const unused = directive.rules.filter((r) => isRuleId(r.id) && (UNSUPPRESSIBLE.has(r.id) || (rulesRan && directive.reason && !directive.used.has(r.id))));
  // Every rule of it unused: the whole comment line goes; else only the unused ids, and the reason stays.
  const wholeLine = unused.length === directive.rules.length;
  for (const rule of directive.rules) {
    if (!isRuleId(rule.id)) {
      out.push({ ruleId: "suppression", path: "", at, message: { zh: `禁用注释中的规则「${rule.id}」不存在`, en: `Unknown rule “${rule.id}” in a suppression comment` } });
      continue;
    }
    if (!unused.includes(rule)) continue;
    const fix: DraftFix = {
      title: wholeLine ? { zh: "删除此禁用注释", en: "Remove this suppression" } : { zh: `从禁用注释中删除「${rule.id}」`, en: `Remove “${rule.id}” from this suppression` },
      safe: true,
      edits: [wholeLine ? lineRemoval(directive, lines, text) : ruleRemoval(directive, rule)],
    };
    const why = UNSUPPRESSIBLE.get(rule.id);
    const message = why
      ? { zh: `「${rule.id}」的问题不能用注释关闭：${why.zh}`, en: `“${rule.id}” findings cannot be suppressed: ${why.en}` }
      : { zh: `未使用的禁用注释：下一行没有「${rule.id}」的问题`, en: `Unused suppression: no “${rule.id}” finding on the next line` };
    out.push({ ruleId: "suppression", path: "", at, message, fixes: [fix] });
  }
  if (!directive.reason) {
    out.push({
      ruleId: "suppression",
      path: "",
      at,
      message: { zh: "禁用注释必须写明理由：# ogi-disable-next-line <规则> -- <理由>", en: "A suppression needs a reason: # ogi-disable-next-line <rule> -- <reason>" },
    });
  }
  return out;
}

function lineRemoval(directive: Directive, lines: LineIndex, text: string) {
  return { start: lines.lineStart(directive.line), end: Math.min(text.length, lines.lineStart(directive.line + 1)), newText: "" };
}

/** One rule id and the separator that joins it to the next (or, for the last, to the one before). */
function ruleRemoval(directive: Directive, rule: DirectiveRule) {
  const i = directive.rules.indexOf(rule);
  const next = directive.rules[i + 1];
  if (next) return { start: rule.start, end: next.start, newText: "" };
  return { start: directive.rules[i - 1]!.end, end: rule.end, newText: "" };
}
