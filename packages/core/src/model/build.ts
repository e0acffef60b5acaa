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
  return Object.freeze(new Model(source));
}

/**
 * A class, not an object literal with getters: a literal's accessors are new closures each time, so every model got
 * a hidden class of its own, and those (old-space) kept each check's tree alive through scavenges; checks took 45%
 * longer, a third of it in the garbage collector (2,000 reports: 118 → 175 µs each).
 */
class Model implements ReportModel {
  readonly text: string;
  readonly lines: LineIndex;
  readonly root: TMap;
  readonly syntaxProblems: readonly SyntaxProblem[];
  readonly templateId?: ReportModel["templateId"];
  readonly templateWritten?: ModelField<unknown>;
  readonly template: ReportModel["template"];
  readonly agency?: ModelField<string>;
  readonly year?: ModelField<number>;
  readonly title?: ModelField<string>;
  readonly published?: ModelField<string>;
  readonly level?: ModelField<string>;
  readonly parts: ReportModel["parts"];
  readonly cells: ReportModel["cells"];
  // Private fields stay writable in a frozen object: the memo of what is resolved on first use.
  readonly #access: DocumentAccess | undefined;
  #previous: { link: PreviousLink | undefined } | undefined;
  #units: readonly UnitEntry[] | undefined;

  constructor(source: ModelSource) {
    const { root } = source;
    this.text = source.text;
    this.lines = source.lines;
    this.root = root;
    this.syntaxProblems = source.syntaxProblems ?? [];
    const written = scalarField(root, "template");
    if (written) this.templateWritten = written;
    const id = written ? String(written.value) : undefined;
    if (isTemplateId(id)) this.templateId = id;
    this.template = templates[this.templateId ?? "2021"];
    const agency = stringField(root, "agency");
    if (agency) this.agency = agency;
    const year = scalarField(root, "year");
    if (year && typeof year.value === "number" && Number.isInteger(year.value)) this.year = { value: year.value, node: year.node };
    const title = stringField(root, "title");
    if (title) this.title = title;
    const published = stringField(root, "published");
    if (published) this.published = published;
    const level = stringField(root, "level");
    if (level) this.level = level;
    this.parts = Object.freeze(proseParts(root));
    this.cells = readCells(root, cellsOf(this.template));
    const docs = source.documents;
    // Only a report that names another (previous:, units:, or --previous) needs the reader; most name none.
    this.#access = docs && (docs.previous || pairOf(root, "previous") || pairOf(root, "units")) ? documentAccess(docs.path, docs.reader, (other) => readReportModel(other).model, docs.previous) : undefined;
  }

  get previous(): PreviousLink | undefined {
    this.#previous ??= { link: resolvePrevious(this.root, this.#access) };
    return this.#previous.link;
  }

  get units(): readonly UnitEntry[] {
    this.#units ??= Object.freeze(resolveUnits(this.root, this.#access));
    return this.#units;
  }
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
