/**
 * A light, parser-independent view of the YAML document: what rules need and nothing more.
 * Offsets are UTF-16 code-unit offsets into the text (what LSP and JS strings use).
 */
export type TNode = TMap | TSeq | TScalar;

interface TBase {
  start: number;
  end: number;
}

export interface TPair {
  key: string;
  keyStart: number;
  keyEnd: number;
  /** The value; a key with nothing after it (`problems:`) has a null scalar at keyEnd. */
  value: TNode;
}

export interface TMap extends TBase {
  kind: "map";
  flow: boolean;
  pairs: TPair[];
}

export interface TSeq extends TBase {
  kind: "seq";
  flow: boolean;
  items: TNode[];
}

export interface TScalar extends TBase {
  kind: "scalar";
  /** The value under YAML 1.2's core schema: number, string, boolean or null. */
  value: unknown;
  /** The text as written (for plain scalars: exact digits, so money never passes through a float). */
  source: string;
  quoted: boolean;
  tag?: string;
}

const indexes = new WeakMap<TMap, Map<string, TPair>>();

/** The pair with this key; large maps get an index, so per-finding lookups stay linear overall. */
export function pairOf(map: TMap, key: string): TPair | undefined {
  if (map.pairs.length <= 32) {
    for (const p of map.pairs) if (p.key === key) return p;
    return undefined;
  }
  let index = indexes.get(map);
  if (!index) {
    index = new Map();
    // First occurrence wins, as in the linear search (duplicates are a syntax finding already).
    for (const p of map.pairs) if (!index.has(p.key)) index.set(p.key, p);
    indexes.set(map, index);
  }
  return index.get(key);
}

export function child(node: TNode | undefined, segment: string | number): TNode | undefined {
  if (!node) return undefined;
  if (node.kind === "map") return pairOf(node, String(segment))?.value;
  if (node.kind === "seq") {
    const i = typeof segment === "number" ? segment : /^\d+$/.test(segment) ? Number(segment) : -1;
    return i >= 0 ? node.items[i] : undefined;
  }
  return undefined;
}

export function nodeAt(root: TNode | undefined, path: readonly (string | number)[]): TNode | undefined {
  let node = root;
  for (const segment of path) {
    node = child(node, segment);
    if (!node) return undefined;
  }
  return node;
}

/** Plain JS value for schema validation; objects have no prototype, so `__proto__` is just a key. */
export function toPlain(node: TNode): unknown {
  switch (node.kind) {
    case "scalar":
      return node.value;
    case "seq":
      return node.items.map(toPlain);
    case "map": {
      const out: Record<string, unknown> = Object.create(null);
      for (const p of node.pairs) out[p.key] = toPlain(p.value);
      return out;
    }
  }
}
