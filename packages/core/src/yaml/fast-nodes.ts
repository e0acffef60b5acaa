import type { TMap, TNode, TPair, TScalar, TSeq } from "./tree.js";

/** What the fast reader throws when the text leaves the subset it is certain of: the careful path takes over. */
export const GIVE_UP = Symbol("give up");

export function giveUp(): never {
  throw GIVE_UP;
}

/*
 * The reader's nodes come from constructors whose prototype is Object.prototype: the plain objects a literal makes
 * (same prototype, keys and key order), minus the literal's allocation site. A report's tree is alive whenever the
 * heap is scavenged, so V8 kept deciding to pretenure those sites and back, and each decision threw away all the
 * reader's optimized code (twice in a run of 2,000 reports).
 */
export const Scalar = function (this: TScalar, value: unknown, source: string, quoted: boolean, start: number, end: number) {
  this.kind = "scalar";
  this.value = value;
  this.source = source;
  this.quoted = quoted;
  this.start = start;
  this.end = end;
} as unknown as new (value: unknown, source: string, quoted: boolean, start: number, end: number) => TScalar;
Scalar.prototype = Object.prototype;

export const Mapping = function (this: TMap, flow: boolean, start: number, end: number, pairs: TPair[]) {
  this.kind = "map";
  this.flow = flow;
  this.start = start;
  this.end = end;
  this.pairs = pairs;
} as unknown as new (flow: boolean, start: number, end: number, pairs: TPair[]) => TMap;
Mapping.prototype = Object.prototype;

export const Sequence = function (this: TSeq, flow: boolean, start: number, end: number, items: TNode[]) {
  this.kind = "seq";
  this.flow = flow;
  this.start = start;
  this.end = end;
  this.items = items;
} as unknown as new (flow: boolean, start: number, end: number, items: TNode[]) => TSeq;
Sequence.prototype = Object.prototype;

export const Pair = function (this: TPair, key: string, keyStart: number, keyEnd: number, value: TNode) {
  this.key = key;
  this.keyStart = keyStart;
  this.keyEnd = keyEnd;
  this.value = value;
} as unknown as new (key: string, keyStart: number, keyEnd: number, value: TNode) => TPair;
Pair.prototype = Object.prototype;

export const SPACE = 32;
export const HASH = 35;
export const COLON = 58;
export const NL = 10;
export const COMMA = 44;
export const DASH = 45;
export const OPEN_SQUARE = 91;
export const CLOSE_SQUARE = 93;
export const OPEN_CURLY = 123;
export const CLOSE_CURLY = 125;

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
export function digitsSource(text: string, start: number, end: number): string {
  return end - start === 1 ? ONE_DIGIT[text.charCodeAt(start) - 48]! : text.slice(start, end);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** A plain scalar text[start, end) as the core schema reads it. */
export function plainScalar(text: string, start: number, end: number): TScalar {
  const source = end - start === 1 && isDigit(text.charCodeAt(start)) ? digitsSource(text, start, end) : text.slice(start, end);
  // Most cells are plain digits: read them without a regex.
  const first = source.charCodeAt(0);
  if (first >= 48 && first <= 57 && source.length < 16 && allDigits(source)) {
    return new Scalar(parseInt(source, 10), source, false, start, end);
  }
  if (SPECIAL.test(source)) giveUp();
  let value: unknown;
  if (NULLS.has(source)) value = null;
  else if (TRUES.has(source)) value = true;
  else if (FALSES.has(source)) value = false;
  else if (INT.test(source)) value = parseInt(source, 10);
  else if (FLOAT.test(source)) value = parseFloat(source);
  else value = source;
  return new Scalar(value, source, false, start, end);
}

/** A key the core schema reads as a string: `null:`, `1.0:` or `.inf:` become other keys. */
export function plainStringKey(key: string): boolean {
  const c = key.charCodeAt(0);
  // A key that starts with a letter (or any non-ASCII character) is never a number, and is null or a boolean only
  // as one of those nine words of four or five letters: every key of a report, decided without a regex.
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127) {
    return (key.length !== 4 && key.length !== 5) || !(NULLS.has(key) || TRUES.has(key) || FALSES.has(key));
  }
  return !(NULLS.has(key) || TRUES.has(key) || FALSES.has(key) || INT.test(key) || FLOAT.test(key) || SPECIAL.test(key));
}

/**
 * The keys of one mapping, to refuse a duplicate. Most mappings hold a handful of keys, so they are compared with
 * the pairs already read; only a large mapping gets a Set.
 */
export class Keys {
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

/** stack[base…] as an array of its own, and the stack back to base. */
export function take<T>(stack: T[], base: number): T[] {
  const out = stack.slice(base);
  stack.length = base;
  return out;
}
