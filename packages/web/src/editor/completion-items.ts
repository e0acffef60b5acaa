import { cursorContext, declaredTemplate, keyCandidates, placeholderNames, templates, valueCandidates, type Candidate, type Lines, type Text } from "@ogi-report/core";
import type { Locale } from "../i18n.js";

export interface CompletionItem {
  label: string;
  /** Shown beside the label: the printed label in the page's language. */
  detail: string;
  /** Shown in the side box: both languages and what goes there. */
  info: string;
  /** The text that replaces [from, cursor). Multi-line inserts carry their own indentation. */
  apply: string;
  type: "property" | "constant" | "keyword" | "variable" | "text";
}

export interface Completions {
  from: number;
  items: CompletionItem[];
}

const both = (t: Text) => (t.zh === t.en ? t.zh : `${t.zh}\n${t.en}`);
const say = (t: Text, locale: Locale) => (locale === "en" ? t.en : t.zh);

const types: Record<Candidate["kind"], CompletionItem["type"]> = {
  report: "keyword",
  "part-skeleton": "keyword",
  meta: "property",
  part: "property",
  row: "property",
  column: "property",
  group: "property",
  template: "constant",
  value: "constant",
};

/** How a candidate is listed: whole-report and whole-part inserts say so beside their key. */
function shown(c: Candidate, locale: Locale): string {
  if (c.kind === "report") return locale === "en" ? "report (whole skeleton)" : "report（完整报告骨架）";
  if (c.kind === "part-skeleton") return `${c.key}${locale === "en" ? " (whole part)" : "（整个部分）"}`;
  return c.key;
}

/**
 * What may be typed at the cursor: the keys allowed there with their printed labels, rows of zeros of the
 * right length, whole parts and the whole report, the template ids, and `{{…}}` references to cells in prose.
 * `from` and the result are character positions on the cursor's line.
 */
export function completionsAt(lines: Lines, line: number, character: number, locale: Locale): Completions | undefined {
  const ctx = cursorContext(lines, line, character);
  if (!ctx) return undefined;
  const template = templates[declaredTemplate(lines) ?? "2021"];
  if (ctx.kind === "placeholder") {
    const items = placeholderNames(template).map(({ ref, cell }): CompletionItem => {
      const place: Text = {
        zh: [...cell.groups.map((g) => g.zh), cell.row.zh, cell.column.zh].join(" › "),
        en: [...cell.groups.map((g) => g.en), cell.row.en, cell.column.en].join(" › "),
      };
      return { label: ref, detail: say(place, locale), info: both(place), apply: ctx.closed ? ref : `${ref}}}`, type: "variable" };
    });
    return { from: ctx.typedStart, items };
  }
  const candidates = ctx.kind === "key" ? keyCandidates(template, ctx) : valueCandidates(template, ctx);
  const items = candidates.map((c): CompletionItem => ({ label: shown(c, locale), detail: say(c.label, locale), info: [c.label, ...c.extra].map(both).join("\n\n"), apply: c.insert, type: types[c.kind] }));
  return { from: ctx.kind === "key" ? ctx.wordStart : ctx.valueStart, items };
}
