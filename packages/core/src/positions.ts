/** Offsets ↔ LSP positions (0-based line, UTF-16 character). */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/**
 * Lines as the Language Server Protocol counts them — `\r\n`, `\r` and `\n` each end a line (YAML's line breaks
 * are the same three) — so that a position means the same line in the editor, in CLI output (JSON, SARIF, GitHub
 * annotations) and in core. A lone CR is rare, but a file saved with one must not shift every position after it.
 */
export class LineIndex {
  /** Where each line starts; found on first use, since a document without findings never asks. */
  private lines: number[] | undefined;

  constructor(readonly text: string) {}

  private get starts(): number[] {
    if (this.lines) return this.lines;
    const starts = [0];
    const text = this.text;
    if (!text.includes("\r")) {
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        if (c === 10 || c === 13) starts.push(i + 1);
      }
    }
    return (this.lines = starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The text's first line break (`\n` when it has none): what an edit that adds a line should write. */
  get eol(): string {
    const starts = this.starts;
    if (starts.length < 2) return "\n";
    return this.text.slice(this.lineEnd(0), starts[1]);
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo]! };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  /** The offset of a position; a character past the line's end means its end (as the protocol says). */
  offset(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    const line = Math.max(0, position.line);
    return Math.min(this.starts[line]! + Math.max(0, position.character), this.lineEnd(line));
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }

  /** Where the line's text ends, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1]!;
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}
