import { isLoaded, type OtherReport } from "../cross/load.js";
import { loadFailureText, otherRange } from "../cross/previous.js";
import { addDecimals, sameDecimal } from "../decimal.js";
import { cellName } from "./labels.js";
import type { DraftRelated, Rule, RuleContext } from "./types.js";

export const sumOfUnits: Rule = {
  meta: {
    id: "sum-of-units",
    defaultSeverity: "warning",
    title: { zh: "汇总报告等于各单位之和", en: "A summary report equals the sum of its units" },
    description: {
      zh: "汇总报告（如政府对所属部门的汇总）在 `units:` 中列出各单位报告（路径或通配符），每个单元格应等于各单位同一单元格之和。列出的单位文件找不到时也会报告。",
      en: "A summary report lists its units' reports under `units:` (paths or globs); every cell must equal the sum of the same cell in the units. A listed unit file that cannot be found is reported too.",
    },
    basis: { zh: "汇总报告的数据来源于各单位的年度报告。", en: "A summary report's figures come from its units' reports." },
    fixable: true,
    scope: "cross-document",
  },
  check(ctx) {
    const units: OtherReport[] = [];
    for (const { index, entry, outcome } of ctx.model.units) {
      const path = `/units/${index}`;
      if (outcome.kind === "unexpandable") {
        ctx.report({ path, message: { zh: `无法在此展开通配符 ${entry}`, en: `Cannot expand the glob ${entry} here` } });
      } else if (outcome.kind === "refused") {
        const t = loadFailureText(outcome.failure);
        ctx.report({ path, message: { zh: `单位报告：${t.zh}`, en: `Unit reports: ${t.en}` } });
      } else if (outcome.kind === "no-match") {
        ctx.report({ path, message: { zh: `没有与 ${entry} 匹配的单位报告`, en: `No unit report matches ${entry}` } });
      } else {
        for (const loaded of outcome.files) {
          if (!isLoaded(loaded)) {
            const t = loadFailureText(loaded);
            const refused = loaded.problem !== "missing" && loaded.problem !== "unreadable" && loaded.problem !== "not-a-report";
            ctx.report({ path, message: refused ? { zh: `单位报告：${t.zh}`, en: `Unit report: ${t.en}` } : { zh: `单位报告缺失：${t.zh}`, en: `Missing unit report: ${t.en}` } });
          } else if (loaded.template.id !== ctx.template.id) {
            ctx.report({ path, message: { zh: `单位报告 ${loaded.label} 使用 "${loaded.template.id}" 格式，汇总报告为 "${ctx.template.id}"`, en: `Unit report ${loaded.label} uses template "${loaded.template.id}", the summary "${ctx.template.id}"` } });
          } else units.push(loaded);
        }
      }
    }
    if (units.length > 0) compareCells(ctx, units);
  },
};

function compareCells(ctx: RuleContext, units: OtherReport[]): void {
  for (const [pointer, cell] of ctx.cells) {
    if (cell.state !== "ok" || cell.spec.kind === "amountText") continue;
    const parts = units.map((u) => ({ unit: u, cell: u.cells.get(pointer) }));
    if (parts.some((p) => !p.cell || p.cell.state !== "ok")) continue;
    const values = parts.map((p) => (p.cell as { value: number; decimal?: string }));
    let summed: string;
    let equal: boolean;
    if (cell.spec.kind === "wanYuan") {
      const total = addDecimals(values.map((v) => v.decimal ?? String(v.value)));
      if (total === undefined) continue;
      summed = total;
      equal = sameDecimal(total, cell.decimal ?? String(cell.value));
    } else {
      const total = values.reduce((s, v) => s + v.value, 0);
      summed = String(total);
      equal = total === cell.value;
    }
    if (equal) continue;
    const reported = cell.decimal ?? String(cell.value);
    const contributing = parts.filter((p) => (p.cell as { value: number }).value !== 0);
    const shown = contributing.slice(0, 10).map((p) => `${p.unit.label} ${(p.cell as { decimal?: string; value: number }).decimal ?? (p.cell as { value: number }).value}`);
    const more = contributing.length > 10 ? `，… (+${contributing.length - 10})` : "";
    const name = cellName(cell.spec);
    const related: DraftRelated[] = contributing.slice(0, 10).map((p) => ({
      path: pointer,
      file: p.unit.path,
      range: otherRange(p.unit, pointer),
      role: "unit",
      message: { zh: `${p.unit.label}：${(p.cell as { value: number }).value}`, en: `${p.unit.label}: ${(p.cell as { value: number }).value}` },
    }));
    ctx.report({
      path: pointer,
      message: {
        zh: `${name.zh}汇总为 ${reported}，${units.length} 个单位之和为 ${summed}${shown.length ? `（${shown.join("、")}${more}）` : "（各单位均为 0）"}`,
        en: `${name.en}: the summary says ${reported}, the ${units.length} units add up to ${summed}${shown.length ? ` (${shown.join(", ")}${more})` : " (all units 0)"}`,
      },
      expected: cell.spec.kind === "wanYuan" ? summed : Number(summed),
      actual: cell.spec.kind === "wanYuan" ? reported : cell.value,
      related,
      fixes: [{ title: { zh: `改为各单位之和 ${summed}`, en: `Set to the units' sum ${summed}` }, safe: false, edits: [{ start: cell.node.start, end: cell.node.end, newText: summed }] }],
    });
  }
}
