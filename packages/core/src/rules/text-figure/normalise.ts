import { PLACEHOLDER } from "../../placeholders.js";
import type { TScalar } from "../../yaml/tree.js";

/**
 * Prose as the phrase matcher sees it: full-width digits made ASCII, whitespace and line breaks dropped (PDF and
 * YAML line breaks fall anywhere, even inside a word), placeholders masked. `from[i]`/`to[i]` give the span of
 * the prose value that produced character i, so a match maps back to the value and from there to the YAML source.
 */
export interface Normalised {
  text: string;
  from: number[];
  to: number[];
}

/** Stands for a `{{…}}` placeholder: not a digit, so a placeholder is never read as a figure. */
export const PLACEHOLDER_MARK = "\uE000";

const SPACE = /[\s\u3000\u00a0\u2000-\u200b\ufeff]/;
const DIGIT = /[0-9０-９]/;
/** A line that starts a new heading or item ends the sentence before it, punctuation or not. */
const HEADING_START = /^[ \t\u3000]*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.．、](?!\d))/;

export function normalise(value: string): Normalised {
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const push = (c: string, a: number, b: number) => {
    out.push(c);
    from.push(a);
    to.push(b);
  };
  const placeholders = new Map<number, number>();
  for (const m of value.matchAll(PLACEHOLDER)) placeholders.set(m.index!, m.index! + m[0].length);

  let i = 0;
  while (i < value.length) {
    const end = placeholders.get(i);
    if (end !== undefined) {
      push(PLACEHOLDER_MARK, i, end);
      i = end;
      continue;
    }
    const c = value[i]!;
    if (SPACE.test(c)) {
      let j = i;
      let breaks = 0;
      while (j < value.length && SPACE.test(value[j]!)) {
        if (value[j] === "\n") breaks++;
        j++;
      }
      const prev = out[out.length - 1];
      const next = value[j];
      if (breaks >= 2 || (breaks === 1 && HEADING_START.test(value.slice(j, j + 8)))) {
        // A blank line or a new heading: a sentence boundary.
        if (prev !== undefined && prev !== "。") push("。", i, j);
      } else if (prev !== undefined && next !== undefined && /[0-9]/.test(prev) && DIGIT.test(next)) {
        // Two figures side by side stay two figures.
        push(" ", i, j);
      }
      i = j;
      continue;
    }
    const code = c.charCodeAt(0);
    push(code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xfee0) : c, i, i + 1);
    i++;
  }
  return { text: out.join(""), from, to };
}

/** Span in the prose value of normalised characters [start, end). */
export function valueSpan(n: Normalised, start: number, end: number): { start: number; end: number } {
  return { start: n.from[start]!, end: n.to[end - 1]! };
}

interface Run {
  start: number;
  end: number;
  digits: string;
}

function digitRuns(s: string, offset = 0): Run[] {
  const runs: Run[] = [];
  for (const m of s.slice(offset).matchAll(/[0-9０-９]+/g)) {
    runs.push({ start: offset + m.index!, end: offset + m.index! + m[0].length, digits: asciiDigits(m[0]) });
  }
  return runs;
}

function asciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * Where a figure of the prose value (a whole run of digits, value offsets) is in the YAML text. Block scalars
 * strip indentation, plain and quoted scalars fold lines, but none of that touches digits: the k-th run of digits
 * in the value is the k-th in the source — checked run by run, so an escape such as "\x31" gives no location
 * rather than a wrong one.
 */
export function sourceSpan(node: TScalar, text: string, value: string, start: number, end: number): { start: number; end: number } | undefined {
  const runs = digitRuns(value);
  const k = runs.findIndex((r) => r.start === start && r.end === end);
  if (k < 0) return undefined;
  const src = text.slice(node.start, node.end);
  // A block scalar's header (`|2-`) may hold a digit: start after it.
  const header = /^[|>]/.test(src) ? src.indexOf("\n") : -1;
  if (/^[|>]/.test(src) && header < 0) return undefined;
  const body = header + 1;
  const srcRuns = digitRuns(src, body);
  if (srcRuns.length <= k) return undefined;
  for (let i = 0; i <= k; i++) if (srcRuns[i]!.digits !== runs[i]!.digits) return undefined;
  return { start: node.start + srcRuns[k]!.start, end: node.start + srcRuns[k]!.end };
}
