import { SymbolKind, type DocumentSymbol, type SymbolInformation } from "vscode-languageserver/node";
import { pick, type TMap, type TNode } from "@ogi-report/core";
import type { Analysis } from "./analysis.js";
import { keyInfo } from "@ogi-report/core";

/** The outline: the six parts, the tables' groups and rows, named as the printed template names them. */
export function documentSymbols(analysis: Analysis, hierarchical: boolean): DocumentSymbol[] | SymbolInformation[] {
  if (!analysis.isReport) return [];
  const root = analysis.root;
  if (!root) return [];
  const symbols = mapSymbols(analysis, root, []);
  return hierarchical ? symbols : flatten(analysis.uri, symbols, undefined);
}

function mapSymbols(analysis: Analysis, map: TMap, path: string[]): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const locale = analysis.settings.locale;
  for (const pair of map.pairs) {
    const here = [...path, pair.key];
    const info = keyInfo(analysis.template, here);
    const value = pair.value;
    const end = Math.max(pair.keyEnd, value.end);
    const symbol: DocumentSymbol = {
      name: info ? pick(info.label, locale) : pair.key,
      detail: pair.key,
      kind: kindOf(info?.kind, value),
      range: analysis.lines.range(pair.keyStart, trimEnd(analysis.text, pair.keyStart, end)),
      selectionRange: analysis.lines.range(pair.keyStart, pair.keyEnd),
    };
    if (info?.kind === "table2-row" && info.context[0]) symbol.detail = `${pair.key} · ${pick(info.context[0], locale)}`;
    if (info?.kind === "meta" && value.kind === "scalar" && value.source.length <= 60) symbol.detail = `${pair.key}: ${value.source}`;
    // Down to rows only: the cells of a row are its figures, not places to navigate to.
    const descend = value.kind === "map" && !value.flow && (info?.kind === "part" || info?.kind === "table3-group");
    if (descend) symbol.children = mapSymbols(analysis, value as TMap, here);
    out.push(symbol);
  }
  return out;
}

function kindOf(kind: string | undefined, value: TNode): SymbolKind {
  switch (kind) {
    case "part":
      return SymbolKind.Namespace;
    case "table3-group":
      return SymbolKind.Object;
    case "table2-row":
    case "table3-row":
    case "table4-row":
      return value.kind === "seq" ? SymbolKind.Array : SymbolKind.Field;
    case "meta":
      return SymbolKind.Property;
    default:
      return SymbolKind.Key;
  }
}

/** Block values end after their trailing line break; the symbol should end on its last character. */
function trimEnd(text: string, start: number, end: number): number {
  let e = Math.min(end, text.length);
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

function flatten(uri: string, symbols: DocumentSymbol[], container: string | undefined): SymbolInformation[] {
  return symbols.flatMap((s) => [
    { name: s.name, kind: s.kind, location: { uri, range: s.range }, ...(container ? { containerName: container } : {}) },
    ...flatten(uri, s.children ?? [], s.name),
  ]);
}
