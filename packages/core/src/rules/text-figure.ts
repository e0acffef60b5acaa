import { placeholderNames, resolveReference } from "../placeholders.js";
import type { Text } from "../templates/types.js";
import type { TScalar } from "../yaml/tree.js";
import { cellName } from "./labels.js";
import { sourceSpan, valueSpan } from "./text-figure/normalise.js";
import type { PhraseMatch } from "./text-figure/phrases.js";
import { readProse } from "./text-figure/prose-memo.js";
import { readings, type Reading, type Term } from "./text-figure/table.js";
import type { DraftFix, DraftRelated, Rule, RuleContext } from "./types.js";

export const textFigure: Rule = {
  meta: {
    id: "text-figure",
    defaultSeverity: "warning",
    title: { zh: "正文数字与表格一致", en: "Figures in the text agree with the tables" },
    description: {
      zh:
        "正文（引言、总体情况、存在的主要问题、其他需要报告的事项）中手写的数字与表格核对：新收、上年结转、收到/受理（按新收或新收加上年结转两种口径，任一相符即可）、办结、结转下年度、予以公开、部分公开、不予公开、无法提供、不予处理、其他处理、行政复议、行政诉讼、制发和现行有效的行政规范性文件。" +
        "日期、百分比、信息处理费金额以及条、篇、次等其他事项的数字不核对。可用占位符（如 {{applications.newReceived.total}}）代替手写数字，使其始终与表格一致。",
      en:
        "Hand-typed figures in the prose (preamble, overview, problems, other matters) are compared with the tables: new applications, carried over, received (read either as new or as new plus carried over; either agreeing is enough), finished, carried forward, disclosed, partly disclosed, not disclosed, cannot be provided, not processed, other handling, reconsiderations, lawsuits, normative documents issued and in force. " +
        "Dates, percentages, information-processing fees and counts of other things (条, 篇, 次) are not compared. A placeholder such as {{applications.newReceived.total}} instead of a typed figure keeps it in step with the table.",
    },
    basis: {
      zh: "《中华人民共和国政府信息公开条例》第五十条；年度报告的文字部分与表格反映同一年度的同一工作，数字应当一致。",
      en: "Art. 50 of the Regulations: the text and the tables report the same year's work, so their figures must agree.",
    },
    fixable: true,
    scope: "document",
  },
  check(ctx) {
    const year = ctx.model.year?.value;
    for (const part of ctx.model.parts) checkProse(ctx, part.path, part.node, part.value, year);
  },
};

function checkProse(ctx: RuleContext, path: string, node: TScalar, value: string, year: number | undefined): void {
  const { normalised: n, matches } = readProse(value, year);
  const cache = new Map<string, Reading[]>();
  for (const match of matches) {
    const target = match.phrase.target;
    let rs = cache.get(target);
    if (!rs) cache.set(target, (rs = readings(ctx, target)));
    if (rs.length === 0 || rs.some((r) => r.value === match.figure)) continue;
    const inValue = valueSpan(n, match.figureStart, match.figureEnd);
    // Where the figure is in the YAML text; if it cannot be told exactly (escapes), the whole part, and no fix.
    const span = sourceSpan(node, ctx.text, value, inValue.start, inValue.end);
    report(ctx, path, node, match, rs, span ?? { start: node.start, end: node.end }, span !== undefined);
  }
}

function report(ctx: RuleContext, path: string, node: TScalar, match: PhraseMatch, rs: Reading[], at: { start: number; end: number }, exact: boolean): void {
  const closest = [...rs].sort((a, b) => Math.abs(a.value - match.figure) - Math.abs(b.value - match.figure))[0]!;
  const table = rs[0]!.table;
  const described = rs.map((r) => describe(r));
  const notes = explain(match, rs);
  ctx.report({
    path,
    at,
    message: {
      zh: `正文“${match.quote}”与${table.zh}不符：${described.map((d) => d.zh).join("；")}${notes.zh}`,
      en: `The text says “${match.quote}” (${match.figure}), but ${table.en} gives ${described.map((d) => d.en).join("; ")}${notes.en}`,
    },
    expected: closest.value,
    actual: match.figure,
    related: related(ctx, rs),
    fixes: exact ? fixes(ctx, node, at, rs, closest) : [],
  });
}

/** 「予以公开及部分公开 275 件（予以公开 272 + 部分公开 3）」; a long group shows its non-zero items. */
function describe(r: Reading): Text {
  if (r.terms.length === 1) return { zh: `${r.name.zh} ${r.value} 件`, en: `${r.name.en} ${r.value}` };
  const shown = r.terms.length > 4 ? r.terms.filter((t) => t.value !== 0) : r.terms;
  const rest = shown.length < r.terms.length;
  const zh = shown.length ? shown.map((t) => `${t.name.zh} ${t.value}`).join(" + ") + (rest ? "，其余为 0" : "") : "各项均为 0";
  const en = shown.length ? shown.map((t) => `${t.name.en} ${t.value}`).join(" + ") + (rest ? ", the rest 0" : "") : "every item 0";
  return { zh: `${r.name.zh} ${r.value} 件（${zh}）`, en: `${r.name.en} ${r.value} (${en})` };
}

/** What helps the author find the slip: a blank 总计 that was summed, a figure that is one item of a group. */
function explain(match: PhraseMatch, rs: Reading[]): Text {
  const zh: string[] = [];
  const en: string[] = [];
  const terms = rs.flatMap((r) => r.terms);
  const derived = unique(terms.filter((t) => t.derived));
  if (derived.length) {
    zh.push(`${derived.map((t) => `「${t.name.zh}」`).join("、")}总计栏空白，按该行各栏之和计`);
    en.push(`the total of ${derived.map((t) => `“${t.name.en}”`).join(", ")} is blank, so the row's cells were added`);
  }
  const single = rs.find((r) => r.terms.length > 1)?.terms.filter((t) => t.value === match.figure && !t.blankRow) ?? [];
  if (single.length === 1) {
    zh.push(`正文数字只等于其中「${single[0]!.name.zh}」一项`);
    en.push(`the text's figure equals only the “${single[0]!.name.en}” item`);
  }
  return { zh: zh.length ? `（${zh.join("；")}）` : "", en: en.length ? ` (${en.join("; ")})` : "" };
}

function unique(terms: Term[]): Term[] {
  const seen = new Set<string>();
  return terms.filter((t) => (seen.has(t.pointer) ? false : (seen.add(t.pointer), true)));
}

function related(ctx: RuleContext, rs: Reading[]): DraftRelated[] {
  return unique(rs.flatMap((r) => r.terms)).map((t) => {
    const cell = ctx.cells.get(t.pointer)!;
    const name = cellName(cell.spec);
    const shown = t.derived || t.blankRow ? { zh: `空白（该行各栏之和 ${t.value}）`, en: `blank (the row adds up to ${t.value})` } : { zh: String(t.value), en: String(t.value) };
    return { path: t.pointer, role: "table" as const, message: { zh: `${name.zh} = ${shown.zh}`, en: `${name.en} = ${shown.en}` } };
  });
}

/**
 * Replace the typed figure with a placeholder of the cell it stands for, so it cannot drift again; a figure that is
 * a sum of cells (no placeholder names a sum) or a blank cell gets the table's figure instead. Offered, never
 * applied by `--fix`: which reading the author meant is theirs to say.
 */
function fixes(ctx: RuleContext, node: TScalar, at: { start: number; end: number }, rs: Reading[], closest: Reading): DraftFix[] {
  // `{{` cannot open a plain scalar (it would start a flow mapping), nor go into a flow collection.
  const plain = !node.quoted && !/^[|>]/.test(node.source);
  const placeholderOk = !(plain && at.start === node.start) && !ctx.root.flow;
  const ordered = [closest, ...rs.filter((r) => r !== closest)];
  return ordered.map((r) => {
    const t = r.terms[0]!;
    const ref = r.terms.length === 1 && !t.derived && !t.blankRow && placeholderOk ? placeholderFor(ctx, t.pointer) : undefined;
    if (ref) {
      return {
        title: { zh: `改为占位符 {{${ref}}}（${r.name.zh}，当前为 ${r.value}）`, en: `Use the placeholder {{${ref}}} (${r.name.en}, now ${r.value})` },
        safe: false,
        edits: [{ start: at.start, end: at.end, newText: `{{${ref}}}` }],
      };
    }
    return {
      title: { zh: `改为 ${r.value}（${r.name.zh}）`, en: `Change to ${r.value} (${r.name.en})` },
      safe: false,
      edits: [{ start: at.start, end: at.end, newText: String(r.value) }],
    };
  });
}

/** `applications.newReceived.total` for /applications/newReceived/6. */
function placeholderFor(ctx: RuleContext, pointer: string): string | undefined {
  const hit = placeholderNames(ctx.template).find((p) => p.cell.pointer === pointer);
  return hit && resolveReference(hit.ref, ctx.template)?.pointer === pointer ? hit.ref : undefined;
}
