import type { FileReader } from "../files.js";
import type { LineIndex } from "../positions.js";
import type { CellRead } from "../rules/cell-reads.js";
import type { ProseKey } from "../rules/prose/parts.js";
import type { Template, TemplateId } from "../templates/types.js";
import type { SyntaxProblem } from "../yaml/parse.js";
import type { TMap, TScalar } from "../yaml/tree.js";

/**
 * A top-level scalar of the report (agency, year, title…) with the node it was read from: the node's `start`/`end`
 * are its text offsets, so a presenter can show it and a rule can point at it.
 */
export interface ModelField<T> {
  readonly value: T;
  readonly node: TScalar;
}

/** A prose part written as text, with its node (the range of the whole block scalar). */
export interface ModelPart {
  readonly key: ProseKey;
  /** `/overview`, `/problems`…: the part's JSON Pointer. */
  readonly path: string;
  readonly value: string;
  readonly node: TScalar;
}

/** Last year's report, as `ogi check --previous` or the report's own `previous:` names it. */
export interface PreviousLink {
  /** Where a finding about it points: the `previous:` key. */
  readonly at: "/previous";
  readonly report?: OtherReport;
  readonly failure?: LoadFailure;
}

/** One entry of `units:` (a path or a glob), resolved through the front end's reader. */
export interface UnitEntry {
  readonly index: number;
  /** As written. */
  readonly entry: string;
  readonly outcome:
    /** A glob that this front end cannot list files for. */
    | { readonly kind: "unexpandable" }
    /** The file-access policy refused the glob. */
    | { readonly kind: "refused"; readonly failure: LoadFailure }
    | { readonly kind: "no-match" }
    /** Each matched file, read or not (this report itself left out). */
    | { readonly kind: "files"; readonly files: readonly (OtherReport | LoadFailure)[] };
}

/**
 * What one report says, read once from its parsed text: the flow's middle step (text → document with ranges →
 * model → rules → findings → presenters). Rules and presenters read it instead of walking or parsing the text again.
 * Immutable: the object is frozen and every member is readonly; `previous` and `units` are resolved on first use
 * (reading files costs, and most reports name none) and then fixed.
 */
export interface ReportModel {
  readonly text: string;
  readonly lines: LineIndex;
  /** The document with node ranges, for what walks its structure (the schema, locating a path, editor features). */
  readonly root: TMap;
  /** Problems of the YAML text itself (the parse went on past them: a duplicate key, a custom tag…). */
  readonly syntaxProblems: readonly SyntaxProblem[];
  /** The template the report declares, when it is one we know. */
  readonly templateId?: TemplateId;
  /** `template:` as written, whatever it is (a presenter may show an unknown one). */
  readonly templateWritten?: ModelField<unknown>;
  /** The template in force: the declared one, else 2021. */
  readonly template: Template;
  readonly agency?: ModelField<string>;
  /** The report's year, when it is written as a whole number. */
  readonly year?: ModelField<number>;
  readonly title?: ModelField<string>;
  readonly published?: ModelField<string>;
  readonly level?: ModelField<string>;
  /** The prose parts written as text, in document order (preamble, overview, problems, otherMatters). */
  readonly parts: readonly ModelPart[];
  /** Every template cell by JSON Pointer, in template order: value, note, state and node (its range). */
  readonly cells: ReadonlyMap<string, CellRead>;
  /** Last year's report; undefined when none is named or the front end gave no reader. */
  readonly previous: PreviousLink | undefined;
  /** The `units:` of a summary report; empty when there are none or the front end gave no reader. */
  readonly units: readonly UnitEntry[];
}

export type { CellRead, ProseKey };

/** What a front end gives core to reach other reports (last year's, a summary's units). */
export interface DocumentReader extends FileReader {
  /** Files matching a glob, as absolute paths; absent where the front end cannot list files. */
  expandGlob?(pattern: string, baseDir: string): string[];
}

/** Another report, read and judged cell by cell with its own template. */
export interface OtherReport {
  path: string;
  lines: LineIndex;
  template: Template;
  cells: ReadonlyMap<string, CellRead>;
  agency?: string;
  year?: number;
  label: string;
  /** Its text and tree, for rules that read its prose (copied-prose). */
  text: string;
  root: TMap;
  /** What it says, read as this report is. */
  model: ReportModel;
}

/**
 * Why another report was not loaded. Beside "missing" and "unreadable", a front end's file-access policy may
 * refuse a path (it throws an error whose `problem` says why): outside the report's project, not a regular file,
 * too large, a glob that reaches too many files or whose braces expand to too many alternatives.
 */
export type LoadFailure = { path: string; problem: "missing" | "unreadable" | "not-a-report" | RefusalProblem };

export type RefusalProblem = "outside-project" | "not-a-file" | "too-large" | "too-many-matches" | "glob-too-complex";

export interface DocumentAccess {
  /** This document's path. */
  path: string;
  load(path: string): OtherReport | LoadFailure;
  resolve(rel: string): string;
  /** Paths for a `units` entry; undefined when a glob cannot be expanded here; a failure when it was refused. */
  expand(entry: string): string[] | undefined | LoadFailure;
  /** `ogi check --previous`: overrides the document's own `previous:`. */
  previousOverride?: string;
}
