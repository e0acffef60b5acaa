import { locate, readReportModel } from "@ogi-report/core";

/**
 * Where a clicked cell is in the YAML: the JSON Pointer from the preview's `data-pointer` → character offsets,
 * found the same way findings are placed (the value itself, else the key of its nearest existing ancestor).
 * Undefined when the text has no tree at all (then the preview's click does nothing rather than jump to line 1).
 */
export function locatePointer(text: string, pointer: string): { start: number; end: number } | undefined {
  const root = readReportModel(text).model?.root;
  if (!root) return undefined;
  return locate(root, pointer, text);
}
