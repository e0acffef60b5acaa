import type { CellKind } from "@ogi-report/core";
import { foldText } from "./fold.js";

/** Written in a cell to mean "nothing here": kept blank (null), never read as zero. */
const BLANK_MARKS = new Set(["", "/", "-", "--", "—", "——", "–", "无", "空", "\\"]);

/** 「55（含自然失效29件）」, 「73802895.90元」, 「-18」: a figure, its unit, a note beside it. */
const FIGURE = /^([-+]?\d[\d,]*(?:\.\d+)?)(万元|元)?(?:\((.*)\))?$/;

export type CellText =
  | { kind: "blank" }
  | { kind: "figure"; digits: string; unit?: string; note?: string }
  | { kind: "label" };

/** Read one whole cell's text (an HTML cell, a `|` cell). */
export function readCellText(raw: string): CellText {
  const s = foldText(raw).replace(/ /g, "");
  if (BLANK_MARKS.has(s)) return { kind: "blank" };
  const m = FIGURE.exec(s);
  if (!m) return { kind: "label" };
  let digits = m[1]!;
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits)) digits = digits.replace(/,/g, "");
  if (digits.includes(",")) return { kind: "label" };
  if (digits.startsWith("+")) digits = digits.slice(1);
  const note = m[3]?.trim();
  if (note !== undefined && !/[\u3400-\u9fff]/.test(note)) return { kind: "label" };
  return { kind: "figure", digits, ...(m[2] ? { unit: m[2] } : {}), ...(note ? { note } : {}) };
}

export function isValueLike(raw: string): boolean {
  return readCellText(raw).kind !== "label";
}

/**
 * Whether a piece of digits can be one cell of this kind. Splits of run-together digits rule out leading
 * zeros (「05」 is never printed); a cell read whole is more lenient (see `acceptWhole`).
 */
export function fitsKind(digits: string, unit: string | undefined, kind: CellKind): boolean {
  switch (kind) {
    case "count":
      return unit === undefined && /^(0|[1-9]\d*)$/.test(digits);
    case "signedCount":
      return unit === undefined && /^-?(0|[1-9]\d*)$/.test(digits);
    case "wanYuan":
      return (unit === undefined || unit === "万元") && /^(0|[1-9]\d*)(\.\d+)?$/.test(digits);
    case "amountText":
      return /^(0|[1-9]\d*)(\.\d+)?$/.test(digits);
  }
}

/** A whole cell: leading zeros and a stray unit are tolerated, the figure must still be of the right kind. */
export function acceptWhole(digits: string, unit: string | undefined, kind: CellKind): boolean {
  const d = digits.replace(/^(-?)0+(?=\d)/, "$1");
  return fitsKind(d, kind === "amountText" ? unit : undefined, kind) || (kind === "amountText" && /^\d+(\.\d+)?$/.test(d));
}
