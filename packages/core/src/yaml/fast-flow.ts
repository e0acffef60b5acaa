import type { TNode, TPair, TScalar, TSeq } from "./tree.js";
import { LineTable } from "./fast-lines.js";
import {
  CLOSE_CURLY,
  CLOSE_SQUARE,
  COLON,
  COMMA,
  digitsSource,
  giveUp,
  HASH,
  isDigit,
  Keys,
  Mapping,
  OPEN_CURLY,
  OPEN_SQUARE,
  Pair,
  plainScalar,
  plainStringKey,
  Scalar,
  Sequence,
  SPACE,
  take,
} from "./fast-nodes.js";

/**
 * What the fast reader reads within one line: plain and simply quoted scalars, one-line flow sequences (the rows of
 * the tables) and flow mappings (`{ value, note }` cells), nested no deeper than the careful path allows.
 */
export class FlowReader extends LineTable {
  /**
   * The pairs and items of the collections being read, innermost last: a collection's array is sliced off the top
   * when it is complete, so it is made once at its final length (and by a builtin, with no allocation site for V8 to
   * make pretenuring decisions about: see Scalar).
   */
  protected readonly pairStack: TPair[] = [];
  protected readonly itemStack: TNode[] = [];
  private depth = 0;

  constructor(
    text: string,
    /** Collections nested deeper than this are the careful path's, which reports them. */
    private readonly maxDepth: number,
  ) {
    super(text);
  }

  /** Into a collection; the reader gives up (it never recurses) past maxDepth. */
  protected enter(): void {
    if (++this.depth >= this.maxDepth) giveUp();
  }

  protected leave(): void {
    this.depth--;
  }

  /** A plain or quoted scalar that ends the line (a comment may follow). */
  protected inlineScalar(p: number, end: number): TScalar {
    const ch = this.text[p]!;
    if (ch === '"' || ch === "'") {
      const node = this.quoted(p, end);
      this.expectLineEnd(node.end, end);
      return node;
    }
    if ("&*!%@`?,]}>".includes(ch)) giveUp();
    // `-` before a space or the line's end is a sequence entry, never the text "-".
    if (ch === "-" && (p + 1 === end || this.text.charCodeAt(p + 1) === SPACE)) giveUp();
    let stop = end;
    for (let q = p; q < end; q++) {
      const c = this.text.charCodeAt(q);
      if (c === HASH && this.text.charCodeAt(q - 1) === SPACE) {
        stop = q;
        break;
      }
      if (c === COLON && (q + 1 === end || this.text.charCodeAt(q + 1) === SPACE)) giveUp();
    }
    return plainScalar(this.text, p, this.trimSpaces(p, stop));
  }

  /** Only spaces, or a comment after at least one, from `from` to the line's end. */
  protected expectLineEnd(from: number, end: number): void {
    const p = this.skipSpaces(from, end);
    if (p < end && !(this.text.charCodeAt(p) === HASH && p > from)) giveUp();
  }

  protected quoted(p: number, end: number): TScalar {
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
    return new Scalar(this.text.slice(p + 1, e), this.text.slice(p, e + 1), true, p, e + 1);
  }

  /** A one-line flow collection at p. */
  protected flow(p: number, end: number): TNode {
    this.enter();
    const node = this.text.charCodeAt(p) === OPEN_SQUARE ? this.flowSeq(p, end) : this.flowMap(p, end);
    this.leave();
    return node;
  }

  /**
   * A one-line flow sequence: the rows of the tables, `[293, 16, 0, 0, 0, 0, 309]`. A count right before its
   * separator is read here, digit by digit, to the scalar `plainScalar` makes of it; anything else goes through flowItem.
   */
  private flowSeq(p: number, end: number): TSeq {
    const text = this.text;
    const items = this.itemStack;
    const base = items.length;
    let q = p + 1;
    for (;;) {
      q = this.skipSpaces(q, end);
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
        // Fewer than 16 digits: exact as a double, as `plainScalar` reads them.
        if (d - q < 16 && (c === COMMA || c === CLOSE_SQUARE)) item = new Scalar(value, digitsSource(text, q, d), false, q, d);
      }
      item ??= this.flowItem(q, end, CLOSE_SQUARE);
      items.push(item);
      q = this.skipSpaces(item.end, end);
      const sep = text.charCodeAt(q++);
      if (sep === CLOSE_SQUARE) break;
      if (sep !== COMMA) giveUp();
    }
    return new Sequence(true, p, q, take(items, base));
  }

  /** A one-line flow mapping, `{ value: 3, note: … }`. */
  private flowMap(p: number, end: number): TNode {
    const text = this.text;
    const pairs = this.pairStack;
    const base = pairs.length;
    const seen = new Keys();
    let q = p + 1;
    for (;;) {
      q = this.skipSpaces(q, end);
      if (q >= end) giveUp();
      if (text.charCodeAt(q) === CLOSE_CURLY) {
        if (pairs.length > base) giveUp(); // a trailing comma
        q++;
        break;
      }
      // key: value
      let k = q;
      while (k < end && text[k] !== ":" && text[k] !== "," && text[k] !== "}") {
        if ("[]{".includes(text[k]!) || (text[k] === "#" && text.charCodeAt(k - 1) === SPACE)) giveUp();
        k++;
      }
      if (text[k] !== ":" || text.charCodeAt(k + 1) !== SPACE) giveUp();
      const ke = this.trimSpaces(q, k);
      const key = text.slice(q, ke);
      if (!key || "'\"{[]},&*!|>%@`?#-".includes(key[0]!) || !plainStringKey(key) || !seen.add(key, pairs, base)) giveUp();
      const value = this.flowItem(this.skipSpaces(k + 1, end), end, CLOSE_CURLY);
      pairs.push(new Pair(key, q, ke, value));
      q = this.skipSpaces(value.end, end);
      const sep = text.charCodeAt(q++);
      if (sep === CLOSE_CURLY) break;
      if (sep !== COMMA) giveUp();
    }
    return new Mapping(true, p, q, take(pairs, base));
  }

  private flowItem(p: number, end: number, close: number): TNode {
    const text = this.text;
    // Most items are counts, `[293, 16, 0, …]`: digits right before the separator are a plain integer, read in one
    // pass (what the general scan below and `plainScalar` make of them).
    let d = p;
    while (d < end && isDigit(text.charCodeAt(d))) d++;
    if (d > p && d - p < 16 && d < end) {
      const next = text.charCodeAt(d);
      if (next === COMMA || next === close) {
        const source = digitsSource(text, p, d);
        return new Scalar(parseInt(source, 10), source, false, p, d);
      }
    }
    const ch = text[p];
    if (ch === undefined) giveUp();
    if (ch === '"' || ch === "'") return this.quoted(p, end);
    if (ch === "{") return this.flow(p, end);
    if (ch === "[" || ch === "," || ch === "]" || ch === "}" || "&*!%@`?#|>:".includes(ch)) giveUp();
    // `- ` (and a lone `-`) is an indicator, never the start of a plain scalar (`?` was refused above).
    if (ch === "-" && (p + 1 >= end || " ,]}".includes(text[p + 1]!))) giveUp();
    let e = p;
    while (e < end) {
      const c = text.charCodeAt(e);
      if (c === COMMA || c === close) break;
      if (c === OPEN_SQUARE || c === CLOSE_SQUARE || c === OPEN_CURLY || c === CLOSE_CURLY) giveUp();
      if (c === COLON) {
        // `a:` before a space, a separator or the line's end makes an implicit mapping in flow.
        const n = e + 1 < end ? text.charCodeAt(e + 1) : SPACE;
        if (n === SPACE || n === COMMA || n === CLOSE_SQUARE || n === CLOSE_CURLY) giveUp();
      }
      if (c === HASH && text.charCodeAt(e - 1) === SPACE) giveUp();
      e++;
    }
    e = this.trimSpaces(p, e);
    if (e === p) giveUp();
    return plainScalar(text, p, e);
  }
}
