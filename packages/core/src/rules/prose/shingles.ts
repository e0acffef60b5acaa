import type { ProsePart } from "./parts.js";

/** Characters of shingle: long enough that shared wording, not shared vocabulary, matches. */
export const SHINGLE = 12;

/**
 * Sentences the format itself fixes (the statistics period, rounding, whom to ask): every report may repeat them
 * word for word, so they do not count as copied.
 */
const FIXED_SENTENCE = /统计(?:期限|期间|时限|时段)|四舍五入|尾差|如对本报告|如有疑问|联系(?:电话|方式|地址)|电子版|邮政编码|本报告(?:由|根据|依据|按照)/;

/** The prose reduced to what wording is made of: no blanks, no punctuation, each run of digits one mark (figures
 * change every year; the wording around them is what is copied). Each kept character remembers where it came from. */
export interface Flat {
  chars: string[];
  part: number[];
  offset: number[];
}

const SEPARATOR = "\u0000";
const KEEP = /[\p{L}\p{N}]/u;

export function flatten(parts: readonly ProsePart[]): Flat {
  const flat: Flat = { chars: [], part: [], offset: [] };
  parts.forEach((p, pi) => {
    const value = p.value;
    let s = 0;
    for (let i = 0; i <= value.length; i++) {
      if (i < value.length && !/[。！？!?；;\n]/.test(value[i]!)) continue;
      const sentence = value.slice(s, i + 1);
      if (!FIXED_SENTENCE.test(sentence)) {
        let inDigits = false;
        for (let k = s; k < Math.min(i + 1, value.length); k++) {
          const c = value[k]!;
          if (!KEEP.test(c)) continue;
          const digit = /[0-9０-９]/.test(c);
          if (digit && inDigits) continue;
          inDigits = digit;
          flat.chars.push(digit ? "#" : c);
          flat.part.push(pi);
          flat.offset.push(k);
        }
      }
      s = i + 1;
    }
    flat.chars.push(SEPARATOR);
    flat.part.push(pi);
    flat.offset.push(value.length);
  });
  return flat;
}

export interface Overlap {
  /** Characters of this year's prose (as flattened) inside some shingle of last year's. */
  shared: number;
  total: number;
  /** The longest passage found in both, in flat positions: here [start, start+length), last year's from `before`. */
  longest?: { start: number; before: number; length: number };
  /** Every stretch of this year's prose covered by shared shingles, in flat positions, in order, not overlapping. */
  runs: { start: number; length: number }[];
}

/** Shared wording in one pass over each text: a map of last year's shingles, then a walk over this year's. */
export function overlap(now: Flat, before: Flat): Overlap {
  const seen = new Map<string, number>();
  for (let i = 0; i + SHINGLE <= before.chars.length; i++) {
    const s = shingleAt(before.chars, i);
    if (s !== undefined && !seen.has(s)) seen.set(s, i);
  }
  let shared = 0;
  let coveredUntil = 0;
  let total = 0;
  let longest: Overlap["longest"];
  let extendedUntil = 0;
  const runs: Overlap["runs"] = [];
  for (let i = 0; i < now.chars.length; i++) {
    if (now.chars[i] !== SEPARATOR) total++;
    if (i + SHINGLE > now.chars.length) continue;
    const s = shingleAt(now.chars, i);
    const at = s === undefined ? undefined : seen.get(s);
    if (at === undefined) continue;
    shared += i + SHINGLE - Math.max(i, coveredUntil);
    const run = runs[runs.length - 1];
    if (run && i <= coveredUntil) run.length = i + SHINGLE - run.start;
    else runs.push({ start: i, length: SHINGLE });
    coveredUntil = i + SHINGLE;
    // A passage starts here unless the last one already reached past this shingle; extending compares characters
    // once each, so the walk stays linear.
    if (i < extendedUntil) continue;
    let length = SHINGLE;
    while (i + length < now.chars.length && at + length < before.chars.length && now.chars[i + length] === before.chars[at + length] && now.chars[i + length] !== SEPARATOR) length++;
    extendedUntil = i + length - SHINGLE + 1;
    if (!longest || length > longest.length) longest = { start: i, before: at, length };
  }
  return { shared, total, runs, ...(longest ? { longest } : {}) };
}

function shingleAt(chars: string[], i: number): string | undefined {
  let s = "";
  for (let k = i; k < i + SHINGLE; k++) {
    const c = chars[k]!;
    if (c === SEPARATOR) return undefined;
    s += c;
  }
  return s;
}
