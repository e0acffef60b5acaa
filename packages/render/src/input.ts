import { cellValueNode, readReportModel, toPlain, type ReportModel, type TemplateId } from "@ogi-report/core";
import { valueAt } from "./values.js";

/** What every renderer takes: the report as a plain object (from `toPlain`) and the template that lays it out. */
export interface ReportInput {
  report: unknown;
  template: TemplateId;
}

/** Why a text cannot be rendered at all (anything less still renders, with the finding shown by the checker). */
export type ReadProblem =
  | { code: "yaml-syntax" }
  | { code: "not-a-mapping" }
  | { code: "template"; written: unknown };

export type ReadResult = { ok: true; input: ReportInput } | { ok: false; problem: ReadProblem };

/**
 * Text → render input. Stricter than the checker on purpose: a YAML error (even a duplicate key) means we do
 * not know which value the author meant, and without a known template there is no layout to print.
 */
export function readReport(text: string): ReadResult {
  const { model, problems } = readReportModel(text);
  if (problems.some((p) => p.code !== "not-a-mapping")) return { ok: false, problem: { code: "yaml-syntax" } };
  if (!model) return { ok: false, problem: { code: "not-a-mapping" } };
  return inputOfModel(model);
}

/**
 * The report model (a check's, or one read from the text) → render input, with no second parse; the same
 * strictness as `readReport`. Money cells keep the digits as written (「2380.10」 stays so), which a float would not.
 */
export function inputOfModel(model: ReportModel): ReadResult {
  if (model.syntaxProblems.some((p) => p.code !== "not-a-mapping")) return { ok: false, problem: { code: "yaml-syntax" } };
  if (!model.templateId) return { ok: false, problem: { code: "template", written: model.templateWritten?.value } };
  const report = toPlain(model.root) as Record<string, unknown>;
  keepMoneyDigits(model, report);
  return { ok: true, input: { report, template: model.templateId } };
}

/** Replace numbers in 万元 / amount cells by their source text, so 「4166.240000」 is printed as written. */
function keepMoneyDigits(model: ReportModel, report: Record<string, unknown>): void {
  for (const cell of model.cells.values()) {
    if ((cell.spec.kind !== "wanYuan" && cell.spec.kind !== "amountText") || cell.state === "missing") continue;
    // The figure's scalar, read or rejected: a rejected one (a negative amount) is printed as written too.
    const node = cellValueNode(cell.node);
    if (node?.kind !== "scalar" || typeof node.value !== "number" || node.quoted) continue;
    const path = cell.spec.path;
    const holder = valueAt(report, path.slice(0, -1));
    const key = String(path[path.length - 1]);
    if (holder && typeof holder === "object") {
      const current = (holder as Record<string, unknown>)[key];
      if (current && typeof current === "object" && "value" in current) (current as Record<string, unknown>).value = node.source;
      else (holder as Record<string, unknown>)[key] = node.source;
    }
  }
}
