import { FoldingRangeKind, type FoldingRange } from "vscode-languageserver/node";
import type { LineIndex } from "@ogi-report/core";

/** A key with its value on the following lines (`results:`, `overview: |`), or a list item. */
const OPENS_BLOCK = /^\s*(?:-\s+)?(?:["']?[^\s#"':][^#:]*["']?|"[^"]*"|'[^']*')\s*:\s*(?:[|>][-+0-9]*)?\s*(?:#.*)?$|^\s*-\s*$/;

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
    if (!comment && OPENS_BLOCK.test(text)) open.push({ line: i, indent });
    lastContent = i;
  }
  closeComments();
  while (open.length > 0) {
    const block = open.pop()!;
    if (lastContent > block.line) out.push({ startLine: block.line, endLine: lastContent });
  }
  return out.sort((a, b) => a.startLine - b.startLine);
}
