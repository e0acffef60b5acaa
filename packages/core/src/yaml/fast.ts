import type { TMap, TNode, TPair, TScalar, TSeq } from "./tree.js";

/**
 * A fast reader for the plain YAML that reports are written in: block mappings, one-line flow rows and
 * `{ value, note }` cells, plain and simply quoted scalars, `|` literal blocks, comments, `- item` lists.
 * It builds exactly the tree the careful path (the `yaml` package) builds, or gives up (returns undefined)
 * on anything outside that subset — anchors, tags, multi-line flow, folded or escaped scalars, tabs, CRLF,
 * duplicate keys — and the careful path takes over. Tests prove both paths agree.
 */
export function fastParse(text: string): TMap | undefined {
  try {
    return new FastParser(text).document();
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
}

const GIVE_UP = Symbol("give up");

/*
 * The reader's nodes come from constructors whose prototype is Object.prototype: the plain objects a literal makes
 * (same prototype, keys and key order), minus the literal's allocation site. A report's tree is alive whenever the
 * heap is scavenged, so V8 kept deciding to pretenure those sites and back, and each decision threw away all the
 * reader's optimized code (twice in a run of 2,000 reports).
 */
const Scalar = function (this: TScalar, value: unknown, source: string, quoted: boolean, start: number, end: number) {
  this.kind = "scalar";
  this.value = value;
  this.source = source;
  this.quoted = quoted;
  this.start = start;
  this.end = end;
} as unknown as new (value: unknown, source: string, quoted: boolean, start: number, end: number) => TScalar;
Scalar.prototype = Object.prototype;

const Mapping = function (this: TMap, flow: boolean, start: number, end: number, pairs: TPair[]) {
  this.kind = "map";
  this.flow = flow;
  this.start = start;
  this.end = end;
  this.pairs = pairs;
} as unknown as new (flow: boolean, start: number, end: number, pairs: TPair[]) => TMap;
Mapping.prototype = Object.prototype;

const Sequence = function (this: TSeq, flow: boolean, start: number, end: number, items: TNode[]) {
  this.kind = "seq";
  this.flow = flow;
  this.start = start;
  this.end = end;
  this.items = items;
} as unknown as new (flow: boolean, start: number, end: number, items: TNode[]) => TSeq;
Sequence.prototype = Object.prototype;

const Pair = function (this: TPair, key: string, keyStart: number, keyEnd: number, value: TNode) {
  this.key = key;
  this.keyStart = keyStart;
  this.keyEnd = keyEnd;
  this.value = value;
} as unknown as new (key: string, keyStart: number, keyEnd: number, value: TNode) => TPair;
Pair.prototype = Object.prototype;


function giveUp(): never {
  throw GIVE_UP;
}

const SPACE = 32;
const HASH = 35;
const COLON = 58;
const NL = 10;
const COMMA = 44;
const OPEN_SQUARE = 91;
const CLOSE_SQUARE = 93;
const OPEN_CURLY = 123;
const CLOSE_CURLY = 125;

const NULLS = new Set(["", "~", "null", "Null", "NULL"]);
const TRUES = new Set(["true", "True", "TRUE"]);
const FALSES = new Set(["false", "False", "FALSE"]);
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** Plain scalars the core schema reads otherwise (hex, octal, .inf, .nan): leave them to the careful path. */
const SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|0o[0-7]+|0x[0-9a-fA-F]+)$/;

/** "0" … "9": most cells are one digit (mostly 0), and need not each be a string of their own. */
const ONE_DIGIT = Array.from({ length: 10 }, (_, i) => String(i));

/** text[start, end), which holds only digits. */
function digitsSource(text: string, start: number, end: number): string {
  return end - start === 1 ? ONE_DIGIT[text.charCodeAt(start) - 48]! : text.slice(start, end);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/**
 * The keys of one mapping, to refuse a duplicate. Most mappings hold a handful of keys, so they are compared with
 * the pairs already read; only a large mapping gets a Set.
 */
class Keys {
  private set: Set<string> | undefined;

  /** False when `key` is already among pairs[from…] (whose keys are the ones added so far). */
  add(key: string, pairs: readonly TPair[], from: number): boolean {
    if (this.set) {
      if (this.set.has(key)) return false;
      this.set.add(key);
      return true;
    }
    for (let i = from; i < pairs.length; i++) if (pairs[i]!.key === key) return false;
    if (pairs.length - from >= 16) this.set = new Set([...pairs.slice(from).map((p) => p.key), key]);
    return true;
  }
}

/** A key the core schema reads as a string: `null:`, `1.0:` or `.inf:` become other keys. */
function plainStringKey(key: string): boolean {
  const c = key.charCodeAt(0);
  // A key that starts with a letter (or any non-ASCII character) is never a number, and is null or a boolean only
  // as one of those nine words of four or five letters: every key of a report, decided without a regex.
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127) {
    return (key.length !== 4 && key.length !== 5) || !(NULLS.has(key) || TRUES.has(key) || FALSES.has(key));
  }
  return !(NULLS.has(key) || TRUES.has(key) || FALSES.has(key) || INT.test(key) || FLOAT.test(key) || SPECIAL.test(key));
}

/** A line, as an index into the parser's line table (-1: none). */
type Line = number;
const NONE = -1;

class FastParser {
  /** Line n is text[starts[n], ends[n]), with indents[n] leading spaces: flat arrays, no object per line. */
  private readonly starts: number[];
  private readonly ends: number[];
  private readonly indents: number[];
  private readonly count: number;
  private i = 0;
  /**
   * The pairs and items of the collections being read, innermost last: a collection's array is sliced off the top
   * when it is complete, so it is made once at its final length (and by a builtin, with no allocation site for V8 to
   * make pretenuring decisions about: see Scalar).
   */
  private readonly pairStack: TPair[] = [];
  private readonly itemStack: TNode[] = [];

  constructor(private readonly text: string) {
    if (text.includes("\r") || text.includes("\t") || text.charCodeAt(0) === 0xfeff) giveUp();
    let count = 1;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", nl + 1)) count++;
    this.count = count;
    // Plain arrays of small integers: a typed array this small costs more to allocate than it saves.
    this.starts = new Array<number>(count);
    this.ends = new Array<number>(count);
    this.indents = new Array<number>(count);
    let start = 0;
    for (let n = 0; n < count; n++) {
      const nl = text.indexOf("\n", start);
      const end = nl === -1 ? text.length : nl;
      let indent = 0;
      while (start + indent < end && text.charCodeAt(start + indent) === SPACE) indent++;
      this.starts[n] = start;
      this.ends[n] = end;
      this.indents[n] = indent;
      start = nl + 1;
    }
  }

  /** Blank and comment-only lines carry nothing. */
  private isContent(line: Line): boolean {
    const p = this.starts[line]! + this.indents[line]!;
    return p < this.ends[line]! && this.text.charCodeAt(p) !== HASH;
  }

  private nextContent(): Line {
    while (this.i < this.count && !this.isContent(this.i)) this.i++;
    return this.i < this.count ? this.i : NONE;
  }

  /** Whether the line's content starts with `- ` (a block sequence item). */
  private startsItem(line: Line): boolean {
    const p = this.starts[line]! + this.indents[line]!;
    return this.text.charCodeAt(p) === 45 && this.text.charCodeAt(p + 1) === SPACE;
  }

  document(): TMap | undefined {
    const first = this.nextContent();
    if (first === NONE) return undefined; // empty: the careful path decides what an empty document is
    if (this.indents[first] !== 0) giveUp();
    const root = this.blockMap(0);
    if (this.nextContent() !== NONE) giveUp();
    return root;
  }

  private blockMap(indent: number): TMap {
    const pairs = this.pairStack;
    const base = pairs.length;
    const seen = new Keys();
    let start = -1;
    for (;;) {
      const line = this.nextContent();
      if (line === NONE || this.indents[line]! < indent) break;
      if (this.indents[line]! > indent) giveUp();
      const keyStart = this.starts[line]! + indent;
      const c = this.text.charCodeAt(keyStart);
      if (c === 45 /* - */ && this.text.charCodeAt(keyStart + 1) === SPACE) break;
      if (start < 0) start = keyStart;
      const colon = this.findKeyColon(keyStart, this.ends[line]!);
      const key = this.text.slice(keyStart, colon).trimEnd();
      if (!plainStringKey(key) || !seen.add(key, pairs, base)) giveUp();
      const keyEnd = keyStart + key.length;
      // Nested collections read by blockValue leave the stack as they found it.
      const value = this.blockValue(line, colon + 1, indent);
      pairs.push(new Pair(key, keyStart, keyEnd, value));
    }
    if (pairs.length === base) giveUp();
    const end = pairs[pairs.length - 1]!.value.end;
    return new Mapping(false, start, end, this.take(pairs, base));
  }

  /** The colon that ends a plain key on this line; gives up on keys that need quoting rules. */
  private findKeyColon(from: number, end: number): number {
    const c = this.text.charCodeAt(from);
    // Indicators that start something other than a plain key.
    if ("'\"{[]},&*!|>%@`?#".includes(this.text[from]!)) giveUp();
    void c;
    for (let p = from; p < end; p++) {
      const ch = this.text.charCodeAt(p);
      if (ch === COLON && p === from) giveUp(); // an empty key reads as null
      if (ch === COLON) {
        const next = p + 1 < end ? this.text.charCodeAt(p + 1) : NL;
        if (next === SPACE || next === NL) return p;
      } else if (ch === HASH && this.text.charCodeAt(p - 1) === SPACE) giveUp();
    }
    return giveUp();
  }

  /** What follows `key:` — on the same line, or a nested block on the next lines. */
  private blockValue(line: Line, after: number, indent: number): TNode {
    const lineEnd = this.ends[line]!;
    let p = after;
    while (p < lineEnd && this.text.charCodeAt(p) === SPACE) p++;
    if (p >= lineEnd || this.text.charCodeAt(p) === HASH) {
      if (p < lineEnd) giveUp(); // `key:  # comment` — let the careful path place it
      this.i++;
      const next = this.nextContent();
      if (next !== NONE && this.indents[next]! > indent) {
        if (this.startsItem(next)) return this.blockSeq(this.indents[next]!);
        return this.blockMap(this.indents[next]!);
      }
      if (next !== NONE && this.indents[next] === indent && this.startsItem(next)) {
        return this.blockSeq(indent);
      }
      return new Scalar(null, "", false, p, p);
    }
    const ch = this.text.charCodeAt(p);
    if (ch === 124 /* | */) return this.literalBlock(line, p, indent);
    if (ch === OPEN_SQUARE || ch === OPEN_CURLY) {
      const node = this.flow(p, lineEnd);
      this.expectLineEnd(node.end, lineEnd);
      this.i++;
      this.noContinuation(indent);
      return node;
    }
    const scalar = this.inlineScalar(p, lineEnd);
    this.i++;
    this.noContinuation(indent);
    return scalar;
  }

  /** A more-indented content line after a one-line value would continue a plain scalar: not ours. */
  private noContinuation(indent: number): void {
    const next = this.nextContent();
    if (next !== NONE && this.indents[next]! > indent) giveUp();
  }

  private expectLineEnd(from: number, end: number): void {
    let p = from;
    while (p < end && this.text.charCodeAt(p) === SPACE) p++;
    if (p < end && !(this.text.charCodeAt(p) === HASH && p > from)) giveUp();
  }

  private blockSeq(indent: number): TSeq {
    const items = this.itemStack;
    const base = items.length;
    let start = -1;
    for (;;) {
      const line = this.nextContent();
      if (line === NONE || this.indents[line] !== indent) {
        if (line !== NONE && this.indents[line]! > indent) giveUp();
        break;
      }
      const dash = this.starts[line]! + indent;
      if (!(this.text.charCodeAt(dash) === 45 && this.text.charCodeAt(dash + 1) === SPACE)) break;
      if (start < 0) start = dash;
      const lineEnd = this.ends[line]!;
      let p = dash + 2;
      while (p < lineEnd && this.text.charCodeAt(p) === SPACE) p++;
      if (p >= lineEnd || "[{|>-#".includes(this.text[p]!)) giveUp();
      items.push(this.inlineScalar(p, lineEnd));
      this.i++;
      this.noContinuation(indent);
    }
    const end = items[items.length - 1]!.end;
    return new Sequence(false, start, end, this.take(items, base));
  }

  /** A plain or quoted scalar that ends the line (a comment may follow). */
  private inlineScalar(p: number, end: number): TScalar {
    const ch = this.text[p]!;
    if (ch === '"' || ch === "'") {
      const node = this.quoted(p, end);
      this.expectLineEnd(node.end, end);
      return node;
    }
    if ("&*!%@`?,]}>".includes(ch)) giveUp();
    if (ch === "-" && this.text.charCodeAt(p + 1) === SPACE) giveUp();
    let stop = end;
    for (let q = p; q < end; q++) {
      const c = this.text.charCodeAt(q);
      if (c === HASH && this.text.charCodeAt(q - 1) === SPACE) {
        stop = q;
        break;
      }
      if (c === COLON && (q + 1 === end || this.text.charCodeAt(q + 1) === SPACE)) giveUp();
    }
    let e = stop;
    while (e > p && this.text.charCodeAt(e - 1) === SPACE) e--;
    return this.plain(p, e, false);
  }

  private plain(start: number, end: number, inFlow: boolean): TScalar {
    const source = end - start === 1 && isDigit(this.text.charCodeAt(start)) ? digitsSource(this.text, start, end) : this.text.slice(start, end);
    void inFlow; // flow items were scanned for brackets and commas already
    let value: unknown;
    const first = source.charCodeAt(0);
    // Most cells are plain digits: read them without a regex.
    if (first >= 48 && first <= 57 && source.length < 16 && allDigits(source)) {
      return new Scalar(parseInt(source, 10), source, false, start, end);
    }
    if (SPECIAL.test(source)) giveUp();
    if (NULLS.has(source)) value = null;
    else if (TRUES.has(source)) value = true;
    else if (FALSES.has(source)) value = false;
    else if (INT.test(source)) value = parseInt(source, 10);
    else if (FLOAT.test(source)) value = parseFloat(source);
    else value = source;
    return new Scalar(value, source, false, start, end);
  }

  private quoted(p: number, end: number): TScalar {
    const q = this.text[p]!;
    let e = p + 1;
    for (;;) {
      if (e >= end) giveUp(); // unterminated or multi-line
      const c = this.text[e]!;
      if (q === '"' && c === "\\") giveUp(); // escapes: the careful path
      if (c === q) {
        if (q === "'" && this.text[e + 1] === "'") giveUp(); // '' escape
        break;
      }
      e++;
    }
    const source = this.text.slice(p, e + 1);
    return new Scalar(this.text.slice(p + 1, e), source, true, p, e + 1);
  }

  /**
   * A one-line flow sequence: the rows of the tables, `[293, 16, 0, 0, 0, 0, 309]`. A count right before its
   * separator is read here, digit by digit, to the scalar `plain` makes of it; anything else goes through flowItem.
   */
  private flowSeq(p: number, end: number): TSeq {
    const text = this.text;
    const items = this.itemStack;
    const base = items.length;
    let q = p + 1;
    for (;;) {
      while (q < end && text.charCodeAt(q) === SPACE) q++;
      if (q >= end) giveUp();
      let c = text.charCodeAt(q);
      if (c === CLOSE_SQUARE) {
        if (items.length > base) giveUp(); // a trailing comma
        q++;
        break;
      }
      let item: TNode | undefined;
      if (isDigit(c)) {
        let d = q;
        let value = 0;
        do {
          value = value * 10 + (c - 48);
          c = ++d < end ? text.charCodeAt(d) : -1;
        } while (isDigit(c));
        // Fewer than 16 digits: exact as a double, as `plain` reads them.
        if (d - q < 16 && (c === COMMA || c === CLOSE_SQUARE)) item = new Scalar(value, digitsSource(text, q, d), false, q, d);
      }
      item ??= this.flowItem(q, end, "]");
      items.push(item);
      q = item.end;
      while (q < end && text.charCodeAt(q) === SPACE) q++;
      const sep = text.charCodeAt(q);
      if (sep === COMMA) {
        q++;
        continue;
      }
      if (sep === CLOSE_SQUARE) {
        q++;
        break;
      }
      giveUp();
    }
    return new Sequence(true, p, q, this.take(items, base));
  }

  /** stack[base…] as an array of its own, and the stack back to base. */
  private take<T>(stack: T[], base: number): T[] {
    const out = stack.slice(base);
    stack.length = base;
    return out;
  }

  private flow(p: number, end: number): TNode {
    if (this.text.charCodeAt(p) === OPEN_SQUARE) return this.flowSeq(p, end);
    // A one-line flow mapping, `{ value: 3, note: … }`.
    const pairs = this.pairStack;
    const base = pairs.length;
    const seen = new Keys();
    let q = p + 1;
    for (;;) {
      while (q < end && this.text.charCodeAt(q) === SPACE) q++;
      if (q >= end) giveUp();
      if (this.text.charCodeAt(q) === CLOSE_CURLY) {
        if (pairs.length > base) giveUp(); // a trailing comma
        q++;
        break;
      }
      // key: value
      let k = q;
      while (k < end && this.text[k] !== ":" && this.text[k] !== "," && this.text[k] !== "}") {
        if ("[]{".includes(this.text[k]!) || (this.text[k] === "#" && this.text.charCodeAt(k - 1) === SPACE)) giveUp();
        k++;
      }
      if (this.text[k] !== ":" || this.text.charCodeAt(k + 1) !== SPACE) giveUp();
      let ke = k;
      while (ke > q && this.text.charCodeAt(ke - 1) === SPACE) ke--;
      const key = this.text.slice(q, ke);
      if (!key || "'\"{[]},&*!|>%@`?#-".includes(key[0]!) || !plainStringKey(key) || !seen.add(key, pairs, base)) giveUp();
      let v = k + 1;
      while (v < end && this.text.charCodeAt(v) === SPACE) v++;
      const value = this.flowItem(v, end, "}");
      pairs.push(new Pair(key, q, ke, value));
      q = value.end;
      while (q < end && this.text.charCodeAt(q) === SPACE) q++;
      const sep = this.text.charCodeAt(q);
      if (sep === COMMA) {
        q++;
        continue;
      }
      if (sep === CLOSE_CURLY) {
        q++;
        break;
      }
      giveUp();
    }
    return new Mapping(true, p, q, this.take(pairs, base));
  }

  private flowItem(p: number, end: number, close: string): TNode {
    // Most items are counts, `[293, 16, 0, …]`: digits right before the separator are a plain integer, read in one
    // pass (what the general scan below and `plain` make of them).
    const closeCode = close.charCodeAt(0);
    let d = p;
    while (d < end && isDigit(this.text.charCodeAt(d))) d++;
    if (d > p && d - p < 16 && d < end) {
      const next = this.text.charCodeAt(d);
      if (next === COMMA || next === closeCode) {
        const source = digitsSource(this.text, p, d);
        return new Scalar(parseInt(source, 10), source, false, p, d);
      }
    }
    const ch = this.text[p];
    if (ch === undefined) giveUp();
    if (ch === '"' || ch === "'") return this.quoted(p, end);
    if (ch === "{") return this.flow(p, end);
    if (ch === "[" || ch === "," || ch === close || "&*!%@`?#|>:".includes(ch)) giveUp();
    // `- `, `? ` (and a lone `-` or `?`) are indicators, never the start of a plain scalar.
    if ((ch === "-" || ch === "?") && (p + 1 >= end || " ,]}".includes(this.text[p + 1]!))) giveUp();
    let e = p;
    while (e < end) {
      const c = this.text.charCodeAt(e);
      if (c === COMMA || c === closeCode) break;
      if (c === OPEN_SQUARE || c === CLOSE_SQUARE || c === OPEN_CURLY || c === CLOSE_CURLY) giveUp();
      if (c === COLON) {
        // `a:` before a space, a separator or the line's end makes an implicit mapping in flow.
        const n = e + 1 < end ? this.text.charCodeAt(e + 1) : SPACE;
        if (n === SPACE || n === COMMA || n === CLOSE_SQUARE || n === CLOSE_CURLY) giveUp();
      }
      if (c === HASH && this.text.charCodeAt(e - 1) === SPACE) giveUp();
      e++;
    }
    while (e > p && this.text.charCodeAt(e - 1) === SPACE) e--;
    if (e === p) giveUp();
    return this.plain(p, e, true);
  }

  /** `|` or `|-` literal block: lines more indented than the key, indentation stripped. */
  private literalBlock(line: Line, p: number, indent: number): TScalar {
    const lineEnd = this.ends[line]!;
    let h = p + 1;
    let strip = false;
    if (this.text[h] === "-") {
      strip = true;
      h++;
    }
    this.expectLineEnd(h, lineEnd);
    if (h < lineEnd && this.text.slice(h, lineEnd).trim() !== "") giveUp(); // a comment after the header
    this.i++;
    // The body is lines [first, last]: every line up to the first content line at or left of the key.
    const first = this.i;
    let blockIndent = -1;
    while (this.i < this.count) {
      const l = this.i;
      const width = this.ends[l]! - this.starts[l]!;
      const blank = this.indents[l] === width;
      if (!blank) {
        if (this.indents[l]! <= indent) break;
        if (blockIndent < 0) blockIndent = this.indents[l]!;
        if (this.indents[l]! < blockIndent) giveUp();
      } else if (blockIndent >= 0 && width > blockIndent) giveUp(); // whitespace lines deeper than the block
      this.i++;
    }
    if (blockIndent < 0) giveUp();
    // Trailing blank lines are not content (clip and strip chomping drop them).
    let last = this.i - 1;
    while (last >= first && this.indents[last] === this.ends[last]! - this.starts[last]!) last--;
    // Leading blank lines: leave them to the careful path.
    if (this.indents[first] !== blockIndent) giveUp();
    let value = "";
    for (let l = first; l <= last; l++) {
      if (l > first) value += "\n";
      if (this.ends[l]! - this.starts[l]! > blockIndent) value += this.text.slice(this.starts[l]! + blockIndent, this.ends[l]);
    }
    const lastEnd = this.ends[last]!;
    const end = lastEnd < this.text.length ? lastEnd + 1 : lastEnd;
    if (!strip) value += "\n";
    if (lastEnd >= this.text.length && !strip) giveUp(); // no final newline: chomping subtleties
    return new Scalar(value, this.text.slice(p, end), false, p, end);
  }
}
