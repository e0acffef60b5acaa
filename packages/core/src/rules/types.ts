import type { CellSpec } from "../templates/cell-specs.js";
import type { Template, Text } from "../templates/types.js";
import type { RelatedRole, RuleId, Severity } from "../findings.js";
import type { LineIndex, Range } from "../positions.js";
import type { DocumentAccess } from "../cross/load.js";
import type { TMap } from "../yaml/tree.js";
import type { CellRead } from "./cell-reads.js";

export interface RuleMeta {
  id: RuleId;
  defaultSeverity: Severity;
  title: Text;
  description: Text;
  /** The legal or template basis of the rule. */
  basis: Text;
  fixable: boolean;
  /**
   * Rules that need more than the one document (previous year, units) say so; they are skipped without it.
   * "meta": about the comments that steer the rules (suppression). "tool": the tool's own failure on a file
   * (internal): no report can draw it, so it has no severity setting, no case table and no broken example.
   */
  scope: "document" | "cross-document" | "meta" | "tool";
}

/** An edit before positions are attached. */
export interface DraftEdit {
  start: number;
  end: number;
  newText: string;
}

export interface DraftFix {
  title: Text;
  safe: boolean;
  edits: DraftEdit[];
}

export interface DraftRelated {
  path: string;
  role: RelatedRole;
  message: Text;
  /** A location in another file (last year's report, a unit's report), with its range already known. */
  file?: string;
  range?: Range;
  /** A stretch of this document narrower than the node at `path` (a passage of prose), as text offsets. */
  at?: { start: number; end: number };
}

/** A linear identity Σ coef·cell = 0 that failed, kept for root-cause analysis. */
export interface FailedIdentity {
  terms: { pointer: string; coef: 1 | -1 }[];
  residual: number;
}

export interface Draft {
  ruleId: RuleId;
  path: string;
  /** Where an editor shows it; default: the node at `path`, else its nearest ancestor key. */
  at?: { start: number; end: number };
  message: Text;
  expected?: number | string;
  actual?: number | string | null;
  related?: DraftRelated[];
  fixes?: DraftFix[];
  identity?: FailedIdentity;
  /** A note rather than a problem (the rule cannot tell): reported as info unless the rule is off. */
  advisory?: true;
}

export interface RuleContext {
  text: string;
  lines: LineIndex;
  root: TMap;
  /** The template the document declares (2021 when it declares none we know). */
  template: Template;
  /** Every template cell, read once. */
  cells: ReadonlyMap<string, CellRead>;
  report(draft: Omit<Draft, "ruleId">): void;
  /** Other reports, when the front end can read files; cross-document rules skip without it. */
  documents?: DocumentAccess;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export type { CellSpec };
