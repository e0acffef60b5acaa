import { Spans } from "./spans.js";
import type { TargetId } from "./table.js";

/**
 * The phrasings published reports use for figures that the tables also give. Patterns run on normalised prose
 * (no whitespace, ASCII digits: see normalise.ts). Precision matters more than recall: a phrase is matched only
 * when every word between the keyword and the figure is one we know to be filler, the figure is a whole count
 * (件/起) and nothing says it is approximate, and the sentence is about what the table counts.
 */

/**
 * Words that may stand between a keyword and its figure without changing what is counted. Each string of them
 * reads one way only (no 「计」 beside 「共计」, no 「量」 beside 「数量」), so `FILL*` cannot backtrack exponentially.
 */
const FILL = "(?:共计|合计|总计|累计|总共|共|为|达到|达|有|了|的|是|数量|数)";
/** A whole figure: not part of a decimal, an ordinal, an approximation or a percentage. */
const NUM = "(?<![0-9.．第近约超逾过足])(?<num>[0-9]+)(?![0-9.．%％])";
/** After the unit: not 件次 (person-times), not 余件/以上/左右 (approximate). */
const EXACT = "(?!次|余|多|以上|以下|左右|上下)";
const CASE = `(?:件|起|宗)${EXACT}`;
const PIECE = `件${EXACT}`;
const DOC = `(?:件|份)${EXACT}`;
/** 政府信息公开申请, 依申请公开申请, 申请. */
const APP = "(?:(?:政府信息公开|依申请公开|信息公开)(?:的)?)?申请";
/** Between a result category (予以公开, 不予公开 …) and its figure. */
const RESULT_GAP = `(?:答复|决定|告知)?(?:的)?(?:申请)?${FILL}*`;
const KIND = "(?:政府信息公开|依申请公开|信息公开)";

export type Context =
  /** About applications: the sentence or the one before mentions 申请; no other kind of request nearby. */
  | "applications"
  /** A result category: the sentence or the one before is about applications or their handling. */
  | "results"
  /** 行政复议 / 行政诉讼: about information disclosure (the body may handle other reconsiderations). */
  | "cases"
  /** Table 2's normative documents: not a clean-up, review or mid-year count. */
  | "normative";

export interface Phrase {
  id: string;
  target: TargetId;
  context: Context;
  pattern: RegExp;
  /**
   * The pattern cannot match unless the text holds one of these (its keyword, spelled out): most prose holds few of
   * them, and `includes` is much cheaper than running the pattern to find nothing.
   */
  keywords: readonly string[];
  /**
   * For a figure written before its keyword (「312件已办理完毕」): what may come before it in its clause. 「上年结转的
   * 5件已全部办结」 counts a part, 「其中312件已经按要求办理完毕」 the whole.
   */
  lead?: RegExp;
  /** Extra check on the match (groups), e.g. the year in 「结转2026年」. */
  accept?: (groups: Record<string, string | undefined>, env: { year?: number }) => boolean;
}

const re = (source: string) => new RegExp(source, "gd");

/** Before a figure that comes first: nothing that narrows what it counts. */
const WHOLE = /^(?:其中|共|共计|合计|全年|本年度?|以上|上述|另有|另)?$/;

/** 「结转下年度」, 「结转至2026年」 (the year after the report's), 「转下一年度」. */
const NEXT_YEAR = "(?<next>下一?年度?|次年|20[0-9]{2}年度?)";
const nextYear = (g: Record<string, string | undefined>, env: { year?: number }) => {
  const m = /^(20[0-9]{2})/.exec(g.next ?? "");
  if (!m) return true;
  return env.year !== undefined && Number(m[1]) === env.year + 1;
};

/** 收到/受理/接收/接到 and 办结/办理完毕/办理完成: the keywords of the phrases that use them. */
const RECEIVING = ["收到", "受理", "接收", "接到"];
const FINISHING = ["办结", "办理完毕", "办理完成"];

/**
 * The most characters 收到/受理 and its figure may have between them. Bounded in the pattern itself, so that a text
 * full of 收到 without a figure is not searched to its end from each one.
 */
const RECEIVED_GAP_MAX = 40;

/** In the order they are tried: the first phrase to claim a figure keeps it. */
export const phrases: Phrase[] = [
  // 表三 办理结果 —— the combined phrase first, so 「部分公开258件」 inside it is not read alone.
  { id: "granted+partly", keywords: ["予以公开"], target: "grantedOrPartly", context: "results", pattern: re(`予以公开(?:答复)?(?:及|和|与|、|加|以及)部分公开${RESULT_GAP}${NUM}${PIECE}`) },
  { id: "granted", keywords: ["予以公开"], target: "granted", context: "results", pattern: re(`予以公开${RESULT_GAP}${NUM}${PIECE}`) },
  { id: "partly", keywords: ["部分公开"], target: "partiallyGranted", context: "results", pattern: re(`(?<!及|和|与|、|加)部分公开${RESULT_GAP}${NUM}${PIECE}`) },
  { id: "denied", keywords: ["不予公开"], target: "denied", context: "results", pattern: re(`不予公开${RESULT_GAP}${NUM}${PIECE}`) },
  { id: "unable", keywords: ["无法提供"], target: "unableToProvide", context: "results", pattern: re(`无法提供${RESULT_GAP}${NUM}${PIECE}`) },
  { id: "not-processed", keywords: ["不予处理"], target: "notProcessed", context: "results", pattern: re(`不予处理${RESULT_GAP}${NUM}${PIECE}`) },
  { id: "other-handling", keywords: ["其他处理"], target: "otherHandling", context: "results", pattern: re(`其他处理${RESULT_GAP}${NUM}${PIECE}`) },

  // 表三 新收 / 上年结转 / 收到、受理 / 办结 / 结转下年度
  { id: "new", keywords: ["新收"], target: "newReceived", context: "applications", pattern: re(`新收(?:到)?(?:的)?(?:${APP})?(?:数量|数)?${FILL}*${NUM}${PIECE}`) },
  { id: "new-first", keywords: ["新收"], target: "newReceived", context: "applications", pattern: re(`新收(?:到)?${FILL}*${NUM}${PIECE}(?:各类)?${APP}`) },
  {
    id: "carried-over", keywords: ["结转"],
    target: "carriedOver",
    context: "applications",
    pattern: re(`(?:上一?年度?|往年)结转(?:的|而来的|下来的)?(?:${APP})?(?:数量|数)?${FILL}*${NUM}${PIECE}`),
  },
  // 收到/受理 … 申请 … N件: the words in between must end with 申请 (checked in the matcher, with the other-requests test).
  {
    id: "received", keywords: RECEIVING,
    target: "received",
    context: "applications",
    pattern: re(`(?<!新|不予|不|未|拒绝)(?<kw>收到|受理|接收|接到)(?<gap>(?:[^0-9。；;，,：:（）()！？!?]|20[0-9]{2}年度?){0,${RECEIVED_GAP_MAX}}?)${NUM}${PIECE}`),
  },
  { id: "received-first", keywords: RECEIVING, target: "received", context: "applications", pattern: re(`(?<!新|不予|不|未|拒绝)(?:收到|受理|接收|接到)${FILL}*${NUM}${PIECE}(?:各类)?${APP}`) },
  {
    id: "finished", keywords: FINISHING,
    target: "finished",
    context: "applications",
    pattern: re(`(?:办结|办理完毕|办理完成)(?!率)(?:${APP}|${KIND})?(?:数量|数)?${FILL}*${NUM}${PIECE}`),
  },
  {
    id: "finished-after", keywords: FINISHING,
    target: "finished",
    context: "applications",
    pattern: re(`${NUM}${PIECE}(?:${APP})?(?:已经|已|均|全部|按要求|按时|依法|依规|及时)*(?:办结|办理完毕|办理完成)(?!率)`),
    lead: WHOLE,
  },
  {
    id: "carried-forward", keywords: ["转", "顺延"],
    target: "carriedForward",
    context: "applications",
    pattern: re(`(?:结转|转入|转|顺延)(?:至|到|入)?${NEXT_YEAR}(?:继续)?(?:办理|答复|处理)*(?:的)?(?:申请)?${FILL}*${NUM}${PIECE}`),
    accept: nextYear,
  },
  {
    id: "carried-forward-after", keywords: ["转", "顺延"],
    target: "carriedForward",
    context: "applications",
    pattern: re(`${NUM}${PIECE}(?:${APP})?(?:已|需|将|均)?(?:结转|转入|顺延)(?:至|到|入)?${NEXT_YEAR}`),
    lead: WHOLE,
    accept: nextYear,
  },

  // 表四
  { id: "review", keywords: ["行政复议"], target: "review", context: "cases", pattern: re(`行政复议(?:案件|申请)?(?:数量|数)?${FILL}*${NUM}${CASE}`) },
  { id: "litigation", keywords: ["行政诉讼"], target: "litigation", context: "cases", pattern: re(`行政诉讼(?:案件)?(?:数量|数)?${FILL}*${NUM}${CASE}`) },

  // 表二 行政规范性文件
  {
    id: "normative-issued", keywords: ["规范性文件"],
    target: "normativeIssued",
    context: "normative",
    pattern: re(`(?:新)?(?:制发|制作)(?:了|的)?(?:各类)?(?:行政)?规范性文件${FILL}*${NUM}${DOC}`),
  },
  {
    id: "normative-in-force", keywords: ["现行有效"],
    target: "normativeInForce",
    context: "normative",
    pattern: re(`现行有效(?:的)?(?:行政)?规范性文件${FILL}*${NUM}${DOC}`),
  },
];

/** For 收到/受理: the words between keyword and figure name applications, and only them. */
const RECEIVED_GAP_END = new RegExp(`申请(?:数量|数|量)?${FILL}*$`);

/** Other kinds of request an agency counts in 件: a figure about them is not table 3's. */
const OTHER_REQUESTS_WORDS = "诉求|信访件|信访事项|来信|来电|来访|投诉|举报|咨询|建议|提案|留言|工单|热线|复议|诉讼|案件|批示";
const OTHER_REQUESTS = new RegExp(OTHER_REQUESTS_WORDS, "g");
const OTHER_REQUESTS_ONCE = new RegExp(OTHER_REQUESTS_WORDS);

export interface PhraseMatch {
  phrase: Phrase;
  /** The phrase as written (normalised), for messages. */
  quote: string;
  start: number;
  end: number;
  /** The figure: offsets in the normalised text, and its value. */
  figureStart: number;
  figureEnd: number;
  figure: number;
}

/** Another year's figure (「较上年」「2024年收到…」) is not this year's table. */
const COMPARISON = /较|同比|环比|去年|上一?年度?(?!度|结转)|前年/g;
/** A part of the whole: 「其中区本级新收…」, 「自然人申请…」. */
const SUBSET = /其中.|自然人|法人|商业企业|科研机构|社会公益组织|法律服务机构/g;
const YEAR = /(20[0-9]{2})年/g;
const APPLICATION = /申请/g;
const HANDLING = /申请|办结|答复|办理|处理/g;
const APPLICATION_OR_ANSWER = /申请|办结|答复/g;
/** This body as the reconsideration organ (受理/审理 others' cases), or only the new ones: not table 4's total. */
const ORGAN_OR_NEW = /受理|审理|复议机关|新增|新发生|新收/g;
const ABOUT_DISCLOSURE = /信息公开|依申请/g;
/** 「…政府信息公开工作的行政复议。涉及的行政诉讼数为0件」: an anaphor carries the subject over. */
const ANAPHOR = /涉及|其中|上述|相关|此类|该类/y;
/** 清理 counts at the clean-up, not at year end (003); 审核/备案 counts other bodies' documents. */
const NOT_OWN_DOCUMENTS = /清理|审核|审查|备案|起草/g;
/** 「截至6月底」: not the year-end figure. */
const AS_OF = /截[至止](?:20[0-9]{2}年)?([0-9]{1,2})月/g;

/**
 * Whether the words around a phrase say it is about what the table counts. Each test reads a span (the sentence
 * that holds the figure, the one before, the clause up to the phrase) through `spans`, which runs a pattern once
 * per span: a word that runs on into the phrase itself is not part of its lead.
 */
function contextHolds(
  spans: Spans,
  m: { start: number; figureStart: number; groups: Record<string, string | undefined> },
  phrase: Phrase,
  env: { year?: number },
): boolean {
  const kind = phrase.context === "results" ? "period" : "sentence";
  const sentence = spans.at(m.figureStart, kind);
  // The sentence before, without its end character.
  const before = sentence.start > 0 ? { start: spans.at(sentence.start - 1, kind).start, end: sentence.start - 1 } : undefined;
  const clause = spans.at(m.start, "clause");
  const inSentence = (key: string, pattern: RegExp) => spans.holds(`${kind} ${key}`, pattern, sentence);
  const inBefore = (key: string, pattern: RegExp) => before !== undefined && spans.holds(`${kind} ${key}`, pattern, before);
  /** In the sentence up to the phrase (or up to `to`). */
  const inLead = (key: string, pattern: RegExp, to = m.start) => spans.holds(`${kind} ${key}`, pattern, sentence, to);
  const inClauseLead = (key: string, pattern: RegExp, to = m.start) => spans.holds(`clause ${key}`, pattern, clause, to);

  const otherYear = (y: RegExpExecArray) => env.year === undefined || Number(y[1]) !== env.year;
  if (spans.holds(`${kind} year ${env.year}`, YEAR, sentence, m.start, otherYear)) return false;
  if (inLead("comparison", COMPARISON)) return false;

  switch (phrase.context) {
    case "applications": {
      if (!inSentence("application", APPLICATION) && !inBefore("application", APPLICATION)) return false;
      if (inClauseLead("subset", SUBSET)) return false;
      // From the start of the clause to the figure: no other kind of request (「收到群众诉求348件」).
      if (inClauseLead("other-requests", OTHER_REQUESTS, m.figureStart)) return false;
      if (phrase.id === "received") {
        const gap = m.groups.gap ?? "";
        if (gap.length > RECEIVED_GAP_MAX || !RECEIVED_GAP_END.test(gap) || OTHER_REQUESTS_ONCE.test(gap)) return false;
      }
      return true;
    }
    case "results":
      if (inClauseLead("subset", SUBSET)) return false;
      return inSentence("handling", HANDLING) || inBefore("application-or-answer", APPLICATION_OR_ANSWER);
    case "cases": {
      if (inLead("organ-or-new", ORGAN_OR_NEW)) return false;
      if (inLead("about", ABOUT_DISCLOSURE, m.figureStart)) return true;
      ANAPHOR.lastIndex = sentence.start;
      return inBefore("about", ABOUT_DISCLOSURE) && ANAPHOR.test(spans.text) && ANAPHOR.lastIndex <= sentence.end;
    }
    case "normative": {
      // For 制发 the clause is enough (「清理…，动态更新本年度制发的规范性文件77件」).
      if (phrase.target === "normativeIssued" ? inClauseLead("not-own", NOT_OWN_DOCUMENTS) : inLead("not-own", NOT_OWN_DOCUMENTS)) return false;
      const asOf = spans.first(`${kind} as-of`, AS_OF, sentence);
      if (asOf && asOf.end <= m.start && Number(asOf.match[1]) !== 12) return false;
      return true;
    }
  }
}

const FIGURE_WITH_UNIT = /[0-9][件起宗份]/;

function holdsAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}

/** Every phrase with a figure in the normalised prose; a figure is claimed by the first phrase that reads it. */
export function findPhrases(text: string, env: { year?: number }): PhraseMatch[] {
  const claimed = new Set<number>();
  const out: PhraseMatch[] = [];
  // Every pattern ends its figure with 件, 起, 宗 or 份: prose without such a figure has no phrase to find.
  if (!FIGURE_WITH_UNIT.test(text)) return out;
  const spans = new Spans(text);
  for (const phrase of phrases) {
    if (!holdsAny(text, phrase.keywords)) continue;
    // exec on the pattern itself (global): matchAll would clone it for every prose part. No pattern matches an empty
    // string, so this visits the matches matchAll gives, in order, and leaves lastIndex at 0.
    const pattern = phrase.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const span = m.indices?.groups?.num;
      if (!span) continue;
      const [figureStart, figureEnd] = span;
      if (claimed.has(figureStart)) continue;
      const groups = m.groups ?? {};
      if (phrase.accept && !phrase.accept(groups, env)) continue;
      const start = m.index!;
      if (phrase.lead && !phrase.lead.test(text.slice(spans.at(start, "clause").start, start))) continue;
      if (!contextHolds(spans, { start, figureStart, groups }, phrase, env)) continue;
      const figure = Number(groups.num);
      if (!Number.isSafeInteger(figure)) continue;
      claimed.add(figureStart);
      out.push({ phrase, quote: text.slice(start, start + m[0].length), start, end: start + m[0].length, figureStart, figureEnd, figure });
    }
  }
  return out.sort((a, b) => a.figureStart - b.figureStart);
}
