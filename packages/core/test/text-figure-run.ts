import { expect } from "vitest";
import { checkText, documentRules, LineIndex, cellsOf, parseYaml, pick, templates, type Locale, type TMap } from "../src/index.js";
import { readCell } from "../src/rules/cell-reads.js";
import { locate } from "../src/rules/locate.js";
import { textFigure } from "../src/rules/text-figure.js";
import { buildReportModel } from "../src/model/build.js";
import type { Draft, RuleContext } from "../src/rules/types.js";

// ---------------------------------------------------------------------------------------------------------------
// Running the rule. Once `textFigure` is in `documentRules`, every test goes through `checkText` (the whole
// pipeline: locations, severities, suppressions); until then, through a harness that builds the same context.

const registered = documentRules.includes(textFigure);

export interface Got {
  message: string;
  path: string;
  /** The underlined text. */
  at: string;
  start: number;
  end: number;
  severity: string;
  expected?: number | string;
  actual?: number | string | null;
  related: { path: string; message: string }[];
  fixes: { title: string; safe: boolean; edits: { start: number; end: number; newText: string }[] }[];
}

export function run(text: string, locale: Locale = "zh-CN"): Got[] {
  const lines = new LineIndex(text);
  if (registered) {
    return checkText(text, { locale })
      .findings.filter((f) => f.ruleId === "text-figure")
      .map((f) => {
        const start = lines.offset(f.range.start);
        const end = lines.offset(f.range.end);
        return {
          message: f.message,
          path: f.path,
          at: text.slice(start, end),
          start,
          end,
          severity: f.severity,
          ...(f.expected !== undefined ? { expected: f.expected } : {}),
          ...(f.actual !== undefined ? { actual: f.actual } : {}),
          related: f.related.map((r) => ({ path: r.path, message: r.message })),
          fixes: f.fixes.map((x) => ({ title: x.title, safe: x.safe, edits: x.edits.map((e) => ({ start: e.start, end: e.end, newText: e.newText })) })),
        };
      });
  }
  const parsed = parseYaml(text);
  const root = parsed.root as TMap;
  expect(parsed.problems).toEqual([]);
  const declared = root.pairs.find((p) => p.key === "template")?.value;
  const template = templates[declared?.kind === "scalar" && declared.value === "2019" ? "2019" : "2021"];
  const drafts: Draft[] = [];
  const ctx: RuleContext = {
    text,
    lines,
    root,
    template,
    cells: new Map(cellsOf(template).map((spec) => [spec.pointer, readCell(root, spec)])),
    model: buildReportModel({ text, lines, root }),
    report: (d) => drafts.push({ ...d, ruleId: "text-figure" }),
  };
  textFigure.check(ctx);
  return drafts.map((d) => {
    const span = d.at ?? locate(root, d.path, text);
    return {
      message: pick(d.message, locale),
      path: d.path,
      at: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      severity: textFigure.meta.defaultSeverity,
      ...(d.expected !== undefined ? { expected: d.expected } : {}),
      ...(d.actual !== undefined ? { actual: d.actual } : {}),
      related: (d.related ?? []).map((r) => ({ path: r.path, message: pick(r.message, locale) })),
      fixes: (d.fixes ?? []).map((x) => ({ title: pick(x.title, locale), safe: x.safe, edits: x.edits })),
    };
  });
}

export type ProseKey = "preamble" | "overview" | "problems" | "otherMatters";
export const PROSE_KEYS: ProseKey[] = ["preamble", "overview", "problems", "otherMatters"];
