import { MarkupKind, type Hover, type MarkupContent, type Position } from "vscode-languageserver/node";
import type { CellRead, CellSpec, Template, Text, TMap } from "@ogi-report/core";
import type { Analysis } from "./analysis.js";
import { cellAtPath, cellNode } from "@ogi-report/core";
import { keyInfo, type KeyInfo } from "@ogi-report/core";
import { evaluate, formulasOf } from "@ogi-report/core";
import { hitAt } from "@ogi-report/core";
import { placeholderHover } from "./placeholders.js";

/** Hover: a cell's row and column labels, its value and, for a total, the sum it must equal; a key's template item. */
export function hover(analysis: Analysis, position: Position, markdown: boolean): Hover | null {
  if (!analysis.isReport) return null;
  const root = analysis.root;
  if (!root) return null;
  const offset = analysis.offsetAt(position);
  const reference = placeholderHover(analysis, offset, markdown);
  if (reference) return reference;
  const hit = hitAt(root, offset);
  if (!hit) return null;
  const template = analysis.template;
  let lines: string[] | undefined;
  let span: { start: number; end: number } | undefined;
  if (hit.onKey) {
    const info = keyInfo(template, hit.path);
    if (info) {
      lines = keyLines(info);
      span = hit.key;
    }
  } else {
    const spec = cellAtPath(template, hit.path);
    if (spec) {
      lines = cellLines(root, analysis.model!.cells, template, spec);
      span = { start: hit.node.start, end: hit.node.end };
    }
  }
  if (!lines || !span) return null;
  const value = lines.join("\n");
  const contents: MarkupContent = markdown ? { kind: MarkupKind.Markdown, value } : { kind: MarkupKind.PlainText, value: plain(value) };
  return { contents, range: analysis.lines.range(span.start, span.end) };
}

const q = (t: string) => `「${t}」`;
const both = (t: Text) => `${t.zh}（${t.en}）`;

function cellLines(root: TMap, cells: ReadonlyMap<string, CellRead>, template: Template, spec: CellSpec): string[] {
  const where = [...spec.groups.map((g) => g.zh), q(spec.row.zh)].join(" › ");
  const column = spec.columnGroup ? `${spec.columnGroup.zh} › ${q(spec.column.zh)}` : q(spec.column.zh);
  const whereEn = [...spec.groups.map((g) => g.en), spec.row.en].join(" › ");
  const columnEn = spec.columnGroup ? `${spec.columnGroup.en} › ${spec.column.en}` : spec.column.en;
  const single = spec.table === "activeDisclosure" && spec.path.length === 2;
  const out = [
    single ? `**${where}**` : `**${where}** · **${column}**`,
    "",
    single ? `*${whereEn} — ${columnEn}*` : `*${whereEn} · ${columnEn}*`,
    "",
  ];
  const node = cellNode(root, spec);
  const written = node?.kind === "scalar" ? (node.source.trim() === "" ? "（空 / blank）" : node.source.trim()) : "—";
  out.push(`值 / Value: \`${written}\``);
  for (const formula of formulasOf(template, spec)) {
    const { values, sum } = evaluate(cells, formula);
    const terms = values.map((v) => (v === undefined ? "?" : String(v))).join(" + ");
    const reported = node?.kind === "scalar" && typeof node.value === "number" ? node.value : undefined;
    let verdict = "";
    if (sum !== undefined && reported !== undefined) verdict = sum === reported ? " ✓" : ` ≠ ${reported}（表中所填 / as written）`;
    out.push("", `${formula.name.zh} = ${formula.over.zh}（${formula.name.en} = ${formula.over.en}）`, "", `= ${terms} = **${sum ?? "?"}**${verdict}`);
  }
  return out;
}

function keyLines(info: KeyInfo): string[] {
  const out: string[] = [];
  const context = info.context.map((c) => c.zh);
  if (info.kind === "table2-row" || info.kind === "table2-column") {
    // Table 2 rows are headed by an item of 条例第二十条: that is what people look for.
    out.push(`**${context.map(q).join(" › ")}** › **${q(info.label.zh)}**`, "", `*${[...info.context.map((c) => c.en), info.label.en].join(" › ")}*`);
  } else if (info.kind === "part") {
    out.push(`**${q(info.label.zh)}**`, "", `*${info.label.en}*`);
  } else {
    const path = [...context, q(info.label.zh)].join(" › ");
    out.push(`**${path}**`, "", `*${[...info.context.map((c) => c.en), info.label.en].join(" › ")}*`);
  }
  if (info.description) out.push("", info.description.zh, "", info.description.en);
  if (info.columns) out.push("", `栏目 / Columns: ${info.columns.map((c, i) => `${i + 1}. ${both(c)}`).join("；")}`);
  return out;
}

/** For clients that only render plain text. */
function plain(markdown: string): string {
  return markdown.replace(/\*\*/g, "").replace(/(^|\s)\*([^*]+)\*/g, "$1$2").replace(/`/g, "");
}
