import { cellIndex, REVIEW_TOTAL_COLUMN, TOTAL_COLUMN, toPointer, type CellSpec, type Template, type Text, type TMap } from "@ogi-report/core";
import { cellNumber } from "./cells.js";

/** A printed total and the cells it must be the sum of. */
export interface Formula {
  name: Text;
  over: Text;
  terms: CellSpec[];
}

/** The sums a total cell must equal; 「（七）总计」 in the 总计 column is both a row and a column total. */
export function formulasOf(template: Template, spec: CellSpec): Formula[] {
  if (!spec.isTotal) return [];
  const index = cellIndex(template);
  const at = (rowPath: string[], column: number) => index.get(toPointer([...rowPath, column]))!;
  const out: Formula[] = [];
  if (spec.table === "applications") {
    if (spec.columnIndex === TOTAL_COLUMN) {
      out.push({ name: { zh: "总计栏", en: "Total column" }, over: { zh: "六类申请人之和", en: "sum of the six applicant columns" }, terms: [0, 1, 2, 3, 4, 5].map((c) => at(spec.rowPath, c)) });
    }
    const totalRow = template.applicationRows.find((r) => r.role === "resultsTotal")!;
    if (spec.rowPath.join("/") === ["applications", ...totalRow.path].join("/")) {
      const items = template.applicationRows.filter((r) => r.role === "result");
      out.push({
        name: { zh: `「${totalRow.label.zh}」`, en: totalRow.label.en },
        over: { zh: `本栏 ${items.length} 项办理结果之和`, en: `sum of the ${items.length} result items in this column` },
        terms: items.map((r) => at(["applications", ...r.path], spec.columnIndex)),
      });
    }
  } else if (spec.table === "reviewAndLitigation" && spec.columnIndex === REVIEW_TOTAL_COLUMN) {
    out.push({ name: { zh: "总计栏", en: "Total column" }, over: { zh: "维持、纠正、其他、尚未审结之和", en: "upheld + corrected + other + pending" }, terms: [0, 1, 2, 3].map((c) => at(spec.rowPath, c)) });
  }
  return out;
}

/** The terms' values (undefined where a term is not a usable number) and their sum when all are usable. */
export function evaluate(root: TMap, formula: Formula): { values: (number | undefined)[]; sum?: number } {
  const values = formula.terms.map((t) => cellNumber(root, t));
  return values.every((v) => v !== undefined) ? { values, sum: values.reduce<number>((a, b) => a + b!, 0) } : { values };
}
