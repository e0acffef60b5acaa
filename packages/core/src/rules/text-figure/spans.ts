/**
 * Sentences and clauses of one normalised prose text, found once. A prose part may hold thousands of phrases in one
 * sentence; finding each phrase's sentence again, and searching its lead again, made the check quadratic in the
 * sentence's length (a 60,000-character sentence took seconds on every keystroke). Here each kind of span is listed
 * once, and each pattern is run at most once over each span: the work is linear in the text.
 */

/** Ends a sentence: 。；;！？!?. */
const SENTENCE_END = (c: number) => c === 0x3002 || c === 0xff1b || c === 59 || c === 0xff01 || c === 0xff1f || c === 33 || c === 63;
/** A list of results runs on over semicolons: 「予以公开258件，占33.9%；不予公开35件，…」. So 。！？!? only. */
const PERIOD = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 33 || c === 63;
/** Ends a clause: a sentence end, or ，,：: */
const CLAUSE_END = (c: number) => SENTENCE_END(c) || c === 0xff0c || c === 44 || c === 0xff1a || c === 58;

export type SpanKind = "sentence" | "period" | "clause";

const ENDS: Record<SpanKind, (c: number) => boolean> = { sentence: SENTENCE_END, period: PERIOD, clause: CLAUSE_END };

export interface Span {
  start: number;
  /** The offset of the character that ends the span, or the text's length. */
  end: number;
}

/** Where a pattern first matches in a span: its start and end offsets, and what it matched. */
export interface FirstMatch {
  start: number;
  end: number;
  match: RegExpExecArray;
}

export class Spans {
  private readonly ends = new Map<SpanKind, number[]>();
  private readonly firsts = new Map<string, FirstMatch | null>();

  constructor(readonly text: string) {}

  /** The span of a kind that holds offset `at` (a span's end character belongs to the next lookup's left side). */
  at(offset: number, kind: SpanKind): Span {
    const ends = this.endsOf(kind);
    // The first end at or after `offset`.
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return { start: lo > 0 ? ends[lo - 1]! + 1 : 0, end: lo < ends.length ? ends[lo]! : this.text.length };
  }

  /**
   * The first match of `pattern` (global: its lastIndex is used) inside a span, run once per span and kept. `key`
   * names the pattern, and anything `accept` depends on, in the cache.
   */
  first(key: string, pattern: RegExp, span: Span, accept?: (m: RegExpExecArray) => boolean): FirstMatch | undefined {
    const id = `${key}\u0000${span.start}\u0000${span.end}`;
    const hit = this.firsts.get(id);
    if (hit !== undefined) return hit ?? undefined;
    let found: FirstMatch | null = null;
    const inSpan = this.text.slice(span.start, span.end);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(inSpan); m; m = pattern.exec(inSpan)) {
      if (m[0].length === 0) pattern.lastIndex++;
      if (accept && !accept(m)) continue;
      found = { start: span.start + m.index, end: span.start + m.index + m[0].length, match: m };
      break;
    }
    pattern.lastIndex = 0;
    this.firsts.set(id, found);
    return found ?? undefined;
  }

  /** Whether `pattern` matches within [span.start, to): its first match in the span ends by `to`. */
  holds(key: string, pattern: RegExp, span: Span, to = span.end, accept?: (m: RegExpExecArray) => boolean): boolean {
    const m = this.first(key, pattern, span, accept);
    return m !== undefined && m.end <= to;
  }

  private endsOf(kind: SpanKind): number[] {
    let ends = this.ends.get(kind);
    if (!ends) {
      ends = [];
      const isEnd = ENDS[kind];
      for (let i = 0; i < this.text.length; i++) if (isEnd(this.text.charCodeAt(i))) ends.push(i);
      this.ends.set(kind, ends);
    }
    return ends;
  }
}
