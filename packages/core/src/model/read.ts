import { LineIndex } from "../positions.js";
import { defaultLimits, parseYaml, type ParseLimits, type SyntaxProblem } from "../yaml/parse.js";
import type { TMap } from "../yaml/tree.js";
import { buildReportModel, type ModelSource } from "./build.js";
import type { ReportModel } from "./types.js";

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
