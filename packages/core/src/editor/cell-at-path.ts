import { cellIndex, toPointer, type CellSpec } from "../templates/cell-specs.js";
import type { Template } from "../templates/types.js";
import { nodeAt, type TMap, type TNode } from "../yaml/tree.js";

const indexes = new Map<string, Map<string, CellSpec>>();

function indexOf(template: Template): Map<string, CellSpec> {
  let index = indexes.get(template.id);
  if (!index) {
    index = cellIndex(template);
    indexes.set(template.id, index);
  }
  return index;
}

export function cellSpec(template: Template, pointer: string): CellSpec | undefined {
  return indexOf(template).get(pointer);
}

/** The template cell at a YAML path: the value itself, or the `value:` of a `{ value, note }` cell. */
export function cellAtPath(template: Template, path: readonly (string | number)[]): CellSpec | undefined {
  const direct = cellSpec(template, toPointer(path));
  if (direct) return direct;
  if (path.length > 1 && (path[path.length - 1] === "value" || path[path.length - 1] === "note")) return cellSpec(template, toPointer(path.slice(0, -1)));
  return undefined;
}

/** The value node of a cell as written (a bare scalar or `value:` of a mapping). */
export function cellNode(root: TMap, spec: CellSpec): TNode | undefined {
  const node = nodeAt(root, spec.path);
  if (node?.kind === "map") return node.pairs.find((p) => p.key === "value")?.value;
  return node;
}
