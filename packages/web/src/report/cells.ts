import { cellIndex, nodeAt, toPointer, type CellSpec, type Template, type TMap, type TNode } from "@ogi-report/core";

/** The template cell at a YAML path: the value itself, or `value:`/`note:` of a `{ value, note }` cell. */
export function cellAtPath(template: Template, path: readonly (string | number)[]): CellSpec | undefined {
  const index = cellIndex(template);
  const direct = index.get(toPointer(path));
  if (direct) return direct;
  const last = path[path.length - 1];
  if (path.length > 1 && (last === "value" || last === "note")) return index.get(toPointer(path.slice(0, -1)));
  return undefined;
}

/** The node holding a cell's figure as written: a bare scalar, or `value:` of a mapping. */
export function cellNode(root: TMap, spec: CellSpec): TNode | undefined {
  const node = nodeAt(root, spec.path);
  if (node?.kind === "map") return node.pairs.find((p) => p.key === "value")?.value;
  return node;
}

/** A cell's number when it is a usable number; blanks and text have findings of their own. */
export function cellNumber(root: TMap, spec: CellSpec): number | undefined {
  const node = cellNode(root, spec);
  if (!node || node.kind !== "scalar" || typeof node.value !== "number" || !Number.isFinite(node.value)) return undefined;
  if (spec.kind !== "wanYuan" && !Number.isInteger(node.value)) return undefined;
  return node.value;
}
