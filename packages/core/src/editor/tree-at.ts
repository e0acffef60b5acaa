import type { TNode, TMap } from "../yaml/tree.js";

/** What is under a position: the path of the key or value there. */
export interface TreeHit {
  path: (string | number)[];
  /** The node at `path` (for a key: the value it holds). */
  node: TNode;
  /** The position is on the key itself, not on its value. */
  onKey: boolean;
  key?: { start: number; end: number };
}

/** The deepest key or value containing `offset` (end exclusive: a position is the character after it). */
export function hitAt(root: TMap, offset: number): TreeHit | undefined {
  let node: TNode = root;
  const path: (string | number)[] = [];
  for (;;) {
    let next: TNode | undefined;
    if (node.kind === "map") {
      for (const pair of node.pairs) {
        if (offset >= pair.keyStart && offset < pair.keyEnd) {
          return { path: [...path, pair.key], node: pair.value, onKey: true, key: { start: pair.keyStart, end: pair.keyEnd } };
        }
        if (offset >= pair.value.start && offset < pair.value.end) {
          path.push(pair.key);
          next = pair.value;
          break;
        }
      }
    } else if (node.kind === "seq") {
      const i = node.items.findIndex((item) => offset >= item.start && offset < item.end);
      if (i >= 0) {
        path.push(i);
        next = node.items[i];
      }
    }
    if (!next) return path.length === 0 && node === root ? undefined : { path, node, onKey: false };
    node = next;
  }
}
