import type { CellSpec, Text } from "@ogi-report/core";

/**
 * Abbreviated column labels for inlay hints, where the printed labels would push a row of seven figures off
 * the screen. (A candidate for core's template data.)
 */
const applicantShort: Text[] = [
  { zh: "自然人", en: "NP" },
  { zh: "企业", en: "Bus" },
  { zh: "科研", en: "Res" },
  { zh: "公益", en: "PIO" },
  { zh: "法律", en: "Law" },
  { zh: "其他", en: "Oth" },
  { zh: "总计", en: "Total" },
];

const reviewShort: Text[] = [
  { zh: "维持", en: "Upheld" },
  { zh: "纠正", en: "Corr" },
  { zh: "其他", en: "Other" },
  { zh: "未结", en: "Pend" },
  { zh: "总计", en: "Total" },
];

export function shortColumnLabel(spec: CellSpec): Text {
  const table = spec.table === "applications" ? applicantShort : spec.table === "reviewAndLitigation" ? reviewShort : undefined;
  return table?.[spec.columnIndex] ?? spec.column;
}
