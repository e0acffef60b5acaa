import { simplifiedWords, TRADITIONAL } from "./traditional.js";

/**
 * Folding text for matching: published reports mix full- and half-width forms (（）/(), ：/:, “”/"",
 * full-width digits and spaces), pad with &nbsp; and break labels across lines. Folding maps all of these to
 * one form while remembering, for every folded character, the source offset it came from, so a match in the
 * folded text can always be reported at its place in the source.
 */
export interface Folded {
  /** NFKC-folded text; every run of whitespace is one ASCII space. */
  text: string;
  /** offsets[i] is the source offset of text[i]; offsets[text.length] is the end of the folded span. */
  offsets: Int32Array;
}

const QUOTES: Record<string, string> = {
  "“": '"',
  "”": '"',
  "„": '"',
  "‟": '"',
  "″": '"',
  "‘": "'",
  "’": "'",
  "‛": "'",
  "′": "'",
  "〝": '"',
  "〞": '"',
};

const SPACE = /[\s\u00a0\u3000\u200b\u200c\u200d\u2060\ufeff]/;

const folded = new Map<string, string>();

/** One character folded (memoised: a report uses a few thousand distinct characters, NFKC is not cheap). */
export function foldChar(ch: string): string {
  let f = folded.get(ch);
  if (f === undefined) {
    f = foldOne(ch);
    if (folded.size < 65536) folded.set(ch, f);
  }
  return f;
}

function foldOne(ch: string): string {
  if (SPACE.test(ch)) return " ";
  const q = QUOTES[ch] ?? TRADITIONAL.get(ch);
  if (q) return q;
  const n = ch.normalize("NFKC");
  return SPACE.test(n) ? " " : n;
}

/**
 * Fold source[start, end). With `keepBreaks`, line breaks and tabs stay as they are (a text table's rows and
 * cells); every other run of whitespace is still one space.
 */
export function fold(source: string, start = 0, end = source.length, keepBreaks = false): Folded {
  // Runs of characters that fold to themselves are copied as slices, and the text is joined once at the end
  // (reading back a string built by `+=` flattens it each time: quadratic on a long text).
  const parts: string[] = [];
  let offsets = new Int32Array(Math.max(16, end - start + 1));
  let n = 0;
  const put = (offset: number) => {
    if (n === offsets.length) {
      const grown = new Int32Array(offsets.length * 2);
      grown.set(offsets);
      offsets = grown;
    }
    offsets[n++] = offset;
  };
  let lastSpace = false;
  let run = start;
  let i = start;
  while (i < end) {
    const code = source.charCodeAt(i);
    const cp = code >= 0xd800 && code < 0xdc00 ? source.codePointAt(i)! : code;
    const ch = cp > 0xffff ? String.fromCodePoint(cp) : source[i]!;
    const f = keepBreaks && (code === 10 || code === 9) ? ch : code > 0x20 && code < 0x7f && code !== 0x22 && code !== 0x27 ? ch : foldChar(ch);
    if (f === ch && f !== " ") {
      put(i);
      if (ch.length === 2) put(i);
      lastSpace = false;
      i += ch.length;
      continue;
    }
    if (run < i) parts.push(source.slice(run, i));
    if (f === " ") {
      if (!lastSpace) {
        parts.push(" ");
        put(i);
        lastSpace = true;
      }
    } else {
      parts.push(f);
      for (let k = 0; k < f.length; k++) put(i);
      lastSpace = false;
    }
    i += ch.length;
    run = i;
  }
  if (run < end) parts.push(source.slice(run, end));
  put(end);
  return { text: simplifiedWords(parts.join("")), offsets: offsets.subarray(0, n) };
}

/** The folded text alone (no offsets to keep): for short strings such as one cell or one label. */
export function foldText(s: string): string {
  let out = "";
  let lastSpace = false;
  for (const ch of s) {
    const f = foldChar(ch);
    if (f === " ") {
      if (!lastSpace) out += " ";
      lastSpace = true;
    } else {
      out += f;
      lastSpace = false;
    }
  }
  return simplifiedWords(out);
}

/** The matching key of a label: folded, with no whitespace at all. */
export function labelKey(s: string): string {
  return foldText(s).replace(/ /g, "");
}

const SKIPPED = new Set([" ", "\n", "\t", "\r"]);

/**
 * Find `key` (a label key: folded, no spaces) in folded text at or after `from`, skipping spaces and line
 * breaks inside the text (labels are broken by line wraps and padding: 「社会公益 组织」).
 */
export function findKey(f: Folded, key: string, from = 0, until = f.text.length): { start: number; end: number } | undefined {
  if (key.length === 0) return undefined;
  const t = f.text;
  const first = key[0]!;
  for (let i = t.indexOf(first, from); i !== -1 && i < until; i = t.indexOf(first, i + 1)) {
    let j = i;
    let k = 0;
    while (k < key.length && j < until) {
      if (SKIPPED.has(t[j]!)) {
        j++;
        continue;
      }
      if (t[j] !== key[k]) break;
      j++;
      k++;
    }
    if (k === key.length) return { start: i, end: j };
  }
  return undefined;
}

/** Length of the longest common subsequence: how much of a heading survives a typo or a variant wording. */
export function lcs(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(prev[j]!, prev[j - 1]!);
      diag = up;
    }
  }
  return prev[b.length]!;
}
