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

/** A line that starts a new heading or item ends the sentence before it, punctuation or not. */
const HEADING_START = /^[ \t\u3000]*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.．、](?!\d))/;

/**
 * What `/[\s\u3000\u00a0\u2000-\u200b\ufeff]/` matches, by code: JavaScript's \s (\t \n \v \f \r, space, U+00A0,
 * U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF) and U+200B. Every prose character is tested,
 * so no regex and no one-character string per test.
 */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
const isFullWidthDigit = (c: number) => c >= 0xff10 && c <= 0xff19;
const FULL_STOP = 0x3002; // 。

export function normalise(value: string): Normalised {
  return new LazilyMapped(value);
}

/**
 * The normalised text at once; the character-by-character map back to the value only when a figure is reported
 * (most prose agrees with its tables, and the map took more memory than all the rest of the check).
 */
class LazilyMapped implements Normalised {
  readonly text: string;
  private map: { from: number[]; to: number[] } | undefined;

  constructor(private readonly value: string) {
    this.text = walk(value, undefined, undefined);
  }

  get from(): number[] {
    return this.mapped().from;
  }

  get to(): number[] {
    return this.mapped().to;
  }

  private mapped(): { from: number[]; to: number[] } {
    if (!this.map) {
      const from: number[] = [];
      const to: number[] = [];
      walk(this.value, from, to);
      this.map = { from, to };
    }
    return this.map;
  }
}

/** The normalised text; with `from` and `to`, also where each of its characters came from. */
function walk(value: string, from: number[] | undefined, to: number[] | undefined): string {
  let text = "";
  /** Value characters [runStart, i) are copied as they are, once a character that is not ends the run. */
  let runStart = 0;
  /** The last character given (a code), -1 before any. */
  let prev = -1;
  const placeholders = value.includes("{{") ? placeholderSpans(value) : undefined;

  let i = 0;
  while (i < value.length) {
    const end = placeholders?.get(i);
    if (end !== undefined) {
      text += value.slice(runStart, i) + PLACEHOLDER_MARK;
      from?.push(i);
      to?.push(end);
      prev = 0xe000;
      i = runStart = end;
      continue;
    }
    const code = value.charCodeAt(i);
    if (isSpace(code)) {
      text += value.slice(runStart, i);
      let j = i;
      let breaks = 0;
      while (j < value.length) {
        const c = value.charCodeAt(j);
        if (!isSpace(c)) break;
        if (c === 10) breaks++;
        j++;
      }
      if (breaks >= 2 || (breaks === 1 && HEADING_START.test(value.slice(j, j + 8)))) {
        // A blank line or a new heading: a sentence boundary.
        if (prev !== -1 && prev !== FULL_STOP) {
          text += "。";
          from?.push(i);
          to?.push(j);
          prev = FULL_STOP;
        }
      } else if (prev !== -1 && j < value.length && isAsciiDigit(prev) && (isAsciiDigit(value.charCodeAt(j)) || isFullWidthDigit(value.charCodeAt(j)))) {
        // Two figures side by side stay two figures.
        text += " ";
        from?.push(i);
        to?.push(j);
        prev = 32;
      }
      i = runStart = j;
      continue;
    }
    from?.push(i);
    to?.push(i + 1);
    if (isFullWidthDigit(code)) {
      prev = code - 0xfee0;
      text += value.slice(runStart, i) + String.fromCharCode(prev);
      runStart = i + 1;
    } else {
      prev = code;
    }
    i++;
  }
  text += value.slice(runStart, i);
  return text;
}

/** Where each `{{…}}` placeholder starts, and where it ends. */
function placeholderSpans(value: string): Map<number, number> {
  const spans = new Map<number, number>();
  for (const m of value.matchAll(PLACEHOLDER)) spans.set(m.index!, m.index! + m[0].length);
  return spans;
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

/** The digit runs of a prose value and of its YAML source, found once per scalar (a prose part may hold thousands). */
interface ScalarRuns {
  /** Value offset where a run starts → its index among the value's runs. */
  index: Map<number, number>;
  runs: Run[];
  /** The source's runs, or undefined when the source cannot be read that way (a block header with no body). */
  source: Run[] | undefined;
}

const runsOf = new WeakMap<TScalar, ScalarRuns>();

function scalarRuns(node: TScalar, text: string, value: string): ScalarRuns {
  let hit = runsOf.get(node);
  if (!hit) {
    const runs = digitRuns(value);
    const index = new Map(runs.map((r, k) => [r.start, k]));
    const src = text.slice(node.start, node.end);
    // A block scalar's header (`|2-`) may hold a digit: start after it.
    const block = /^[|>]/.test(src);
    const header = block ? src.indexOf("\n") : -1;
    hit = { index, runs, source: block && header < 0 ? undefined : digitRuns(src, header + 1) };
    runsOf.set(node, hit);
  }
  return hit;
}

/**
 * Where a figure of the prose value (a whole run of digits, value offsets) is in the YAML text. Block scalars
 * strip indentation, plain and quoted scalars fold lines, but none of that touches digits: the k-th run of digits
 * in the value is the k-th in the source, when every run before it is the same — so an escape such as "\x31" gives
 * no location rather than a wrong one.
 */
export function sourceSpan(node: TScalar, text: string, value: string, start: number, end: number): { start: number; end: number } | undefined {
  const { index, runs, source } = scalarRuns(node, text, value);
  const k = index.get(start);
  if (k === undefined || runs[k]!.end !== end || !source || source.length <= k) return undefined;
  if (firstDifferent(runs, source) <= k) return undefined;
  return { start: node.start + source[k]!.start, end: node.start + source[k]!.end };
}

const firstDifferentOf = new WeakMap<Run[], number>();

/** The index of the first run whose digits differ between value and source (their shorter length if none). */
function firstDifferent(runs: Run[], source: Run[]): number {
  let k = firstDifferentOf.get(runs);
  if (k === undefined) {
    k = 0;
    while (k < runs.length && k < source.length && runs[k]!.digits === source[k]!.digits) k++;
    firstDifferentOf.set(runs, k);
  }
  return k;
}
