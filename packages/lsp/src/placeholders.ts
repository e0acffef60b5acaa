import { CompletionItemKind, InlayHintKind, MarkupKind, type CompletionItem, type Hover, type InlayHint, type Position } from "vscode-languageserver/node";
import { cellName, findPlaceholders, nodeAt, pick, placeholderNames, type CellSpec, type TMap, type TNode } from "@ogi-report/core";
import type { Analysis } from "./analysis.js";

/** Prose parts, where `{{applications.newReceived.total}}` stands for a table figure. */
const PROSE_KEYS = ["preamble", "overview", "problems", "otherMatters"];

interface Found {
  ref: string;
  start: number;
  end: number;
  cell?: CellSpec;
  value?: string;
}

function valueOf(root: TMap, cell: CellSpec): string | undefined {
  let node: TNode | undefined = nodeAt(root, cell.path);
  if (node?.kind === "map") node = node.pairs.find((p) => p.key === "value")?.value;
  return node?.kind === "scalar" && node.value !== null && node.value !== "" ? node.source : undefined;
}

/** Every placeholder in the document's prose, with the cell it names and that cell's figure. */
export function placeholdersOf(analysis: Analysis): Found[] {
  const root = analysis.root;
  if (!root) return [];
  const out: Found[] = [];
  for (const pair of root.pairs) {
    if (!PROSE_KEYS.includes(pair.key) || pair.value.kind !== "scalar" || !pair.value.source.includes("{{")) continue;
    const node = pair.value;
    for (const p of findPlaceholders(node.source, analysis.template)) {
      const value = p.cell ? valueOf(root, p.cell) : undefined;
      out.push({ ref: p.ref, start: node.start + p.start, end: node.start + p.end, ...(p.cell ? { cell: p.cell } : {}), ...(value !== undefined ? { value } : {}) });
    }
  }
  return out;
}

/** Hover on a placeholder: which cell it names, and the figure rendering will put there. */
export function placeholderHover(analysis: Analysis, offset: number, markdown: boolean): Hover | null {
  const hit = placeholdersOf(analysis).find((p) => offset >= p.start && offset <= p.end);
  if (!hit) return null;
  const range = analysis.lines.range(hit.start, hit.end);
  const lines = hit.cell
    ? [`**${cellName(hit.cell).zh}** = ${hit.value ?? "（空白）"}`, `${cellName(hit.cell).en} = ${hit.value ?? "(blank)"}`, `\`{{${hit.ref}}}\``]
    : [`**「${hit.ref}」不是表格中的单元格**`, `“${hit.ref}” names no table cell`];
  const value = lines.join("\n\n");
  return { range, contents: markdown ? { kind: MarkupKind.Markdown, value } : value.replace(/\*\*|`/g, "") };
}

/** After each placeholder, the figure it stands for. */
export function placeholderHints(analysis: Analysis, from: number, to: number): InlayHint[] {
  return placeholdersOf(analysis)
    .filter((p) => p.cell && p.value !== undefined && p.end >= from && p.end <= to)
    .map((p) => ({
      position: analysis.lines.position(p.end),
      label: `= ${p.value}`,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: `${cellName(p.cell!).zh}\n${cellName(p.cell!).en}`,
    }));
}

/** Completion inside `{{…`: every cell by its reference, with its label and current figure. */
export function placeholderCompletions(analysis: Analysis, position: Position): CompletionItem[] | null {
  const line = analysis.lines.lineText(position.line).slice(0, position.character);
  const open = /\{\{\s*([A-Za-z0-9_.]*)$/.exec(line);
  if (!open) return null;
  // Only inside a prose part: the line must belong to one of their values.
  const offset = analysis.offsetAt(position);
  const root = analysis.root;
  const inProse = root
    ? root.pairs.some((p) => PROSE_KEYS.includes(p.key) && offset >= p.value.start && offset <= p.value.end + 1)
    : /^\s+/.test(line);
  if (!inProse) return null;
  const typed = open[1]!;
  const start = { line: position.line, character: position.character - typed.length };
  const rest = analysis.lines.lineText(position.line).slice(position.character);
  const closes = /^\s*\}\}/.test(rest);
  const locale = analysis.settings.locale;
  return placeholderNames(analysis.template).map(({ ref, cell }, i) => {
    const value = root ? valueOf(root, cell) : undefined;
    const name = cellName(cell);
    return {
      label: ref,
      kind: CompletionItemKind.Reference,
      detail: `${pick(name, locale)}${value !== undefined ? ` = ${value}` : ""}`,
      documentation: `${name.zh}\n${name.en}`,
      sortText: String(i).padStart(4, "0"),
      filterText: ref,
      textEdit: { range: { start, end: position }, newText: closes ? ref : `${ref}}}` },
    };
  });
}
