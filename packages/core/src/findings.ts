import type { Range } from "./positions.js";

export type Severity = "error" | "warning" | "info";
/** A rule's severity as configured: a severity, or off. */
export type SeveritySetting = Severity | "off";
export type Locale = "zh-CN" | "en";

export type RuleId =
  | "yaml-syntax"
  | "schema"
  | "t3-row-total"
  | "t3-results-total"
  | "t3-balance"
  | "t4-total"
  | "cell-value"
  | "cell-blank"
  | "section-missing"
  | "template-year"
  | "text-figure"
  | "year-carry-over"
  | "year-in-force"
  | "sum-of-units"
  | "placeholder"
  | "publication-deadline"
  | "statistics-period"
  | "copied-prose"
  | "title-year"
  | "suppression"
  | "internal";

/** A change to the text: offsets for applying, range for editors. */
export interface TextEdit {
  start: number;
  end: number;
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  /** Safe fixes cannot change what a figure means (full-width digits, quoting); `--fix` applies only these. */
  safe: boolean;
  edits: TextEdit[];
}

export type RelatedRole = "addend" | "subtrahend" | "likely-cause" | "misfiled-pair" | "suppression" | "previous-year" | "copied" | "unit" | "table";

export interface RelatedLocation {
  /** Set when the location is in another file (as the front end named it). */
  file?: string;
  path: string;
  range: Range;
  role: RelatedRole;
  message: string;
}

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  message: string;
  /** JSON Pointer of what the finding is about (a cell, an unknown key, or where something missing belongs). */
  path: string;
  range: Range;
  expected?: number | string;
  actual?: number | string | null;
  related: RelatedLocation[];
  fixes: Fix[];
}

export const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A rule that threw: the document still gets the other findings; front ends log this. */
export interface InternalError {
  ruleId: RuleId;
  message: string;
}
