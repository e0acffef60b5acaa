/**
 * A PDF page's text runs (text with the place it is printed) turned into lines of cells. Rows come from y,
 * cells from the gaps between runs, and table columns from the x positions of the figures, so that digits a
 * text dump would run together stay apart and a blank cell stays a blank field.
 */
export interface TextRun {
  text: string;
  /** Left and right edge, and baseline, in PDF units (y grows upwards). */
  x: number;
  end: number;
  y: number;
  size: number;
}

interface Cell {
  text: string;
  x: number;
  end: number;
  y: number;
}

export interface LayoutLine {
  y: number;
  size: number;
  cells: Cell[];
}

/** One line of output: label text, then one field per table column (blank fields kept), or a line of text. */
export interface OutputLine {
  label: string;
  /** Undefined for a line that is not a table row of figures. */
  fields?: string[];
  /** Baseline of the line (for page headers and footers). */
  y: number;
}

/** A cell that prints a figure (or a dash standing for none), not a label. */
const FIGURE = /^(?:[-+]?\d[\d,]*(?:\.\d+)?(?:%|万?元|件)?(?:[（(][^）)]*[）)])?|[-—–/／])$/;

export function isFigure(text: string): boolean {
  return FIGURE.test(text.trim());
}

/** Runs of one page grouped into lines (top to bottom) of cells (left to right). */
export function pageLines(runs: TextRun[]): LayoutLine[] {
  const sorted = runs.filter((r) => r.text.trim() !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: LayoutLine[] = [];
  let current: { y: number; size: number; runs: TextRun[] } | undefined;
  for (const r of sorted) {
    if (current && Math.abs(current.y - r.y) <= 0.4 * Math.min(current.size, r.size)) current.runs.push(r);
    else {
      if (current) lines.push(toLine(current));
      current = { y: r.y, size: r.size, runs: [r] };
    }
  }
  if (current) lines.push(toLine(current));
  return lines;
}

function toLine(l: { y: number; size: number; runs: TextRun[] }): LayoutLine {
  const runs = l.runs.sort((a, b) => a.x - b.x);
  const cells: Cell[] = [];
  for (const r of runs) {
    const last = cells[cells.length - 1];
    const gap = last ? r.x - last.end : Infinity;
    // Less than a character's width apart: the same cell (a word, a figure, a wrapped label's pieces).
    if (last && gap < 0.9 * r.size) {
      const space = gap > 0.2 * r.size && /[A-Za-z0-9]$/.test(last.text) && /^[A-Za-z0-9]/.test(r.text.trim());
      last.text += (space ? " " : "") + r.text.trim();
      last.end = Math.max(last.end, r.end);
    } else cells.push({ text: r.text.trim(), x: r.x, end: r.end, y: r.y });
  }
  return { y: l.y, size: l.size, cells };
}

const figures = (l: LayoutLine) => l.cells.filter((c) => isFigure(c.text));
const firstFigureX = (l: LayoutLine) => Math.min(...figures(l).map((c) => c.x));

/**
 * The lines of a page as rows: a line with figures is a table row; the lines of its label cell that wrap above
 * and below it (closer to it than to the next row, and left of its figures) join it; a run of rows between two
 * other lines is one table block, whose columns are the figures' centres (and the header line's above it).
 */
export function pageRows(lines: LayoutLine[]): OutputLine[] {
  const isRow = lines.map((l) => figures(l).length > 0 && l.cells.some((c) => !isFigure(c.text)) || (figures(l).length > 1));
  const rowIndexes = lines.map((_, i) => i).filter((i) => isRow[i]);
  // Which row each other line belongs to (as a wrapped label), if any.
  const owner = new Map<number, number>();
  lines.forEach((l, i) => {
    if (isRow[i]) return;
    let best: number | undefined;
    let bestDistance = Infinity;
    for (const r of rowIndexes) {
      const d = Math.abs(lines[r]!.y - l.y);
      if (d < bestDistance) {
        best = r;
        bestDistance = d;
      }
    }
    if (best === undefined) return;
    const row = lines[best]!;
    const neighbours = rowIndexes.filter((r) => r !== best).map((r) => Math.abs(lines[r]!.y - row.y));
    const half = neighbours.length ? Math.min(...neighbours) / 2 : 1.5 * row.size;
    const leftOfFigures = l.cells.every((c) => c.end <= firstFigureX(row) + 0.5 * row.size);
    // A wrapped label's lines are within a line or so of the figures, which sit in the middle of the cell.
    if (bestDistance < Math.min(half, 1.5 * row.size) && leftOfFigures) owner.set(i, best);
  });

  // Blocks: rows not separated by a line of their own.
  const out: OutputLine[] = [];
  let block: number[] = [];
  let header: LayoutLine | undefined;
  const flush = () => {
    if (block.length) out.push(...blockRows(block.map((i) => ({ line: lines[i]!, wrapped: [...owner].filter(([, r]) => r === i).map(([w]) => lines[w]!) })), header));
    block = [];
  };
  lines.forEach((l, i) => {
    if (owner.has(i)) return;
    if (isRow[i]) {
      block.push(i);
      return;
    }
    flush();
    header = l;
    out.push({ label: l.cells.map((c) => c.text).join(l.cells.length > 1 ? "  " : ""), y: l.y });
  });
  flush();
  return out;
}

function blockRows(rows: { line: LayoutLine; wrapped: LayoutLine[] }[], header: LayoutLine | undefined): OutputLine[] {
  const size = rows[0]!.line.size;
  const labelEnd = Math.max(...rows.flatMap((r) => r.line.cells.filter((c) => !isFigure(c.text)).map((c) => c.end)), -Infinity);
  const centres = rows.flatMap((r) => figures(r.line).map((c) => (c.x + c.end) / 2));
  const figureColumns = cluster(centres, 0.9 * size);
  // The header names every column, also one left blank in every row of the block; only a header cell as narrow
  // as a column counts (headers over several columns, or run together, would invent columns).
  const pitch = Math.min(...figureColumns.slice(1).map((c, k) => c - figureColumns[k]!), 4 * size);
  if (header) for (const c of header.cells) if (c.x > labelEnd && c.end - c.x <= pitch) centres.push((c.x + c.end) / 2);
  const columns = cluster(centres, 0.9 * size);
  return rows.map(({ line, wrapped }) => {
    const labelCells = [...wrapped.flatMap((w) => w.cells), ...line.cells.filter((c) => !isFigure(c.text))];
    // Column by column (a group label, then the row's own), each top to bottom.
    labelCells.sort((a, b) => (Math.abs(a.x - b.x) < size ? b.y - a.y : a.x - b.x));
    const fields = columns.map(() => "");
    for (const c of figures(line)) {
      const centre = (c.x + c.end) / 2;
      let best = 0;
      columns.forEach((col, k) => {
        if (Math.abs(col - centre) < Math.abs(columns[best]! - centre)) best = k;
      });
      fields[best] = fields[best] ? `${fields[best]} ${c.text}` : c.text;
    }
    return { label: labelCells.map((c) => c.text).join(""), fields, y: line.y };
  });
}

/** Sorted centres of clusters of values no further apart than `tolerance` from their neighbour. */
function cluster(values: number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= tolerance) last.push(v);
    else out.push([v]);
  }
  return out.map((c) => c.reduce((a, b) => a + b, 0) / c.length);
}
