import type { CellSpec } from "../templates/cells.js";
import type { Text } from "../templates/types.js";

/** 「（七）总计」「自然人」栏 — how the messages name a cell. */
export function cellName(spec: CellSpec): Text {
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
