import type { Finding, Fix, InternalError, Locale, RelatedLocation, RuleId, SeveritySetting } from "./findings.js";
import { severityRank } from "./findings.js";
import { LineIndex } from "./positions.js";
import { cellsOf } from "./templates/cell-specs.js";
import { isTemplateId, templates, type TemplateId } from "./templates/index.js";
import { readCells, type CellRead } from "./rules/cell-reads.js";
import { documentRules, ruleMeta } from "./rules/index.js";
import { locate } from "./rules/locate.js";
import { annotateMisfiled, annotateSuspects, findSuspects } from "./rules/root-cause.js";
import type { Draft, DraftFix, RuleContext } from "./rules/types.js";
import { applySuppressions } from "./suppress.js";
import { pick } from "./text.js";
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
  const findings: Finding[] = [];
  for (const d of suppressed) {
    const f = finalize(d, root, cells, text, lines, locale, options.rules);
    if (f !== undefined) findings.push(f);
  }
  return { findings: order(findings, suppressed), ...(template ? { template } : {}), internalErrors };
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

function finalize(
  d: Draft,
  root: TMap | undefined,
  cells: ReadonlyMap<string, CellRead>,
  text: string,
  lines: LineIndex,
  locale: Locale,
  overrides?: CheckOptions["rules"],
): Finding | undefined {
  const setting: SeveritySetting = overrides?.[d.ruleId] ?? ruleMeta.get(d.ruleId)?.defaultSeverity ?? "error";
  if (setting === "off") return undefined;
  const span = d.at ?? spanOf(d.path, root, cells, text);
  const related: RelatedLocation[] = [];
  for (const r of d.related ?? []) {
    const message = pick(r.message, locale);
    if (r.file !== undefined) {
      related.push({ file: r.file, path: r.path, range: r.range ?? lines.range(0, 0), role: r.role, message });
      continue;
    }
    const s = r.at ?? spanOf(r.path, root, cells, text);
    related.push({ path: r.path, range: lines.range(s.start, s.end), role: r.role, message });
  }
  return {
    ruleId: d.ruleId,
    severity: d.advisory ? "info" : setting,
    message: pick(d.message, locale),
    path: d.path,
    range: lines.range(span.start, span.end),
    ...(d.expected !== undefined ? { expected: d.expected } : {}),
    ...(d.actual !== undefined ? { actual: d.actual } : {}),
    related,
    fixes: (d.fixes ?? []).map((f) => localFix(f, lines, locale)),
  };
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

function localFix(f: DraftFix, lines: LineIndex, locale: Locale): Fix {
  return {
    title: pick(f.title, locale),
    safe: f.safe,
    edits: f.edits.map((e) => ({ start: e.start, end: e.end, range: lines.range(e.start, e.end), newText: e.newText })),
  };
}

/**
 * Syntax first, then by position; a finding explained by a likely cause moves up to its cause's group,
 * with the finding that names the cause first.
 */
function order(findings: Finding[], drafts: Draft[]): Finding[] {
  void drafts;
  if (findings.length < 2) return findings; // most reports: nothing to order
  const offsetOf = (f: Finding) => f.range.start.line * 1e6 + f.range.start.character;
  const anchor = new Map<string, number>();
  for (const f of findings) {
    const cause = f.related.find((r) => r.role === "likely-cause");
    if (!cause) continue;
    const a = Math.min(anchor.get(cause.path) ?? Infinity, offsetOf(f), cause.range.start.line * 1e6 + cause.range.start.character);
    anchor.set(cause.path, a);
  }
  const key = (f: Finding): [number, number, number, number] => {
    const cause = f.related.find((r) => r.role === "likely-cause");
    const syntax = f.ruleId === "yaml-syntax" ? 0 : 1;
    if (cause) return [syntax, anchor.get(cause.path)!, f.path === cause.path ? 0 : 1, offsetOf(f)];
    return [syntax, offsetOf(f), 0, severityRank[f.severity]];
  };
  return findings
    .map((f) => ({ f, k: key(f) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.k[3] - b.k[3])
    .map((x) => x.f);
}
