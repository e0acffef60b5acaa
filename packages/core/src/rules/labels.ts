import type { CellSpec } from "../templates/cell-specs.js";
import type { Text } from "../templates/types.js";

const names = new WeakMap<CellSpec, Text>();

/**
 * 「（七）总计」「自然人」栏 — how the messages name a cell. Made once per cell of a template (a failed sum names
 * each of its addends), and frozen, since every finding that names the cell shares it.
 */
export function cellName(spec: CellSpec): Text {
  let name = names.get(spec);
  if (!name) names.set(spec, (name = Object.freeze(nameOf(spec))));
  return name;
}

function nameOf(spec: CellSpec): Text {
  if (spec.table === "activeDisclosure") {
    const single = spec.path.length === 2;
    return {
      zh: single ? `${spec.groups[0]!.zh}「${spec.row.zh}」` : `${spec.groups[0]!.zh}「${spec.row.zh}」的「${spec.column.zh}」`,
      en: single ? `${spec.groups[0]!.en} “${spec.row.en}”` : `${spec.groups[0]!.en} “${spec.row.en}”, “${spec.column.en}”`,
    };
  }
  return {
    zh: `「${spec.row.zh}」${spec.column.zh}栏`,
    en: `“${spec.row.en}”, ${spec.column.en} column`,
  };
}

export function rowName(spec: CellSpec): Text {
  return { zh: `「${spec.row.zh}」`, en: `“${spec.row.en}”` };
}
