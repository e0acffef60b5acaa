import { documentAccess, isLoaded } from "../cross/load.js";
import { LineIndex } from "../positions.js";
import { readCells } from "../rules/cell-reads.js";
import { proseParts } from "../rules/prose/parts.js";
import { cellsOf } from "../templates/cell-specs.js";
import { isTemplateId, templates } from "../templates/index.js";
import { defaultLimits, parseYaml, type ParseLimits, type SyntaxProblem } from "../yaml/parse.js";
import { pairOf, type TMap, type TScalar } from "../yaml/tree.js";
import type { DocumentAccess, DocumentReader, ModelField, PreviousLink, ReportModel, UnitEntry } from "./types.js";

export interface ModelSource {
  text: string;
  lines: LineIndex;
  root: TMap;
  syntaxProblems?: readonly SyntaxProblem[];
  /** This report's path and the front end's reader for the reports it names (`previous:`, `units:`). */
  documents?: { path: string; reader: DocumentReader; previous?: string };
}

/** The report model of a parsed document. Pure: files it names are read through the given reader, on first use. */
export function buildReportModel(source: ModelSource): ReportModel {
  const { root } = source;
  const written = scalarField(root, "template");
  const id = written ? String(written.value) : undefined;
  const templateId = isTemplateId(id) ? id : undefined;
  const template = templates[templateId ?? "2021"];
  const year = scalarField(root, "year");
  const docs = source.documents;
  // Only a report that names another (previous:, units:, or --previous) needs the reader; most name none.
  const access = docs && (docs.previous || pairOf(root, "previous") || pairOf(root, "units")) ? documentAccess(docs.path, docs.reader, (other) => readReportModel(other).model, docs.previous) : undefined;
  // What is resolved on first use, kept here: the model itself is frozen.
  let previous: { link: PreviousLink | undefined } | undefined;
  let units: readonly UnitEntry[] | undefined;
  return Object.freeze({
    text: source.text,
    lines: source.lines,
    root,
    syntaxProblems: source.syntaxProblems ?? [],
    ...(templateId ? { templateId } : {}),
    ...(written ? { templateWritten: written } : {}),
    template,
    ...optional("agency", stringField(root, "agency")),
    ...(year && typeof year.value === "number" && Number.isInteger(year.value) ? { year: { value: year.value, node: year.node } } : {}),
    ...optional("title", stringField(root, "title")),
    ...optional("published", stringField(root, "published")),
    ...optional("level", stringField(root, "level")),
    parts: Object.freeze(proseParts(root)),
    cells: readCells(root, cellsOf(template)),
    get previous() {
      previous ??= { link: resolvePrevious(root, access) };
      return previous.link;
    },
    get units() {
      units ??= Object.freeze(resolveUnits(root, access));
      return units;
    },
  });
}

function optional<K extends string, T>(key: K, value: T | undefined): { [k in K]?: T } {
  return (value === undefined ? {} : { [key]: value }) as { [k in K]?: T };
}

function scalarField(root: TMap, key: string): { value: unknown; node: TScalar } | undefined {
  const v = pairOf(root, key)?.value;
  return v?.kind === "scalar" ? { value: v.value, node: v } : undefined;
}

function stringField(root: TMap, key: string): ModelField<string> | undefined {
  const v = pairOf(root, key)?.value;
  return v?.kind === "scalar" && typeof v.value === "string" ? { value: v.value, node: v } : undefined;
}

/** `ogi check --previous` wins over the report's own `previous:`. */
function resolvePrevious(root: TMap, docs: DocumentAccess | undefined): PreviousLink | undefined {
  if (!docs) return undefined;
  const declared = pairOf(root, "previous")?.value;
  const rel = docs.previousOverride ?? (declared?.kind === "scalar" && typeof declared.value === "string" ? declared.value : undefined);
  if (!rel) return undefined;
  const loaded = docs.load(docs.previousOverride ? docs.previousOverride : docs.resolve(rel));
  return isLoaded(loaded) ? { report: loaded, at: "/previous" } : { failure: loaded, at: "/previous" };
}

function resolveUnits(root: TMap, docs: DocumentAccess | undefined): UnitEntry[] {
  const list = pairOf(root, "units")?.value;
  if (!docs || !list || list.kind !== "seq") return [];
  const out: UnitEntry[] = [];
  list.items.forEach((item, index) => {
    if (item.kind !== "scalar" || typeof item.value !== "string") return;
    const entry = item.value;
    const paths = docs.expand(entry);
    if (paths === undefined) out.push({ index, entry, outcome: { kind: "unexpandable" } });
    else if (!Array.isArray(paths)) out.push({ index, entry, outcome: { kind: "refused", failure: paths } });
    else if (paths.length === 0) out.push({ index, entry, outcome: { kind: "no-match" } });
    else out.push({ index, entry, outcome: { kind: "files", files: paths.filter((p) => p !== docs.path).map((p) => docs.load(p)) } });
  });
  return out;
}

export interface ModelRead {
  /** Undefined when the text has no mapping at its root (its problems say why). */
  model?: ReportModel;
  problems: readonly SyntaxProblem[];
}

/**
 * Text → report model, without running the rules: for a presenter that has only the text (rendering a file,
 * a preview) and for the other reports a check reads. A check's own model comes with its findings (`CheckResult.model`).
 */
export function readReportModel(text: string, options: { limits?: ParseLimits; documents?: ModelSource["documents"] } = {}): ModelRead {
  const parsed = parseYaml(text, options.limits ?? defaultLimits);
  const root = parsed.root?.kind === "map" ? (parsed.root as TMap) : undefined;
  if (!root) return { problems: parsed.problems };
  const model = buildReportModel({ text, lines: new LineIndex(text), root, syntaxProblems: parsed.problems, ...(options.documents ? { documents: options.documents } : {}) });
  return { model, problems: parsed.problems };
}
