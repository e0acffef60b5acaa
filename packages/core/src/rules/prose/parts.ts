import { pairOf, type TMap, type TScalar } from "../../yaml/tree.js";

/** The prose parts, in document order; `preamble` is optional. */
export const PROSE_KEYS = ["preamble", "overview", "problems", "otherMatters"] as const;
export type ProseKey = (typeof PROSE_KEYS)[number];

export interface ProsePart {
  key: ProseKey;
  path: string;
  node: TScalar;
  value: string;
}

/** The prose parts a document has, as strings with their nodes. */
export function proseParts(root: TMap, keys: readonly ProseKey[] = PROSE_KEYS): ProsePart[] {
  const out: ProsePart[] = [];
  for (const key of keys) {
    const node = pairOf(root, key)?.value;
    if (node?.kind === "scalar" && typeof node.value === "string") out.push({ key, path: "/" + key, node, value: node.value });
  }
  return out;
}
