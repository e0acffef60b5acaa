import type { CellRead, CellSpec, Template, Text, TMap } from "@ogi-report/core";
import type { Analysis } from "../analysis.js";
import type { Locale } from "../i18n.js";
import { cellAtPath, cellNode } from "@ogi-report/core";
import { keyInfo as keyLabel, type KeyInfo as KeyLabel } from "@ogi-report/core";
import { evaluate, formulasOf } from "@ogi-report/core";
import { hitAt } from "@ogi-report/core";

/** What a hover shows, as data (the DOM is built by the editor extension; tests read this directly). */
export interface HoverInfo {
  from: number;
  to: number;
  /** In the page's language. */
  title: string;
  /** The same in the other language: the printed labels are Chinese, and a reader of either needs both. */
  subtitle: string;
  details: string[];
  formulas: { text: string; holds: boolean | undefined }[];
}

const quoted = (t: string, locale: Locale) => (locale === "en" ? t : `「${t}」`);
const pickText = (t: Text, locale: Locale) => (locale === "en" ? t.en : t.zh);
const other = (locale: Locale): Locale => (locale === "en" ? "zh-CN" : "en");

/** A cell: its row and column labels, its value and, for a total, the sums it must equal. A key: its label. */
export function hoverInfo(analysis: Analysis, offset: number, locale: Locale): HoverInfo | undefined {
  const root = analysis.root;
  if (!root) return undefined;
  const hit = hitAt(root, offset);
  if (!hit) return undefined;
  const template = analysis.template;
  if (hit.onKey) {
    const label = keyLabel(template, hit.path);
    return label ? { from: hit.key!.start, to: hit.key!.end, ...keyText(label, locale) } : undefined;
  }
  const spec = cellAtPath(template, hit.path);
  return spec ? { from: hit.node.start, to: hit.node.end, ...cellText(root, analysis.model!.cells, template, spec, locale) } : undefined;
}

function cellPlace(spec: CellSpec, locale: Locale): string {
  const row = [...spec.groups.map((g) => pickText(g, locale)), quoted(pickText(spec.row, locale), locale)].join(" › ");
  if (spec.table === "activeDisclosure" && spec.path.length === 2) return row;
  const column = [...(spec.columnGroup ? [pickText(spec.columnGroup, locale)] : []), quoted(pickText(spec.column, locale), locale)].join(" › ");
  return `${row} · ${column}`;
}

function cellText(root: TMap, cells: ReadonlyMap<string, CellRead>, template: Template, spec: CellSpec, locale: Locale): Omit<HoverInfo, "from" | "to"> {
  const node = cellNode(root, spec);
  const written = node?.kind === "scalar" ? node.source.trim() : undefined;
  const value = written === undefined ? "—" : written === "" ? (locale === "en" ? "(blank)" : "（空）") : written;
  const formulas = formulasOf(template, spec).map((formula) => {
    const { values, sum } = evaluate(cells, formula);
    const reported = node?.kind === "scalar" && typeof node.value === "number" ? node.value : undefined;
    const terms = values.map((v) => (v === undefined ? "?" : String(v))).join(" + ");
    const holds = sum !== undefined && reported !== undefined ? sum === reported : undefined;
    const verdict = holds === true ? " ✓" : holds === false ? (locale === "en" ? ` ≠ ${reported} (as written)` : ` ≠ ${reported}（表中所填）`) : "";
    return { text: `${pickText(formula.name, locale)} = ${pickText(formula.over, locale)} = ${terms} = ${sum ?? "?"}${verdict}`, holds };
  });
  return { title: cellPlace(spec, locale), subtitle: cellPlace(spec, other(locale)), details: [`${locale === "en" ? "Value" : "值"}: ${value}`], formulas };
}

function keyText(label: KeyLabel, locale: Locale): Omit<HoverInfo, "from" | "to"> {
  const place = (l: Locale) => [...label.context.map((c) => pickText(c, l)), quoted(pickText(label.label, l), l)].join(" › ");
  const details: string[] = [];
  if (label.description) details.push(pickText(label.description, locale));
  if (label.columns) {
    const columns = label.columns.map((c, i) => `${i + 1}. ${pickText(c, locale)}`).join(locale === "en" ? "; " : "；");
    details.push(`${locale === "en" ? "Columns" : "栏目"}: ${columns}`);
  }
  return { title: place(locale), subtitle: place(other(locale)), details, formulas: [] };
}
