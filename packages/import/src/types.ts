import type { TemplateId, Text } from "@ogi-report/core";

export type InputKind = "html" | "text";

/**
 * Where something is in the imported source. Text: 1-based line and column. HTML: the same for the raw
 * markup, plus the element path (e.g. `body>div>table[2]>tr[5]>td[3]`) when the place is inside an element.
 */
export interface SourceLocation {
  offset: number;
  line: number;
  column: number;
  htmlPath?: string;
}

export type DiagnosticCode =
  | "cell-uncertain"
  | "cell-recovered"
  | "cell-missing"
  | "value-unplaced"
  | "row-missing"
  | "row-duplicate"
  | "row-short"
  | "heading-missing"
  | "part-inferred"
  | "template-guessed"
  | "agency-unknown"
  | "year-unknown"
  | "identities-fail"
  | "html-malformed"
  | "no-report";

export interface ImportDiagnostic {
  code: DiagnosticCode;
  severity: "error" | "warning" | "info";
  message: Text;
  /** JSON Pointer of the cell or row in the report, when the diagnostic is about one. */
  path?: string;
  location: SourceLocation;
  /** For uncertain cells: the splits or placements that fit, each a row of cell texts. */
  candidates?: string[][];
  /** For uncertain cells: the pointers of the cells each candidate row lists, in order. */
  cells?: string[];
}

export interface ImportOptions {
  /** Written as `source:`; a file path or URL. */
  source?: string;
  /** Used when the document does not name its agency (or to override it). */
  agency?: string;
  /** Used when the document does not say its year (or to override it). */
  year?: number;
  /** Force a template instead of detecting it. */
  template?: TemplateId;
  /** The `$schema` of the modeline; defaults to the published schema URL. */
  schema?: string;
}

export interface ImportSummary {
  /** Tables found (of the three: 主动公开, 申请, 复议诉讼). */
  tables: number;
  /** Cells with a value or a published blank, read with certainty (recovered cells included). */
  cellsRead: number;
  /** Cells left empty because the source does not settle them (ambiguous split, lost or missing cell). */
  cellsUncertain: number;
  /** Cells published blank (written as null). */
  blanks: number;
  /** Of the cells not read, those the source does not contain (a row never printed, the rest of a cut row). */
  absent: number;
}

/** Offsets [start, end) in the input given to the import (for HTML, of the cell's text in the markup). */
export interface SourceRange {
  start: number;
  end: number;
}

export interface ImportResult {
  yaml: string;
  report: Record<string, unknown>;
  template: TemplateId;
  diagnostics: ImportDiagnostic[];
  summary: ImportSummary;
  /**
   * Where each cell read from the source is printed, by pointer: the figure (a published blank: its empty cell).
   * Cells not read (open, absent) and cells recovered from an identity have none.
   */
  cellRanges: Record<string, SourceRange>;
}
