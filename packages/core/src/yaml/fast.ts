import type { TMap, TNode, TScalar, TSeq } from "./tree.js";
import { FlowReader } from "./fast-flow.js";
import { NONE, type Line } from "./fast-lines.js";
import { COLON, DASH, giveUp, HASH, Keys, Mapping, NL, OPEN_CURLY, OPEN_SQUARE, Pair, plainStringKey, Scalar, Sequence, SPACE, take } from "./fast-nodes.js";

/**
 * A fast reader for the plain YAML that reports are written in: block mappings, one-line flow rows and
 * `{ value, note }` cells, plain and simply quoted scalars, `|` literal blocks, comments, `- item` lists.
 * It builds exactly the tree the careful path (the `yaml` package) builds, or gives up (returns undefined)
 * wherever it is not certain — anchors, tags, multi-line flow, folded or escaped scalars, tabs, CR, a BOM,
 * document markers, duplicate keys, deep nesting — and the careful path takes over. Tests prove both paths agree.
 * The reader is in three parts: the scanner (fast-lines.ts), one-line values (fast-flow.ts) and blocks (here).
 */
export function fastParse(text: string, maxDepth = 64): TMap | undefined {
  try {
    return new BlockReader(text, maxDepth).document();
  } catch {
    // GIVE_UP, or anything unforeseen (the stack of a small worker thread…): either way the reader is not certain,
    // and the careful path reads the text and reports what is wrong with it.
    return undefined;
  }
}

class BlockReader extends FlowReader {
  document(): TMap | undefined {
    const first = this.nextContent();
    if (first === NONE) return undefined; // empty: the careful path decides what an empty document is
    if (this.indents[first] !== 0) giveUp();
    const root = this.blockMap(0);
    if (this.nextContent() !== NONE) giveUp();
    return root;
  }

  private blockMap(indent: number): TMap {
    this.enter();
    const pairs = this.pairStack;
    const base = pairs.length;
    const seen = new Keys();
    const start = this.starts[this.nextContent()]! + indent;
    for (;;) {
      const line = this.nextContent();
      if (line === NONE || this.indents[line]! < indent) break;
      if (this.indents[line]! > indent) giveUp();
      const keyStart = this.starts[line]! + indent;
      if (this.startsItem(line)) break;
      const colon = this.findKeyColon(keyStart, this.ends[line]!);
      const keyEnd = this.trimSpaces(keyStart, colon);
      const key = this.text.slice(keyStart, keyEnd);
      if (!plainStringKey(key) || !seen.add(key, pairs, base)) giveUp();
      // Nested collections read by blockValue leave the stack as they found it.
      const value = this.blockValue(line, colon + 1, indent);
      pairs.push(new Pair(key, keyStart, keyEnd, value));
    }
    if (pairs.length === base) giveUp();
    const end = pairs[pairs.length - 1]!.value.end;
    this.leave();
    return new Mapping(false, start, end, take(pairs, base));
  }

  /** The colon that ends a plain key on this line; gives up on keys that need quoting rules. */
  private findKeyColon(from: number, end: number): number {
    // Indicators that start something other than a plain key; an empty key (`: x`) reads as null.
    if ("'\"{[]},&*!|>%@`?#:".includes(this.text[from]!)) giveUp();
    for (let p = from + 1; p < end; p++) {
      const ch = this.text.charCodeAt(p);
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
    const p = this.skipSpaces(after, lineEnd);
    if (p < lineEnd && this.text.charCodeAt(p) === HASH) giveUp(); // `key:  # comment`: the careful path places it
    if (p >= lineEnd) {
      this.i++;
      const next = this.nextContent();
      if (next !== NONE && this.indents[next]! > indent) {
        return this.startsItem(next) ? this.blockSeq(this.indents[next]!) : this.blockMap(this.indents[next]!);
      }
      if (next !== NONE && this.indents[next] === indent && this.startsItem(next)) return this.blockSeq(indent);
      return new Scalar(null, "", false, p, p);
    }
    const ch = this.text.charCodeAt(p);
    if (ch === 124 /* | */) return this.literalBlock(line, p, indent);
    let node: TNode;
    if (ch === OPEN_SQUARE || ch === OPEN_CURLY) {
      node = this.flow(p, lineEnd);
      this.expectLineEnd(node.end, lineEnd);
    } else {
      node = this.inlineScalar(p, lineEnd);
    }
    this.i++;
    this.noContinuation(indent);
    return node;
  }

  /** A more-indented content line after a one-line value would continue a plain scalar: not ours. */
  private noContinuation(indent: number): void {
    const next = this.nextContent();
    if (next !== NONE && this.indents[next]! > indent) giveUp();
  }

  private blockSeq(indent: number): TSeq {
    this.enter();
    const items = this.itemStack;
    const base = items.length;
    const start = this.starts[this.nextContent()]! + indent;
    for (;;) {
      const line = this.nextContent();
      // Never deeper: noContinuation refused that after the item before.
      if (line === NONE || this.indents[line]! < indent || !this.startsItem(line)) break;
      const lineEnd = this.ends[line]!;
      const p = this.skipSpaces(this.starts[line]! + indent + 2, lineEnd);
      if (p >= lineEnd || "[{|>-#".includes(this.text[p]!)) giveUp();
      items.push(this.inlineScalar(p, lineEnd));
      this.i++;
      this.noContinuation(indent);
    }
    const end = items[items.length - 1]!.end;
    this.leave();
    return new Sequence(false, start, end, take(items, base));
  }

  /** `|` or `|-` literal block: lines more indented than the key, indentation stripped. */
  private literalBlock(line: Line, p: number, indent: number): TScalar {
    const text = this.text;
    let h = p + 1;
    const strip = text.charCodeAt(h) === DASH;
    if (strip) h++;
    // Only the header: a comment after it is the careful path's.
    if (this.skipSpaces(h, this.ends[line]!) < this.ends[line]!) giveUp();
    this.i++;
    // The body is lines [first, last]: every line up to the first content line at or left of the key.
    const first = this.i;
    let blockIndent = -1;
    while (this.i < this.count) {
      const l = this.i;
      const width = this.ends[l]! - this.starts[l]!;
      if (this.indents[l] !== width) {
        if (this.indents[l]! <= indent) break;
        if (blockIndent < 0) blockIndent = this.indents[l]!;
        if (this.indents[l]! < blockIndent) giveUp();
      } else if (blockIndent >= 0 && width > blockIndent) giveUp(); // whitespace lines deeper than the block
      this.i++;
    }
    // Leading blank lines (or none with content): the careful path.
    if (blockIndent < 0 || this.indents[first] !== blockIndent) giveUp();
    // Trailing blank lines are not content (clip and strip chomping drop them).
    let last = this.i - 1;
    while (this.indents[last] === this.ends[last]! - this.starts[last]!) last--;
    const lastEnd = this.ends[last]!;
    if (lastEnd >= text.length) giveUp(); // no final newline: chomping subtleties
    let value = "";
    for (let l = first; l <= last; l++) {
      if (l > first) value += "\n";
      if (this.ends[l]! - this.starts[l]! > blockIndent) value += text.slice(this.starts[l]! + blockIndent, this.ends[l]);
    }
    if (!strip) value += "\n";
    const end = lastEnd + 1;
    return new Scalar(value, text.slice(p, end), false, p, end);
  }
}
