import type { Finding, InternalError, Locale, RuleId, SeveritySetting } from "./findings.js";
import { severityRank } from "./findings.js";
import { LineIndex, type Range } from "./positions.js";
import { lazyFinding, type PlacedRelated } from "./lazy-finding.js";
import { cellsOf } from "./templates/cell-specs.js";
import { isTemplateId, templates, type TemplateId } from "./templates/index.js";
import { readCells, type CellRead } from "./rules/cell-reads.js";
import { documentRules, ruleMeta } from "./rules/index.js";
import { locate } from "./rules/locate.js";
import { annotateMisfiled, annotateSuspects, findSuspects } from "./rules/root-cause.js";
import type { Draft, RuleContext } from "./rules/types.js";
import { applySuppressions } from "./suppress.js";
import { defaultLimits, parseYaml, type ParseLimits, type SyntaxProblem } from "./yaml/parse.js";
import { pairOf, type TMap } from "./yaml/tree.js";
import { syntaxMessage } from "./syntax-messages.js";
import { documentAccess, type DocumentReader } from "./cross/load.js";

export type { SeveritySetting } from "./findings.js";

export interface CheckOptions {
  locale?: Locale;
  /** This document's path and a reader for the others it names (`previous:`, `units:`). */
  documents?: { path: string; reader: DocumentReader; previous?: string };
  /** Per-rule severity overrides (from the config file or the editor). */
  rules?: Partial<Record<RuleId, SeveritySetting>>;
  limits?: ParseLimits;
}

export type { InternalError } from "./findings.js";

export interface CheckResult {
  findings: Finding[];
  /** The template the document declares, when it is one we know. */
  template?: TemplateId;
  internalErrors: InternalError[];
}

/** Check one report's text. Pure: no I/O, never throws. */
export function checkText(text: string, options: CheckOptions = {}): CheckResult {
  const locale = options.locale ?? "zh-CN";
  const lines = new LineIndex(text);
  const drafts: Draft[] = [];
  const internalErrors: InternalError[] = [];
  const parsed = parseYaml(text, options.limits ?? defaultLimits);
  for (const p of parsed.problems) drafts.push(syntaxDraft(p));

  const root = parsed.root as TMap | undefined;
  let template: TemplateId | undefined;
  let cells: ReadonlyMap<string, CellRead> = new Map<string, CellRead>();
  if (root) {
    const declared = pairOf(root, "template")?.value;
    const id = declared?.kind === "scalar" ? String(declared.value) : undefined;
    template = isTemplateId(id) ? id : undefined;
    const tpl = templates[template ?? "2021"];
    cells = readCells(root, cellsOf(tpl));
    const ctx: RuleContext = {
      text,
      lines,
      root,
      template: tpl,
      cells,
      report: () => {},
      // Only a report that names another (previous:, units:, or --previous) needs the reader; most name none.
      ...(options.documents && (options.documents.previous || pairOf(root, "previous") || pairOf(root, "units"))
        ? { documents: documentAccess(options.documents.path, options.documents.reader, options.documents.previous) }
        : {}),
    };
    for (const rule of documentRules) {
      ctx.report = reporter(drafts, rule.meta.id);
      try {
        rule.check(ctx);
      } catch (error) {
        internalErrors.push({ ruleId: rule.meta.id, message: String((error as Error)?.stack ?? error) });
      }
    }
    // Root causes are sought among two or more failed identities (findSuspects); most reports have none.
    annotateSuspects(findSuspects(drafts, cells, tpl), cells);
    annotateMisfiled(drafts);
  }

  const suppressed = applySuppressions(drafts, lines, root, text);
  // A loop, not .map with a closure: a closure here would put root, text and lines in this function's context (see
  // reporter below).
  const finalized: Finalized[] = [];
  for (const d of suppressed) {
    const f = finalize(d, root, cells, text, lines, locale, options.rules);
    if (f !== undefined) finalized.push(f);
  }
  return { findings: order(finalized), ...(template ? { template } : {}), internalErrors };
}

/**
 * A rule's `report`, made out here so that its closure holds the drafts and the rule id and nothing of checkText's
 * scope. V8 keeps these closures alive for a while after the check (the rules' call feedback points at them, and
 * its scavenger treats those weak references as strong): closed over checkText's scope, they kept every report's
 * tree and text alive into the next collections, and a third of a 2,000-report run went to copying them.
 */
function reporter(drafts: Draft[], ruleId: RuleId): RuleContext["report"] {
  return (d) => drafts.push({ ...d, ruleId });
}

function syntaxDraft(p: SyntaxProblem): Draft {
  return { ruleId: "yaml-syntax", path: "", at: { start: p.start, end: p.end }, message: syntaxMessage(p) };
}

/** A finding, and where the likely cause it names is (ordering groups findings by their cause). */
interface Finalized {
  finding: Finding;
  cause?: { path: string; range: Range };
}

/**
 * A draft as a finding. Where it and its related cells are is found now, as offsets (a cell's are its node's); the
 * words, the related locations' lines and characters and the fixes are made when a presenter reads them
 * (lazy-finding.ts), so the tree is not kept by a finding held for output.
 */
function finalize(
  d: Draft,
  root: TMap | undefined,
  cells: ReadonlyMap<string, CellRead>,
  text: string,
  lines: LineIndex,
  locale: Locale,
  overrides?: CheckOptions["rules"],
): Finalized | undefined {
  const setting: SeveritySetting = overrides?.[d.ruleId] ?? ruleMeta.get(d.ruleId)?.defaultSeverity ?? "error";
  if (setting === "off") return undefined;
  const span = d.at ?? spanOf(d.path, root, cells, text);
  const related: PlacedRelated[] = [];
  let cause: Finalized["cause"];
  for (const r of d.related ?? []) {
    if (r.file !== undefined) {
      related.push({ file: r.file, path: r.path, role: r.role, message: r.message, ...(r.range ? { range: r.range } : {}) });
      continue;
    }
    const placed = { path: r.path, role: r.role, message: r.message, span: r.at ?? spanOf(r.path, root, cells, text) };
    related.push(placed);
    if (r.role === "likely-cause" && !cause) cause = { path: r.path, range: lines.range(placed.span.start, placed.span.end) };
  }
  const head = {
    ruleId: d.ruleId,
    severity: d.advisory ? "info" : setting,
    path: d.path,
    range: lines.range(span.start, span.end),
    ...(d.expected !== undefined ? { expected: d.expected } : {}),
    ...(d.actual !== undefined ? { actual: d.actual } : {}),
  } as const;
  const finding = lazyFinding(head, d.message, related, d.fixes ?? [], lines, locale);
  return cause ? { finding, cause } : { finding };
}

/**
 * Where a path is in the text. A cell read as a number is its scalar, which is where locate() would walk to; most
 * related locations are such cells (a sum's addends), so the walk from the root is skipped for them.
 */
function spanOf(path: string, root: TMap | undefined, cells: ReadonlyMap<string, CellRead>, text: string): { start: number; end: number } {
  const cell = cells.get(path);
  if (cell?.state === "ok") return { start: cell.node.start, end: cell.node.end };
  return root ? locate(root, path, text) : { start: 0, end: 0 };
}

/**
 * Syntax first, then by position; a finding explained by a likely cause moves up to its cause's group,
 * with the finding that names the cause first.
 */
function order(all: Finalized[]): Finding[] {
  if (all.length < 2) return all.map((x) => x.finding); // most reports: nothing to order
  const offsetOf = (r: Range) => r.start.line * 1e6 + r.start.character;
  const anchor = new Map<string, number>();
  for (const { finding, cause } of all) {
    if (!cause) continue;
    const a = Math.min(anchor.get(cause.path) ?? Infinity, offsetOf(finding.range), offsetOf(cause.range));
    anchor.set(cause.path, a);
  }
  const key = ({ finding: f, cause }: Finalized): [number, number, number, number] => {
    const syntax = f.ruleId === "yaml-syntax" ? 0 : 1;
    if (cause) return [syntax, anchor.get(cause.path)!, f.path === cause.path ? 0 : 1, offsetOf(f.range)];
    return [syntax, offsetOf(f.range), 0, severityRank[f.severity]];
  };
  return all
    .map((x) => ({ f: x.finding, k: key(x) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.k[3] - b.k[3])
    .map((x) => x.f);
}
