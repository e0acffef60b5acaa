import fc from "fast-check";
import { reportSkeleton, PROSE_PLACEHOLDER, templates, type TemplateId } from "../src/index.js";

/** A random report whose tables balance: result items drawn, totals and carried-forward derived. */
export interface Figures {
  template: TemplateId;
  results: number[][]; // per result row, 6 applicant columns
  carriedOver: number[];
  carriedForward: number[];
  review: number[][]; // 3 groups × 4
}

export const figures = (template: TemplateId) => {
  const items = templates[template].applicationRows.filter((r) => r.role === "result").length;
  const six = fc.array(fc.nat({ max: 40 }), { minLength: 6, maxLength: 6 });
  return fc.record({
    template: fc.constant(template),
    results: fc.array(six, { minLength: items, maxLength: items }),
    carriedOver: six,
    carriedForward: six,
    review: fc.array(fc.array(fc.nat({ max: 5 }), { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
  });
};

const withTotal = (row: number[]) => [...row, row.reduce((a, b) => a + b, 0)];

export function reportText(f: Figures): string {
  const t = templates[f.template];
  const total = [0, 1, 2, 3, 4, 5].map((c) => f.results.reduce((s, r) => s + r[c]!, 0));
  // 一 = 三（七）+ 四 − 二, kept ≥ 0 by lowering 二 where needed.
  const carriedOver = f.carriedOver.map((o, c) => Math.min(o, total[c]! + f.carriedForward[c]!));
  const received = total.map((x, c) => x + f.carriedForward[c]! - carriedOver[c]!);
  const rows = new Map<string, number[]>();
  rows.set("newReceived", withTotal(received));
  rows.set("carriedOver", withTotal(carriedOver));
  t.applicationRows.filter((r) => r.role === "result").forEach((r, i) => rows.set(r.path.join("."), withTotal(f.results[i]!)));
  rows.set("results.total", withTotal(total));
  rows.set("carriedForward", withTotal(f.carriedForward));
  let rowIndex = 0;
  const order = t.applicationRows.map((r) => r.path.join("."));
  let text = reportSkeleton({ template: f.template, agency: "测试局", year: f.template === "2019" ? 2020 : 2025 });
  text = text.replace(/\[0, 0, 0, 0, 0, 0, 0\]/g, () => `[${rows.get(order[rowIndex++]!)!.join(", ")}]`);
  let group = 0;
  text = text.replace(/\[0, 0, 0, 0, 0\]/g, () => `[${[...f.review[group]!, f.review[group++]!.reduce((a, b) => a + b, 0)].join(", ")}]`);
  return text.replaceAll(PROSE_PLACEHOLDER, "本年度工作情况说明。");
}
