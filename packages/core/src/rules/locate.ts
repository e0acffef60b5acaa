import { fromPointer } from "../templates/cell-specs.js";
import { pairOf, type TNode } from "../yaml/tree.js";

export interface Span {
  start: number;
  end: number;
}

/**
 * Where an editor should show something about `pointer`: the node itself when it exists, else the key of its
 * nearest existing ancestor (a missing property is underlined at its parent key), else the first line.
 */
export function locate(root: TNode, pointer: string, text: string, preferKey = false): Span {
  const segments = fromPointer(pointer);
  let node: TNode = root;
  let keySpan: Span | undefined;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    let next: TNode | undefined;
    let nextKey: Span | undefined;
    if (node.kind === "map") {
      const pair = pairOf(node, segment);
      if (pair) {
        next = pair.value;
        nextKey = { start: pair.keyStart, end: pair.keyEnd };
      }
    } else if (node.kind === "seq" && /^\d+$/.test(segment)) {
      next = node.items[Number(segment)];
    }
    if (!next) return keySpan ?? firstLine(text);
    node = next;
    keySpan = nextKey ?? { start: next.start, end: next.end };
    if (i === segments.length - 1) {
      if (preferKey && nextKey) return nextKey;
      if (next.kind === "scalar" && next.end > next.start) return { start: next.start, end: next.end };
      if (next.kind !== "scalar" && next.flow) return { start: next.start, end: next.end };
      return nextKey ?? { start: next.start, end: Math.max(next.start, Math.min(next.end, lineEndAt(text, next.start))) };
    }
  }
  return firstLine(text);
}

/** Where the line at `offset` ends, before its line break (`\n`, `\r\n` or a lone `\r`, as LSP counts lines). */
function lineEndAt(text: string, offset: number): number {
  for (let i = offset; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** Line 0 at the root, never nowhere: skip a leading modeline comment only if nothing else is there. */
function firstLine(text: string): Span {
  return { start: 0, end: lineEndAt(text, 0) };
}
