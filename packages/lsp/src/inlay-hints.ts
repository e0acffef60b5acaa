import { InlayHintKind, type InlayHint, type Range } from "vscode-languageserver/node";
import { cellsOf, nodeAt, pick, type CellSpec } from "@ogi-report/core";
import type { Analysis } from "./analysis.js";
import { cellNode } from "@ogi-report/core";
import { shortColumnLabel } from "./short-labels.js";
import { evaluate, formulasOf } from "@ogi-report/core";
import { placeholderHints } from "./placeholders.js";

/**
 * Rows are arrays in printed column order; the hints say which column each figure is in (setting off / short /
 * full), and after a total that does not match, what it should be.
 */
export function inlayHints(analysis: Analysis, range: Range): InlayHint[] {
  if (!analysis.isReport) return [];
  const root = analysis.root;
  if (!root) return [];
  const from = analysis.offsetAt(range.start);
  const to = analysis.offsetAt(range.end);
  const mode = analysis.settings.inlayHints;
  const locale = analysis.settings.locale;
  const hints: InlayHint[] = [];
  const inRange = (offset: number) => offset >= from && offset <= to;

  for (const spec of cellsOf(analysis.template)) {
    if (spec.table === "activeDisclosure") continue; // keyed by column name already
    const row = nodeAt(root, spec.rowPath);
    if (row?.kind !== "seq") continue;
    const item = row.items[spec.columnIndex];
    if (!item) continue;
    if (mode !== "off" && inRange(item.start)) {
      const label = mode === "short" ? shortColumnLabel(spec) : spec.column;
      hints.push({
        position: analysis.lines.position(item.start),
        label: `${pick(label, locale)}:`,
        kind: InlayHintKind.Parameter,
        paddingRight: true,
        tooltip: tooltipOf(spec),
      });
    }
    if (spec.isTotal && inRange(item.end)) {
      const mismatch = sumHint(analysis, spec);
      if (mismatch) hints.push(mismatch);
    }
  }
  hints.push(...placeholderHints(analysis, from, to));
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

function tooltipOf(spec: CellSpec): string {
  const column = spec.columnGroup ? `${spec.columnGroup.zh} › ${spec.column.zh}` : spec.column.zh;
  const columnEn = spec.columnGroup ? `${spec.columnGroup.en} › ${spec.column.en}` : spec.column.en;
  return `「${spec.row.zh}」 · 「${column}」\n${spec.row.en} · ${columnEn}`;
}

/** `≠ 312` after a total whose computed sum differs from what is written. */
function sumHint(analysis: Analysis, spec: CellSpec): InlayHint | undefined {
  const root = analysis.root!;
  const node = cellNode(root, spec);
  if (node?.kind !== "scalar" || typeof node.value !== "number") return undefined;
  const written = node.value;
  const wrong = formulasOf(analysis.template, spec)
    .map((f) => evaluate(analysis.model!.cells, f))
    .filter((e) => e.sum !== undefined && e.sum !== written);
  if (wrong.length === 0) return undefined;
  const sums = [...new Set(wrong.map((e) => e.sum!))];
  const locale = analysis.settings.locale;
  return {
    position: analysis.lines.position(node.end),
    label: `≠ ${sums.join(" / ")}`,
    kind: InlayHintKind.Type,
    paddingLeft: true,
    tooltip: wrong
      .map((e) => `${pick(e.formula.name, locale)} = ${pick(e.formula.over, locale)} = ${e.values.join(" + ")} = ${e.sum}`)
      .join("\n"),
  };
}
