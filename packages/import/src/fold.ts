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
  offsets: number[];
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

export function foldChar(ch: string): string {
  if (SPACE.test(ch)) return " ";
  const q = QUOTES[ch];
  if (q) return q;
  const n = ch.normalize("NFKC");
  return SPACE.test(n) ? " " : n;
}

/**
 * Fold source[start, end). With `keepBreaks`, line breaks and tabs stay as they are (a text table's rows and
 * cells); every other run of whitespace is still one space.
 */
export function fold(source: string, start = 0, end = source.length, keepBreaks = false): Folded {
  let text = "";
  const offsets: number[] = [];
  let i = start;
  while (i < end) {
    const cp = source.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const f = keepBreaks && (ch === "\n" || ch === "\t") ? ch : foldChar(ch);
    if (f === " ") {
      if (text[text.length - 1] !== " ") {
        text += " ";
        offsets.push(i);
      }
    } else {
      for (const c of f) {
        text += c;
        offsets.push(i);
      }
    }
    i += ch.length;
  }
  offsets.push(end);
  return { text, offsets };
}

/** The matching key of a label: folded, with no whitespace at all. */
export function labelKey(s: string): string {
  return fold(s).text.replace(/ /g, "");
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
