import { cluster, isFigure, pageLines, type OutputLine, type TextRun } from "./pdf-layout.js";
import type { Rule, Rules } from "./pdf-rules.js";

/**
 * A ruled table of a PDF page read by its borders: every cell is the box its lines draw, so a run belongs to the
 * cell it is printed in whatever its height on the page (a group label printed in the middle of the rows it
 * spans, a header wrapped over several lines), and a blank cell is a box with nothing in it. Each row of boxes
 * becomes a line as a `|` table flattens it: the cells that start in that row (a cell spanning rows is written
 * once, in its first row, as HTML writes it), labels first, then one field per box right of the label columns.
 */

/** Borders closer than this (PDF units) are one: double lines, a cell's own edge drawn beside its neighbour's. */
const SAME = 2;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  runs: TextRun[];
}

interface Band {
  top: number;
  bottom: number;
  /** The boxes that start in this row of the table, left to right. */
  boxes: Box[];
}

export interface GridRead {
  lines: OutputLine[];
  /** The runs printed inside a table's boxes (the rest of the page is read line by line). */
  used: Set<TextRun>;
  /** A table runs past the page's edge: some of its cells are not printed. */
  cut: boolean;
}

/** The page's printable width (its media box), in the units of the runs. */
export interface PageEdges {
  left: number;
  right: number;
}

export function gridLines(runs: TextRun[], rules: Rules, page: PageEdges): GridRead {
  const tables = tablesOf(rules);
  const used = new Set<TextRun>();
  const lines: OutputLine[] = [];
  let cut = false;
  for (const bands of tables) {
    const boxes = bands.flatMap((b) => b.boxes);
    for (const r of runs) {
      const x = (r.x + r.end) / 2;
      const y = r.y + 0.3 * r.size;
      const box = boxes.find((b) => b.left <= x && x <= b.right && b.bottom <= y && y <= b.top);
      if (box) {
        box.runs.push(r);
        used.add(r);
      }
    }
    if (!boxes.some((b) => b.runs.length)) continue;
    const read = tableLines(bands, page);
    lines.push(...read.lines);
    cut ||= read.cut;
  }
  return { lines, used, cut };
}

function tableLines(bands: Band[], page: PageEdges): { lines: OutputLine[]; cut: boolean } {
  const text = (b: Box) => boxText(b.runs);
  // The label columns are those where a row of figures prints its label (words left of its first figure); the
  // rest are figure columns, also those left blank in every row (table 4 has no label column at all).
  const labelRight = Math.max(
    ...bands.flatMap((band) => {
      const first = band.boxes.find((b) => isFigure(text(b)));
      return first ? band.boxes.filter((b) => b.right <= first.left + SAME && text(b) !== "").map((b) => b.right) : [];
    }),
  );
  const out: OutputLine[] = [];
  let cutRows = false;
  for (const band of bands) {
    const texts = band.boxes.map(text);
    if (texts.every((t) => t === "")) continue;
    const y = band.top;
    const isLabel = (b: Box) => Number.isFinite(labelRight) && b.right <= labelRight + SAME;
    const label = band.boxes.filter(isLabel).map(text).join("");
    // A table wider than the page (as an office prints a web page's table) loses its columns past the edge: the
    // row ends before the first box the edge cuts, so the reader takes the cells after it as lost, not blank.
    const widths = band.boxes.filter((b) => !isLabel(b) && b.right < page.right - SAME && b.left > page.left + SAME).map((b) => b.right - b.left);
    const cut = band.boxes.findIndex((b) => !isLabel(b) && cutByEdge(b, page, widths, "right"));
    const fields = band.boxes.filter((b, i) => !isLabel(b) && (cut < 0 || i < cut));
    // Cut on the left, a row has lost its first figures, and the text has no way to say where the rest begin:
    // its figures are left out (the reader then reports the row as not found), never read from the wrong place.
    const leftCut = fields.some((b) => cutByEdge(b, page, widths, "left"));
    cutRows ||= cut >= 0 || leftCut;
    if (leftCut) {
      if (label) out.push({ label, y });
    } else if (fields.length > 0 && fields.every((b) => text(b) === "" || isFigure(text(b)))) {
      // A row of figures (blank ones included).
      out.push({ label, fields: fields.map(text), y });
    } else out.push({ label: texts.filter(Boolean).join("  "), y }); // a header, or a heading across the table
  }
  return { lines: out, cut: cutRows };
}

/**
 * A box the page's edge cuts off: what it prints runs past the edge, or, empty, it is much narrower than
 * the row's other boxes (its own right border lies off the page). A box that reaches the edge and prints its
 * whole text inside the page is whole: its border is all that is clipped.
 */
function cutByEdge(b: Box, page: PageEdges, widths: number[], edge: "left" | "right"): boolean {
  if (edge === "right" ? b.right < page.right - SAME : b.left > page.left + SAME) return false;
  if (b.runs.length > 0) return b.runs.some((r) => (edge === "right" ? r.end > page.right : r.x < page.left));
  const sorted = [...widths].sort((x, y) => x - y);
  const median = sorted[Math.floor(sorted.length / 2)];
  return median === undefined || b.right - b.left < 0.75 * median;
}

/** A box's runs as its text: printed lines top to bottom, each left to right. */
function boxText(runs: TextRun[]): string {
  if (runs.length === 0) return "";
  return pageLines(runs.map((r) => ({ ...r })))
    .map((l) => l.cells.map((c) => c.text).join(""))
    .join("");
}

/** The page's tables: runs of table rows (bands between horizontal borders that vertical borders cross), each a table. */
function tablesOf(all: Rules): Band[][] {
  // A border ends where it meets another (a cell's corner); a line ending in the middle of a cell is something
  // else printed there: the underline of a link or of a figure.
  const meets = (r: Rule, across: Rule[]) => [r.from, r.to].every((end) => across.some((o) => Math.abs(o.at - end) <= SAME && covers(o, r.at)));
  const rules: Rules = { horizontal: all.horizontal.filter((h) => meets(h, all.vertical)), vertical: all.vertical.filter((v) => meets(v, all.horizontal)) };
  const ys = merge(rules.horizontal.map((h) => h.at)).sort((a, b) => b - a);
  const tables: Band[][] = [];
  let current: Band[] = [];
  for (let k = 1; k < ys.length; k++) {
    const top = ys[k - 1]!;
    const bottom = ys[k]!;
    const mid = (top + bottom) / 2;
    const xs = merge(rules.vertical.filter((v) => covers(v, mid)).map((v) => v.at)).sort((a, b) => a - b);
    if (xs.length < 2) {
      if (current.length) tables.push(current);
      current = [];
      continue;
    }
    const boxes: Box[] = [];
    for (let i = 1; i < xs.length; i++) {
      const left = xs[i - 1]!;
      const right = xs[i]!;
      const centre = (left + right) / 2;
      // A box starts here where a border closes it at the top; elsewhere it continues a box from a row above.
      if (!rules.horizontal.some((h) => Math.abs(h.at - top) <= SAME && covers(h, centre))) continue;
      const below = ys.slice(k).find((yb) => rules.horizontal.some((h) => Math.abs(h.at - yb) <= SAME && covers(h, centre)));
      if (below === undefined) continue;
      boxes.push({ left, right, top, bottom: below, runs: [] });
    }
    current.push({ top, bottom, boxes });
  }
  if (current.length) tables.push(current);
  return tables;
}

const covers = (r: Rule, v: number) => r.from - SAME <= v && v <= r.to + SAME;
/** Borders closer than SAME to their neighbour taken as one. */
const merge = (values: number[]) => cluster(values, SAME);
