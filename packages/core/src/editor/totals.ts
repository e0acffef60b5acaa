import { REVIEW_TOTAL_COLUMN, TOTAL_COLUMN } from "../templates/index.js";
import { toPointer, type CellSpec } from "../templates/cell-specs.js";
import type { Template, Text } from "../templates/types.js";
import type { CellRead } from "../rules/cell-reads.js";
import { cellSpec } from "./cell-at-path.js";

/** One printed total and what it is the sum of. */
export interface Formula {
  /** The total being checked, e.g. 「（七）总计」 or 总计栏. */
  name: Text;
  /** What the sum runs over, e.g. 「六类申请人之和」. */
  over: Text;
  terms: CellSpec[];
}

export interface Evaluated {
  formula: Formula;
  /** Values of the terms; undefined where a term is not a usable number. */
  values: (number | undefined)[];
  /** The sum, when every term is usable. */
  sum?: number;
}

/**
 * The formulas a total cell must satisfy. 「（七）总计」 in the 总计 column is both a row total and a column
 * total, so it has two.
 */
export function formulasOf(template: Template, spec: CellSpec): Formula[] {
  if (!spec.isTotal) return [];
  const out: Formula[] = [];
  const at = (rowPath: string[], column: number) => cellSpec(template, toPointer([...rowPath, column]))!;
  if (spec.table === "applications") {
    if (spec.columnIndex === TOTAL_COLUMN) {
      out.push({ name: { zh: "总计栏", en: "Total column" }, over: { zh: "六类申请人之和", en: "sum of the six applicant columns" }, terms: [0, 1, 2, 3, 4, 5].map((c) => at(spec.rowPath, c)) });
    }
    const resultsTotal = template.applicationRows.find((r) => r.role === "resultsTotal")!;
    if (spec.rowPath.join("/") === ["applications", ...resultsTotal.path].join("/")) {
      const items = template.applicationRows.filter((r) => r.role === "result");
      out.push({
        name: { zh: `「${resultsTotal.label.zh}」`, en: resultsTotal.label.en },
        over: { zh: `本栏 ${items.length} 项办理结果之和`, en: `sum of the ${items.length} result items in this column` },
        terms: items.map((r) => at(["applications", ...r.path], spec.columnIndex)),
      });
    }
  } else if (spec.table === "reviewAndLitigation" && spec.columnIndex === REVIEW_TOTAL_COLUMN) {
    out.push({ name: { zh: "总计栏", en: "Total column" }, over: { zh: "维持、纠正、其他、尚未审结之和", en: "upheld + corrected + other + pending" }, terms: [0, 1, 2, 3].map((c) => at(spec.rowPath, c)) });
  }
  return out;
}

/**
 * A formula over the cells as the model read them: a term is its value when the rules can use it, undefined when
 * blank or invalid (those have findings of their own), so the editor's sums are the rules' sums.
 */
export function evaluate(cells: ReadonlyMap<string, CellRead>, formula: Formula): Evaluated {
  const values = formula.terms.map((t) => {
    const cell = cells.get(t.pointer);
    return cell?.state === "ok" ? cell.value : undefined;
  });
  const usable = values.every((v) => v !== undefined);
  return { formula, values, ...(usable ? { sum: values.reduce<number>((a, b) => a + b!, 0) } : {}) };
}
