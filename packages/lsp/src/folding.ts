import { FoldingRangeKind, type FoldingRange } from "vscode-languageserver/node";
import type { LineIndex } from "@ogi-report/core";

const isSpace = (c: string | undefined) => c !== undefined && c.trim() === "";

/**
 * A key with its value on the following lines (`results:`, `overview: |`, `- item:`), or a bare list item (`-`).
 * Read by hand, in one pass: the regular expression this replaces let the spaces of a long line be shared out
 * between its `[^#:]*` and `\s*` in every way, and took seconds on one line of 20,000 characters.
 */
function opensBlock(text: string): boolean {
  const start = text.length - text.trimStart().length;
  if (text[start] === "-") {
    if (text.slice(start + 1).trim() === "") return true;
    // `- key:` and a key that starts with `-` (`-a:`) read the same, except for a quoted key after `- `.
    if (isSpace(text[start + 1]) && keyLine(text, start + 1 + (text.length - start - 1 - text.slice(start + 1).trimStart().length))) return true;
  }
  return keyLine(text, start);
}

/** `key:` from `at` (plain, "double" or 'single' quoted), then nothing but a block indicator and a comment. */
function keyLine(text: string, at: number): boolean {
  const first = text[at];
  if (first === undefined) return false;
  const quoted = first === '"' || first === "'" ? text.indexOf(first, at + 1) : -1;
  if (quoted >= 0) {
    const after = text.slice(quoted + 1).trimStart();
    if (after.startsWith(":") && valueOpensBlock(after.slice(1))) return true;
  }
  // A plain key (it may begin with a quote that does not close): up to the first `:` or `#`, which must be `:`.
  const keyStart = first === '"' || first === "'" ? at + 1 : at;
  const c = text[keyStart];
  if (c === undefined || isSpace(c) || c === "#" || c === '"' || c === "'" || c === ":") return false;
  for (let i = keyStart + 1; i < text.length; i++) {
    if (text[i] === "#") return false;
    if (text[i] === ":") return valueOpensBlock(text.slice(i + 1));
  }
  return false;
}

/** After the colon: nothing, or `|`/`>` with its indicators, then at most a comment. */
function valueOpensBlock(rest: string): boolean {
  let t = rest.trimStart();
  if (t[0] === "|" || t[0] === ">") {
    let i = 1;
    while (i < t.length && /[-+0-9]/.test(t[i]!)) i++;
    t = t.slice(i).trimStart();
  }
  return t === "" || (t[0] === "#" && !/[\r\u2028\u2029]/.test(t));
}

/**
 * Folding by indentation, so it works on half-typed documents that do not parse: every key whose value
 * spans lines folds, and so does every run of two or more comment lines.
 */
export function foldingRanges(lines: LineIndex): FoldingRange[] {
  const out: FoldingRange[] = [];
  const open: { line: number; indent: number }[] = [];
  let lastContent = -1;
  let commentStart = -1;
  let commentEnd = -1;
  const closeComments = () => {
    if (commentStart >= 0 && commentEnd > commentStart) out.push({ startLine: commentStart, endLine: commentEnd, kind: FoldingRangeKind.Comment });
    commentStart = -1;
  };
  for (let i = 0; i < lines.lineCount; i++) {
    const text = lines.lineText(i);
    const trimmed = text.trimStart();
    if (trimmed === "") continue;
    const indent = text.length - trimmed.length;
    const comment = trimmed.startsWith("#");
    if (comment) {
      if (commentStart < 0 || commentEnd !== i - 1) {
        closeComments();
        commentStart = i;
      }
      commentEnd = i;
    } else {
      closeComments();
    }
    // A comment as indented as a block's key belongs to what follows the block (`# （七）总计` above `total:`).
    while (open.length > 0 && open[open.length - 1]!.indent >= indent) {
      const block = open.pop()!;
      if (lastContent > block.line) out.push({ startLine: block.line, endLine: lastContent });
    }
    if (!comment && opensBlock(text)) open.push({ line: i, indent });
    lastContent = i;
  }
  closeComments();
  while (open.length > 0) {
    const block = open.pop()!;
    if (lastContent > block.line) out.push({ startLine: block.line, endLine: lastContent });
  }
  return out.sort((a, b) => a.startLine - b.startLine);
}
