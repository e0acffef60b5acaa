import { previousReport } from "../cross/previous.js";
import type { ProsePart } from "./prose/parts.js";
import { comparedParts } from "./prose/share.js";
import { flatten, overlap, SHINGLE, type Flat, type Overlap } from "./prose/shingles.js";
import { proseSpan } from "./prose/span.js";
import type { DraftRelated, Rule } from "./types.js";


/**
 * Share of this year's wording found in last year's above which the rule speaks. Chosen from the Pingtan series,
 * seven real years: its six year pairs share 1.5% to 17.8% of parts 一, 五, 六 as published (26% at most in the
 * summaries of fixtures/corpus), while a report carried over with only its figures changed shares all of it
 * (packages/import/test/prose-rules.corpus.test.ts and packages/core/test/copied-prose.test.ts measure both). 40% is twice the most the real series shows.
 */
export const COPIED_SHARE_THRESHOLD = 0.4;
/** Below this many characters (as compared) a share says little. */
const MIN_CHARACTERS = 80;

export const copiedProse: Rule = {
  meta: {
    id: "copied-prose",
    defaultSeverity: "warning",
    title: { zh: "正文与上一年度雷同", en: "Prose copied from last year's report" },
    description: {
      zh: `将「一、总体情况」「五、存在的主要问题及改进情况」「六、其他需要报告的事项」与上一年度报告的同一部分比较：去掉空白、标点，数字不论，按 ${SHINGLE} 字的片段比对，与上一年度相同的文字超过 ${COPIED_SHARE_THRESHOLD * 100}% 时报告相同的比例和最长的相同段落，并指向上一年度报告中的该段；本年度报告中与上一年度相同的每一段也列为相关位置，VS Code 的预览中标出这些段落。格式本身规定的句子（统计期限、四舍五入的尾差、如有疑问请联系…）不计。需要上一年度报告：在报告中写 \`previous: ../2024/report.yaml\`，或 \`ogi check --previous <文件>\`。`,
      en: `Parts 1, 5 and 6 (overview, problems, other matters) are compared with last year's: blanks and punctuation dropped, figures ignored, in ${SHINGLE}-character shingles. When more than ${COPIED_SHARE_THRESHOLD * 100}% of this year's wording is also in last year's, the finding states the share and the longest shared passage and points at that passage in last year's report; every passage of this year's text also in last year's is a related location, and the VS Code preview marks them. Sentences the format itself fixes (the statistics period, rounding, whom to ask) do not count. Needs last year's report: \`previous: ../2024/report.yaml\` in the report, or \`ogi check --previous <file>\`.`,
    },
    basis: {
      zh: "《中华人民共和国政府信息公开条例》第五十条：年度报告报告的是本年度的工作情况、存在的主要问题及改进情况；沿用上一年度的文字不能反映本年度的情况。",
      en: "Art. 50 of the Regulations: the report states this year's work, its main problems and how they were addressed; last year's wording carried over does not.",
    },
    fixable: false,
    scope: "cross-document",
  },
  check(ctx) {
    const prev = previousReport(ctx);
    if (!prev) return;
    // A file that cannot be read, or is for another year, is year-carry-over's to report.
    const other = prev.report;
    const year = ctx.model.year?.value;
    if (!other || (year !== undefined && other.year !== undefined && other.year !== year - 1)) return;
    const nowParts = comparedParts(ctx.model.parts);
    const beforeParts = comparedParts(other.model.parts);
    const now = flatten(nowParts);
    const before = flatten(beforeParts);
    const o = overlap(now, before);
    if (o.total < MIN_CHARACTERS || !o.longest || o.shared / o.total <= COPIED_SHARE_THRESHOLD) return;
    const percent = Math.round((o.shared / o.total) * 100);
    const here = passage(now, nowParts, o.longest.start, o.longest.length);
    const there = passage(before, beforeParts, o.longest.before, o.longest.length);
    const at = proseSpan(here.part.node, ctx.text, here.part.value, here.start, here.end);
    const thereAt = proseSpan(there.part.node, other.text, there.part.value, there.start, there.end) ?? { start: there.part.node.start, end: there.part.node.end };
    const excerpt = shorten(here.part.value.slice(here.start, here.end));
    ctx.report({
      path: here.part.path,
      ...(at ? { at } : {}),
      message: {
        zh: `一、五、六部分的文字有 ${percent}% 与上一年度报告相同；最长的相同段落 ${o.longest.length} 字：「${excerpt}」`,
        en: `${percent}% of the wording of parts 1, 5 and 6 is the same as last year's report; the longest shared passage (${o.longest.length} characters): “${excerpt}”`,
      },
      expected: `≤ ${COPIED_SHARE_THRESHOLD * 100}%`,
      actual: `${percent}%`,
      related: [
        {
          path: there.part.path,
          file: other.path,
          range: other.lines.range(thereAt.start, thereAt.end),
          role: "previous-year",
          message: { zh: `上一年度（${other.year ?? "?"}）的同一段落`, en: `The same passage in ${other.year ?? "last year's report"}` },
        },
        ...copiedPassages(now, nowParts, o.runs, ctx.text),
      ],
    });
  },
};

/** Every passage of this year's text also in last year's, for the previews to mark: its part and exact span here. */
function copiedPassages(flat: Flat, parts: ProsePart[], runs: Overlap["runs"], text: string): DraftRelated[] {
  const out: DraftRelated[] = [];
  for (const run of runs) {
    const p = passage(flat, parts, run.start, run.length);
    const at = proseSpan(p.part.node, text, p.part.value, p.start, p.end);
    if (at) out.push({ path: p.part.path, at, role: "copied", message: { zh: "上一年度报告中也有这段文字", en: "Also in last year's report" } });
  }
  return out;
}

/** A flat stretch as value offsets of the part it lies in (a passage never crosses parts). */
function passage(flat: Flat, parts: ProsePart[], start: number, length: number): { part: ProsePart; start: number; end: number } {
  const last = start + length - 1;
  const part = parts[flat.part[start]!]!;
  let end = flat.offset[last]! + 1;
  while (end < part.value.length && /[0-9０-９]/.test(part.value[end]!)) end++; // a figure is one mark when flat
  return { part, start: flat.offset[start]!, end };
}

function shorten(s: string): string {
  const one = s.replace(/\s+/g, "");
  return one.length > 40 ? `${one.slice(0, 40)}…` : one;
}
