import { DASH, giveUp, HASH, SPACE } from "./fast-nodes.js";

/** A line, as an index into the line table (-1: none). */
export type Line = number;
export const NONE = -1;

/**
 * Characters and line starts the fast reader is never certain of: a CR (a line break of its own, or half of CRLF),
 * a tab, a byte-order mark anywhere, and a document marker (`---`, `...`) at the start of a line, which ends or
 * starts a document rather than a key.
 */
function outsideSubset(text: string): boolean {
  return (
    text.includes("\r") ||
    text.includes("\t") ||
    text.includes("\uFEFF") ||
    text.startsWith("---") ||
    text.startsWith("...") ||
    text.includes("\n---") ||
    text.includes("\n...")
  );
}

/**
 * The scanner: the text's lines as flat arrays (no object per line), line n being text[starts[n], ends[n]) with
 * indents[n] leading spaces, and a cursor over them. Refuses (gives up on) a text outside the subset.
 */
export class LineTable {
  protected readonly starts: number[];
  protected readonly ends: number[];
  protected readonly indents: number[];
  protected readonly count: number;
  /** The line being read. */
  protected i = 0;

  constructor(protected readonly text: string) {
    if (outsideSubset(text)) giveUp();
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
  protected isContent(line: Line): boolean {
    const p = this.starts[line]! + this.indents[line]!;
    return p < this.ends[line]! && this.text.charCodeAt(p) !== HASH;
  }

  /** The next line with content, from the cursor on (the cursor moves to it). */
  protected nextContent(): Line {
    while (this.i < this.count && !this.isContent(this.i)) this.i++;
    return this.i < this.count ? this.i : NONE;
  }

  /** Whether the line's content starts with `- ` (a block sequence item). */
  protected startsItem(line: Line): boolean {
    const p = this.starts[line]! + this.indents[line]!;
    return this.text.charCodeAt(p) === DASH && this.text.charCodeAt(p + 1) === SPACE;
  }

  /** The first position from p on (before end) that is not a space. */
  protected skipSpaces(p: number, end: number): number {
    while (p < end && this.text.charCodeAt(p) === SPACE) p++;
    return p;
  }

  /** The end of text[from, p) without its trailing spaces (only U+0020: YAML trims no other white space). */
  protected trimSpaces(from: number, p: number): number {
    while (p > from && this.text.charCodeAt(p - 1) === SPACE) p--;
    return p;
  }
}
