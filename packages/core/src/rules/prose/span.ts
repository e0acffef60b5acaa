import type { TScalar } from "../../yaml/tree.js";

const BLANK = /\s/;

/**
 * Where a stretch of a prose value (value offsets) is in the YAML text. Block and plain scalars only drop
 * indentation and fold line breaks, so the value's non-blank characters appear in the source in the same order;
 * they are matched one by one, and an escape (which breaks that) gives no location rather than a wrong one.
 */
export function proseSpan(node: TScalar, text: string, value: string, start: number, end: number): { start: number; end: number } | undefined {
  let first = start;
  while (first < end && BLANK.test(value[first]!)) first++;
  let last = end - 1;
  while (last > first && BLANK.test(value[last]!)) last--;
  if (first >= end) return undefined;
  let j = node.start;
  const head = text[j];
  if (head === "|" || head === ">") {
    const nl = text.indexOf("\n", j);
    if (nl < 0 || nl >= node.end) return undefined;
    j = nl + 1;
  } else if (head === '"' || head === "'") j++;
  let from = -1;
  for (let i = 0; i <= last; i++) {
    const c = value[i]!;
    if (BLANK.test(c)) continue;
    while (j < node.end && BLANK.test(text[j]!)) j++;
    if (j >= node.end || text[j] !== c) return undefined;
    if (i >= first && from < 0) from = j;
    j++;
  }
  return from < 0 ? undefined : { start: from, end: j };
}

/** The sentence holding value offsets [start, end): from after the previous full stop or line break to its own. */
export function sentenceAround(value: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !/[。！？!?\n]/.test(value[s - 1]!)) s--;
  while (s < start && BLANK.test(value[s]!)) s++;
  let e = end;
  while (e < value.length && !/[。！？!?\n]/.test(value[e]!)) e++;
  if (e < value.length && value[e] !== "\n") e++;
  return { start: s, end: e };
}

/** Full-width digits as ASCII, one character for one, so offsets stay those of the value. */
export function asciiDigits(s: string): string {
  // Most prose has none: no copy of it (a 1 MB part was copied on every check).
  if (!FULL_WIDTH_DIGIT.test(s)) return s;
  return s.replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

const FULL_WIDTH_DIGIT = /[０-９]/;
const FULL_WIDTH_DIGITS = /[０-９]/g;
