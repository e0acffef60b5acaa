import { cellsOf, templates, type TemplateId } from "@ogi-report/core";

/** A small deterministic PRNG (mulberry32), so a failing seed can be replayed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mostly zeros, sometimes a figure of one to three digits: what real tables look like. */
function count(r: () => number): number {
  const x = r();
  if (x < 0.55) return 0;
  if (x < 0.85) return 1 + Math.floor(r() * 9);
  if (x < 0.97) return 10 + Math.floor(r() * 90);
  return 100 + Math.floor(r() * 900);
}

function set(o: Record<string, unknown>, path: (string | number)[], v: unknown): void {
  let x = o as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) x = (x[path[i]!] ??= typeof path[i + 1] === "number" ? [] : {}) as Record<string | number, unknown>;
  x[path[path.length - 1]!] = v;
}

/** A report with random figures that satisfy every identity of tables 3 and 4. */
export function randomReport(template: TemplateId, seed: number): Record<string, unknown> {
  const r = rng(seed);
  const t = templates[template];
  const report: Record<string, unknown> = { template, agency: "测试县人民政府", year: template === "2019" ? 2020 : 2024 };
  for (const c of cellsOf(t).filter((c) => c.table === "activeDisclosure")) {
    let v: unknown = count(r) * (r() < 0.3 ? 37 : 1);
    if (c.kind === "signedCount") v = r() < 0.3 ? -count(r) : count(r);
    if (c.kind === "wanYuan") v = Number(`${count(r) * 13}.${String(Math.floor(r() * 100)).padStart(2, "0")}`.replace(/\.00$/, ".5"));
    if (c.kind === "amountText") v = `${1000 + Math.floor(r() * 9_000_000)}.${String(Math.floor(r() * 90) + 10)}元`;
    set(report, c.path, v);
  }
  const results = t.applicationRows.filter((row) => row.role === "result");
  const cols = [0, 1, 2, 3, 4, 5];
  const colTotals = { items: [0, 0, 0, 0, 0, 0], forward: [0, 0, 0, 0, 0, 0], carried: [0, 0, 0, 0, 0, 0] };
  for (const row of results) {
    const values = cols.map((c) => (c === 0 || r() < 0.25 ? count(r) : 0));
    values.forEach((v, c) => (colTotals.items[c]! += v));
    set(report, ["applications", ...row.path], [...values, values.reduce((a, b) => a + b, 0)]);
  }
  const withTotal = (xs: number[]) => [...xs, xs.reduce((a, b) => a + b, 0)];
  const forward = cols.map(() => (r() < 0.4 ? count(r) : 0));
  const carried = cols.map((c) => Math.min(colTotals.items[c]! + forward[c]!, r() < 0.4 ? count(r) : 0));
  const received = cols.map((c) => colTotals.items[c]! + forward[c]! - carried[c]!);
  set(report, ["applications", "newReceived"], withTotal(received));
  set(report, ["applications", "carriedOver"], withTotal(carried));
  set(report, ["applications", "results", "total"], withTotal(colTotals.items));
  set(report, ["applications", "carriedForward"], withTotal(forward));
  for (const g of t.reviewGroups) set(report, ["reviewAndLitigation", g.key], withTotal([count(r), count(r), count(r), count(r)]));
  report.overview = "本年度按条例要求推进政务公开工作。\n";
  report.problems = "存在的问题是公开工作还需加强，下一步将改进。\n";
  report.otherMatters = "本年度未收取信息处理费。\n";
  return report;
}
