import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, parseFragment } from "parse5";
import { readReport, type ReportInput } from "../src/index.js";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const artifactsDir = join(repoRoot, "artifacts");

export function ensureArtifacts(): string {
  mkdirSync(artifactsDir, { recursive: true });
  return artifactsDir;
}

export function exampleText(name: string): string {
  return readFileSync(join(repoRoot, "examples", name), "utf8");
}

export function inputOf(text: string): ReportInput {
  const read = readReport(text);
  if (!read.ok) throw new Error(`not renderable: ${JSON.stringify(read.problem)}`);
  return read.input;
}

export const seedInput = () => inputOf(exampleText("seed-2025.yaml"));
export const county2020Input = () => inputOf(exampleText("county-2020.yaml"));

/** The first executable in PATH among `names`, or undefined. */
export function which(...names: string[]): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    for (const name of names) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

// ---- HTML as a tree (parse5), so tests read structure the way a browser would, not with regular expressions.

export interface HNode {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HNode[];
  value?: string;
}

export function parseHtml(html: string): HNode {
  return parse(html) as unknown as HNode;
}

export function parseHtmlFragment(html: string): HNode {
  return parseFragment(html) as unknown as HNode;
}

export function attr(node: HNode, name: string): string | undefined {
  return node.attrs?.find((a) => a.name === name)?.value;
}

export function elements(node: HNode, tag?: string): HNode[] {
  const out: HNode[] = [];
  const walk = (n: HNode) => {
    for (const c of n.childNodes ?? []) {
      if (c.tagName && (tag === undefined || c.tagName === tag)) out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}

export function textOf(node: HNode): string {
  if (node.nodeName === "#text") return node.value ?? "";
  return (node.childNodes ?? []).map(textOf).join("");
}

export function hasClass(node: HNode, name: string): boolean {
  return (attr(node, "class") ?? "").split(/\s+/).includes(name);
}

/** A table cell as read from markup. */
export interface TableCell {
  node: HNode;
  tag: string;
  text: string;
  rowSpan: number;
  colSpan: number;
}

/** A table's rows of cells, and the grid they cover once row and column spans are laid out. */
export interface TableGrid {
  rows: TableCell[][];
  /** matrix[r][c]: the cell covering that place. */
  matrix: TableCell[][];
  width: number;
}

export function tableGrid(table: HNode): TableGrid {
  const rows = elements(table, "tr").map((tr) =>
    (tr.childNodes ?? [])
      .filter((c) => c.tagName === "td" || c.tagName === "th")
      .map((c) => ({ node: c, tag: c.tagName!, text: textOf(c).trim(), rowSpan: Number(attr(c, "rowspan") ?? 1), colSpan: Number(attr(c, "colspan") ?? 1) })),
  );
  const matrix: TableCell[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (matrix[r]![c]) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          if (matrix[r + dr] === undefined) throw new Error(`rowspan of 「${cell.text}」 runs past the table`);
          if (matrix[r + dr]![c + dc]) throw new Error(`cells overlap at ${r + dr},${c + dc} (「${cell.text}」)`);
          matrix[r + dr]![c + dc] = cell;
        }
      }
      c += cell.colSpan;
    }
  });
  const width = Math.max(...matrix.map((m) => m.length));
  matrix.forEach((m, r) => {
    for (let c = 0; c < width; c++) if (!m[c]) throw new Error(`hole in the table at row ${r}, column ${c}`);
  });
  return { rows, matrix, width };
}

export function tableById(root: HNode, id: string): TableGrid {
  const table = elements(root, "table").find((t) => attr(t, "data-table") === id);
  if (!table) throw new Error(`no table ${id}`);
  return tableGrid(table);
}
