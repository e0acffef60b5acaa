import { cellsOf, isTemplateId, nodeAt, parseYaml, templates, toPlain, type Template, type TemplateId, type TNode, type TScalar } from "@ogi-report/core";
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
 * Money cells keep the digits as written (「2380.10」 stays so), which a float would not.
 */
export function readReport(text: string): ReadResult {
  const parsed = parseYaml(text);
  if (parsed.problems.some((p) => p.code !== "not-a-mapping")) return { ok: false, problem: { code: "yaml-syntax" } };
  const root = parsed.root;
  if (!root || root.kind !== "map") return { ok: false, problem: { code: "not-a-mapping" } };
  const report = toPlain(root) as Record<string, unknown>;
  const written = report.template;
  if (!isTemplateId(written)) return { ok: false, problem: { code: "template", written } };
  keepMoneyDigits(root, report, templates[written]);
  return { ok: true, input: { report, template: written } };
}

/** Replace numbers in 万元 / amount cells by their source text, so 「4166.240000」 is printed as written. */
function keepMoneyDigits(root: TNode, report: Record<string, unknown>, template: Template): void {
  for (const cell of cellsOf(template)) {
    if (cell.kind !== "wanYuan" && cell.kind !== "amountText") continue;
    const node = scalarAt(root, cell.path);
    if (!node || typeof node.value !== "number" || node.quoted) continue;
    const holder = valueAt(report, cell.path.slice(0, -1));
    const key = String(cell.path[cell.path.length - 1]);
    if (holder && typeof holder === "object") {
      const current = (holder as Record<string, unknown>)[key];
      if (current && typeof current === "object" && "value" in current) (current as Record<string, unknown>).value = node.source;
      else (holder as Record<string, unknown>)[key] = node.source;
    }
  }
}

/** The scalar holding a cell's figure: the cell itself, or `value:` of a `{ value, note }` cell. */
function scalarAt(root: TNode, path: (string | number)[]): TScalar | undefined {
  let node = nodeAt(root, path);
  if (node?.kind === "map") node = nodeAt(node, ["value"]);
  return node?.kind === "scalar" ? node : undefined;
}
