import type { TMap, TNode } from "@ogi-report/core";

/** What is under an offset in the YAML tree: the path of the key or value there. */
export interface TreeHit {
  path: (string | number)[];
  /** The node at `path` (for a key: the value it holds). */
  node: TNode;
  /** The offset is on the key itself, not on its value. */
  onKey: boolean;
  /** The span shown as the hover's target: the key, or the value. */
  span: { start: number; end: number };
}

/** The deepest key or value containing `offset` (end exclusive). */
export function hitAt(root: TMap, offset: number): TreeHit | undefined {
  let node: TNode = root;
  const path: (string | number)[] = [];
  for (;;) {
    let next: TNode | undefined;
    if (node.kind === "map") {
      for (const pair of node.pairs) {
        if (offset >= pair.keyStart && offset < pair.keyEnd) {
          return { path: [...path, pair.key], node: pair.value, onKey: true, span: { start: pair.keyStart, end: pair.keyEnd } };
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
    if (!next) return node === root ? undefined : { path, node, onKey: false, span: { start: node.start, end: node.end } };
    node = next;
  }
}
