import { cellsOf, templates, type TemplateId } from "@ogi-report/core";
import { randomReport, rng } from "../render/random-report.js";
import type { Report } from "./grid.js";

/** A random balanced report with some cells of tables 3 and 4 published blank (null): blank is not zero. */
export function reportWithBlanks(template: TemplateId, seed: number, share = 0.08): Report {
  const report = randomReport(template, seed);
  const r = rng(seed ^ 0x5bd1e995);
  for (const c of cellsOf(templates[template])) {
    if (c.table === "activeDisclosure" || r() >= share) continue;
    const row = c.path.slice(0, -1).reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, report);
    row[c.path[c.path.length - 1]!] = null;
  }
  return report;
}
