/** One report audited: imported when it is a page or text, then checked; figures read for the totals. */
export interface AuditedReport {
  file: string;
  imported: boolean;
  agency: string;
  year: number | null;
  template: string;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings per rule id, by severity. */
  rules: Record<string, { errors: number; warnings: number; infos: number }>;
  /** Cells the import could not settle (imported files only). */
  cellsUncertain?: number;
  figures: { received: number | null; granted: number | null; handled: number | null; reviews: number | null; suits: number | null };
  /** Every finding, with the cell it is about named (for the dashboard's drill-down and the exports). */
  findings: AuditFinding[];
}

export interface AuditFinding {
  ruleId: string;
  severity: "error" | "warning" | "info";
  message: string;
  /** JSON Pointer in the report. */
  path: string;
  /** The cell as the table names it (「（七）总计」栏), or "" when the finding is not about a cell. */
  cell: string;
  /** 1-based line in the YAML checked (the imported YAML for a page or text). */
  line: number;
}

export interface AuditTotals {
  reports: number;
  failing: number;
  errors: number;
  warnings: number;
  received: number;
  granted: number;
  handled: number;
  grantedShare: number | null;
  reviews: number;
  suits: number;
  /** For each rule: how many reports fail it, and its findings. */
  rules: Record<string, { reports: number; findings: number }>;
}

/**
 * What became of one file given to the audit: every file appears, so nothing is left out without a word.
 * checked: a report, audited; no-table: a page or text with no table of a report in it; not-a-report: a file met on
 * a walk that is something else (a CI config, a README, a FIFO); unreadable: it could not be read; internal: the
 * tool broke on it (the other files are still audited).
 */
export type AuditStatus = "checked" | "no-table" | "not-a-report" | "unreadable" | "internal";

export interface AuditEntry {
  file: string;
  status: AuditStatus;
  /** Why, for every status but `checked`. */
  reason?: string;
}

/** A file to audit: named on the command line (`explicit`), or found on a walk. */
export interface AuditInput {
  display: string;
  path: string;
  explicit: boolean;
  /** Set when the file cannot be audited before it is opened (a FIFO, a device, a folder that cannot be listed). */
  skipped?: { status: "not-a-report" | "unreadable"; reason: unknown };
}
