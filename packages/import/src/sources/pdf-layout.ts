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
  /** Where each run of a merged cell starts in its text, and its left and right edge. */
  runs?: { at: number; x: number; end: number }[];
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
    // Less than a character's width apart: the same cell (a word, a figure, a wrapped label's pieces); but a figure
    // that starts a space or more after a digit or a label (narrow table columns, figures printed flush left) is
    // a cell of its own: inside a number digits touch, and prose puts at most a thin space before one.
    // Two whole figures apart at all (digits of one number touch) are two cells.
    const figureAfterGap =
      last !== undefined &&
      ((gap > 0.3 * r.size && /^[-+]?\d/.test(r.text.trim()) && /[\d\u3400-\u9fff）)]$/.test(last.text)) || (gap > 0.1 * r.size && isFigure(r.text) && isFigure(last.text)));
    if (last && gap < 0.9 * r.size && !figureAfterGap) {
      const space = gap > 0.2 * r.size && /[A-Za-z0-9]$/.test(last.text) && /^[A-Za-z0-9]/.test(r.text.trim());
      (last.runs ??= [{ at: 0, x: last.x, end: last.end }]).push({ at: last.text.length + (space ? 1 : 0), x: r.x, end: r.end });
      last.text += (space ? " " : "") + r.text.trim();
      last.end = Math.max(last.end, r.end);
    } else cells.push({ text: r.text.trim(), x: r.x, end: r.end, y: r.y });
  }
  return { y: l.y, size: l.size, cells };
}

const figures = (l: LayoutLine) => l.cells.filter((c) => isFigure(c.text));
/** The first line of a figure cell that wraps (「22（其中修订16」), not a list number (「1.属于国家秘密」). */
const startsFigure = (text: string) => /^[-+]?\d/.test(text) && !/^\d{1,2}[.．、]\D/.test(text);
const overlaps = (a: { x: number; end: number }, b: { x: number; end: number }) => a.x < b.end && b.x < a.end;

/**
 * The lines of a page as rows: a line with figures is a table row; the lines of its label cell that wrap above
 * and below it (closer to it than to the next row, and left of its figures) join it; a run of rows between two
 * other lines is one table block, whose columns are the figures' centres (and the header line's above it).
 */
export function pageRows(lines: LayoutLine[]): OutputLine[] {
  const isRow = lines.map((l) => figures(l).length > 0);
  const labelled = (i: number) => isRow[i] && lines[i]!.cells.some((c) => !isFigure(c.text));
  // Which row each other line belongs to (a wrapped label, or a figure too wide for its column), if any.
  const owner = new Map<number, number>();
  const attach = (i: number, candidates: number[], fits: (row: LayoutLine) => boolean) => {
    const l = lines[i]!;
    let best: number | undefined;
    let bestDistance = Infinity;
    for (const r of candidates) {
      const d = Math.abs(lines[r]!.y - l.y);
      if (d < bestDistance) {
        best = r;
        bestDistance = d;
      }
    }
    if (best === undefined) return;
    const row = lines[best]!;
    // A line in another type size (a part's heading) is not a piece of a table cell.
    if (Math.abs(l.size - row.size) > 0.15 * row.size) return;
    const neighbours = candidates.filter((r) => r !== best).map((r) => Math.abs(lines[r]!.y - row.y));
    const half = neighbours.length ? Math.min(...neighbours) / 2 : 1.5 * row.size;
    // A wrapped cell's lines lie around the row's middle, where single-line cells sit: nearer to it than to the
    // next row (a label of five lines reaches three lines up and down).
    // And a line of it: every line between it and the row's own a line apart (a cell's lines follow each other
    // a line apart, the next row's start further, past the cells' padding: a blank row's label is no part of it).
    const [from, to] = i < best ? [i, best] : [best, i];
    const connected = lines.slice(from, to).every((line, k) => line.y - lines[from + k + 1]!.y <= 1.5 * row.size);
    if (bestDistance < Math.min(half, 4 * row.size) && connected && fits(row)) owner.set(i, best);
  };
  const labelledRows = lines.map((_, i) => i).filter(labelled);
  // Figures alone on a line, in columns the labelled row beside them leaves empty: the wrapped part of its cells.
  lines.forEach((l, i) => {
    if (isRow[i] && !labelled(i)) attach(i, labelledRows, (row) => !l.cells.some((c) => figures(row).some((f) => overlaps(c, f))));
  });
  // Figures alone on a line half-way between two labelled rows whose empty columns both fit it (a figure wrapped
  // in its cell, 「1361」 over 「2」, the row's other figures centred between): the layout does not show which row
  // each piece is of. Both rows keep their labels and lose their figures, which are then reported, not guessed.
  const unread = new Set<LayoutLine>();
  lines.forEach((l, i) => {
    if (!isRow[i] || labelled(i)) return;
    const above = labelledRows.filter((r) => r < i).pop();
    const below = labelledRows.find((r) => r > i);
    if (above === undefined || below === undefined) return;
    const fits = (r: number) => !l.cells.some((c) => figures(lines[r]!).some((f) => overlaps(c, f)));
    const [up, down] = [lines[above]!.y - l.y, l.y - lines[below]!.y];
    if (fits(above) && fits(below) && Math.abs(up - down) < 0.25 * l.size && Math.max(up, down) < 4 * l.size) {
      owner.set(i, above);
      for (const r of [above, below]) unread.add(lines[r]!);
    }
  });
  for (const i of owner.keys()) isRow[i] = false;
  const rowIndexes = lines.map((_, i) => i).filter((i) => isRow[i]);
  // Twice: the end of a wrapped figure (「件）」) joins the row its start (「22（其中修订16」) joined first.
  for (let pass = 0; pass < 2; pass++) {
    lines.forEach((l, i) => {
      if (isRow[i] || owner.has(i)) return;
      attach(i, rowIndexes, (row) => {
        // A header line names columns over the figures, with no figure among them.
        const figuresFrom = Math.min(...figures(row).map((c) => c.x)) - 0.5 * row.size;
        if (l.cells.filter((c) => c.x >= figuresFrom && !startsFigure(c.text)).length >= 2) return false;
        // A wrapped label stands in the row's label column (a section heading over the figures does not).
        const labels = row.cells.filter((c) => !isFigure(c.text));
        const starts = [...owner].filter(([, r]) => lines[r] === row).flatMap(([w]) => lines[w]!.cells.filter((c) => startsFigure(c.text)));
        // Beside the row's own label (a group label printed on the row's line, the row's label wrapped above and
        // below): only within a line and a half, where a section heading (「第二十条第（六）项」) is further.
        const near = Math.abs(l.y - row.y) < 1.6 * row.size;
        return l.cells.every(
          (c) =>
            startsFigure(c.text) ||
            starts.some((f) => overlaps(f, c)) ||
            labels.some((b) => overlaps(b, c)) ||
            ((labels.length === 0 || near) && c.end <= figuresFrom + row.size),
        );
      });
    });
  }

  // Blocks: rows not separated by a line of their own. Label lines between two rows of a block, left of its
  // figures, are a row printed with every cell blank (its wrapped lines, a line apart, taken together); so are
  // those after its last row at the end of the page, and those under a table's header before its first row
  // (a table continued from the page before, whose rows there are blank).
  const out: OutputLine[] = [];
  let block: { line: LayoutLine; wrapped: LayoutLine[] }[] = [];
  let headers: LayoutLine[] = [];
  const wrappedOf = (i: number) => [...owner].filter(([, r]) => r === i).map(([w]) => lines[w]!);
  const flush = () => {
    if (block.length) out.push(...blockRows(block, headers).map((row, k) => (unread.has(block[k]!.line) ? { label: row.label, y: row.y } : row)));
    block = [];
    headers = [];
  };
  const blankRows = (labels: LayoutLine[]) => {
    let group: LayoutLine[] = [];
    for (const line of labels) {
      if (group.length && group[group.length - 1]!.y - line.y > 1.5 * line.size) {
        block.push({ line: group[0]!, wrapped: group.slice(1) });
        group = [];
      }
      group.push(line);
    }
    if (group.length) block.push({ line: group[0]!, wrapped: group.slice(1) });
  };
  // In the label columns: left of the rows' figures (a label wraps as far as its column reaches, further than
  // the labels printed so far may have), in the rows' type size.
  const labelArea = (line: LayoutLine, rows: LayoutLine[]) => {
    const from = Math.min(...rows.flatMap((r) => figures(r).map((c) => c.x)));
    const end = Math.max(-Infinity, ...rows.flatMap((r) => r.cells.filter((c) => !isFigure(c.text)).map((c) => c.end)));
    return Math.abs(line.size - rows[0]!.size) <= 0.15 * line.size && line.cells.every((c) => c.end <= Math.max(end + 0.5 * line.size, from - 0.3 * line.size));
  };
  const free = lines.map((_, i) => i).filter((i) => !owner.has(i));
  for (let k = 0; k < free.length; k++) {
    const i = free[k]!;
    const l = lines[i]!;
    if (isRow[i]) {
      if (block.length === 0) {
        // Label lines under the header's last line over the figure columns, before this first row.
        const from = Math.min(...figures(l).map((c) => c.x));
        let spanning = headers.length - 1;
        while (spanning >= 0 && !headers[spanning]!.cells.some((c) => c.end > from)) spanning--;
        let n = 0;
        while (spanning >= 0 && n < headers.length - spanning - 1 && labelArea(headers[headers.length - 1 - n]!, [l])) n++;
        if (n > 0) {
          const labels = headers.splice(headers.length - n, n);
          out.splice(out.length - n, n);
          blankRows(labels);
        }
      }
      block.push({ line: l, wrapped: wrappedOf(i) });
      continue;
    }
    if (block.length) {
      // Label-only lines up to the next row of the block, or to the end of the page: one blank row per group of
      // lines a line apart.
      let j = k;
      const rows = block.map((r) => r.line);
      while (j < free.length && !isRow[free[j]!] && labelArea(lines[free[j]!]!, rows)) j++;
      if (j > k && (j === free.length || isRow[free[j]!])) {
        blankRows(free.slice(k, j).map((m) => lines[m]!));
        k = j - 1;
        continue;
      }
    }
    if (block.length) flush();
    headers.push(l);
    out.push({ label: l.cells.map((c) => c.text).join(l.cells.length > 1 ? "  " : ""), y: l.y });
  }
  flush();
  return out;
}

function blockRows(rows: { line: LayoutLine; wrapped: LayoutLine[] }[], headers: LayoutLine[]): OutputLine[] {
  const size = rows[0]!.line.size;
  // The label columns end where the rows' labels do, also those wrapped above and below a line of figures alone.
  const labelEnd = Math.max(
    ...rows.flatMap((r) => {
      const from = Math.min(...figures(r.line).map((c) => c.x));
      return [r.line, ...r.wrapped].flatMap((l) => l.cells.filter((c) => !isFigure(c.text) && c.end <= from).map((c) => c.end));
    }),
    -Infinity,
  );
  // Figures centred, flush left or flush right in their cells: the anchor that makes the fewest columns.
  const anchors = [(c: Cell) => (c.x + c.end) / 2, (c: Cell) => c.x, (c: Cell) => c.end];
  const cellsOfRows = rows.flatMap((r) => rowCells(r.line, r.wrapped).figures);
  const anchor = anchors.reduce((best, a) => (cluster(cellsOfRows.map(a), 0.9 * size).length < cluster(cellsOfRows.map(best), 0.9 * size).length ? a : best));
  const centres = cellsOfRows.map(anchor);
  // How far apart a column's figures may stand: a third of the usual step between neighbouring figures of a row
  // (some tables pad each cell their own way), and never less than a character.
  const steps = rows.flatMap((r) => {
    const xs = rowCells(r.line, r.wrapped).figures.map(anchor).sort((a, b) => a - b);
    return xs.slice(1).map((x, k) => x - xs[k]!);
  });
  const centred = anchor === anchors[0];
  // Header pieces: each run of a header cell (the headers of narrow columns print so close together that their
  // runs join into one cell), centred over its column. A column is named by two pieces one over the other
  // (「结果」「维持」, 「社会」「公益」「组织」), or by a header cell of its own (「总计」).
  const headerPieces = (width: number) =>
    headers.flatMap((l) => l.cells.filter((c) => c.x > labelEnd).flatMap((c) => apart(c, size))).filter((p) => p.end - p.x <= width);
  const headerColumns = (width: number) => {
    const pieces = headerPieces(width);
    return centred ? cluster([...cluster(pieces.map((p) => (p.x + p.end) / 2), 0.9 * size, 2), ...pieces.filter((p) => p.whole).map((p) => (p.x + p.end) / 2)], 0.9 * size) : [];
  };
  // With a header naming the columns, a column is no wider than its header's step (a block of one row has no
  // step of its own to measure: its figures stand columns apart).
  const named = headerColumns(3.4 * size);
  const headerStep = Math.min(...named.slice(1).map((c, k) => c - named[k]!));
  const tolerance = Math.min(Math.max(0.9 * size, 0.35 * (steps.sort((a, b) => a - b)[Math.floor(steps.length / 2)] ?? 0)), Math.max(0.9 * size, 0.45 * headerStep));
  const figureColumns = cluster(centres, tolerance);
  // The header names every column, also one left blank in every row of the block. Only a header cell as narrow
  // as a column counts (headers over several columns, or run together, would invent columns), and only where
  // the header's own line names columns (its first cell names the label column: 「信息内容」), or where two
  // lines of a header stacked over one column agree (「社会」「公益」「组织」).
  const pitch = Math.min(...figureColumns.slice(1).map((c, k) => c - figureColumns[k]!), 4 * size);
  const narrow = (l: LayoutLine) => l.cells.filter((c) => c.x > labelEnd && c.end - c.x <= pitch).map((c) => (c.x + c.end) / 2);
  // With one column of figures there is no column width to tell a column's header from a wider one: none is added.
  // Headers are centred: they place a column only among centred figures.
  const last = figureColumns.length > 1 && centred ? headers[headers.length - 1] : undefined;
  const lastNamed = last ? narrow({ ...last, cells: last.cells.slice(labelEnd > -Infinity ? 1 : 0) }) : [];
  const stacked = headerColumns(pitch);
  // A column left blank sits a column's width from the figures' columns; a header piece half-way between two of
  // them is a word of a wider header, not a column.
  const fits = (h: number) => figureColumns.every((f) => Math.abs(f - h) <= tolerance || Math.abs(f - h) >= 0.75 * pitch);
  const columns = cluster([...centres, ...[...lastNamed, ...stacked].filter(fits)], tolerance);
  const columnsNear = (x: number) => figureColumns.some((f) => Math.abs(f - x) <= tolerance);
  return rows.map(({ line, wrapped }) => {
    const { labels: merged, figures: figureCells } = rowCells(line, wrapped);
    // A figure printed close after a long label runs into the label's cell (「1.属于国家0」): where the label's
    // last runs stand in a figure column and read as a figure, they are that column's figure.
    const labelCells: Cell[] = [];
    for (const c of merged) {
      const k = (c.runs ?? []).findIndex((r, i) => i > 0 && isFigure(c.text.slice(r.at)) && columnsNear(anchor({ ...c, x: r.x, end: c.end })));
      if (k < 0) labelCells.push(c);
      else {
        const r = c.runs![k]!;
        labelCells.push({ ...c, text: c.text.slice(0, r.at), end: c.runs![k - 1]!.end, runs: undefined });
        figureCells.push({ ...c, text: c.text.slice(r.at), x: r.x, runs: undefined });
      }
    }
    // Column by column (a group label, then the row's own), each top to bottom.
    labelCells.sort((a, b) => (Math.abs(a.x - b.x) < size ? b.y - a.y : a.x - b.x));
    const fields = columns.map(() => "");
    for (const c of figureCells) {
      const centre = anchor(c);
      let best = 0;
      columns.forEach((col, k) => {
        if (Math.abs(col - centre) < Math.abs(columns[best]! - centre)) best = k;
      });
      fields[best] = fields[best] ? `${fields[best]} ${c.text}` : c.text;
    }
    return { label: labelCells.map((c) => c.text).join(""), fields, y: line.y };
  });
}

/**
 * A cell's pieces printed apart (runs with a gap between them): the headers of narrow columns, joined into one
 * cell because they stand less than a character apart. Runs that touch are one word, however pdf.js cut them.
 */
function apart(c: Cell, size: number): { x: number; end: number; whole: boolean }[] {
  if (!c.runs) return [{ x: c.x, end: c.end, whole: true }];
  const out: { x: number; end: number; whole: boolean }[] = [];
  for (const r of c.runs) {
    const last = out[out.length - 1];
    if (last && r.x - last.end < 0.3 * size) last.end = Math.max(last.end, r.end);
    else out.push({ x: r.x, end: r.end, whole: false });
  }
  return out;
}

/**
 * A row's cells with the lines wrapped above and below it: a figure cell that wraps (「22（其中修订16」 over
 * 「件）」) is put back together, pieces one under the other in order; everything else is label.
 */
function rowCells(line: LayoutLine, wrapped: LayoutLine[]): { labels: Cell[]; figures: Cell[] } {
  const pieces = [...wrapped.flatMap((w) => w.cells), ...line.cells].sort((a, b) => b.y - a.y || a.x - b.x);
  const parts = pieces.filter((c) => isFigure(c.text) || startsFigure(c.text));
  // A piece right under (or over) a figure's piece continues it; one further off is a heading or a label.
  const size = line.size;
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of pieces) {
      if (parts.includes(c) || /^\d{1,2}[.．、]/.test(c.text)) continue;
      // Only what a figure can wrap into: more digits, or the rest of a note it opened (「件）」).
      const continues = (p: Cell) => /^\d+$/.test(c.text) || (/[（(][^）)]*$/.test(p.text) && /^[^（(]*[）)]$/.test(c.text));
      if (parts.some((p) => overlaps(p, c) && Math.abs(p.y - c.y) < 1.6 * size && continues(p))) (parts.push(c), (grew = true));
    }
  }
  const figures: Cell[] = [];
  for (const c of pieces) {
    if (!parts.includes(c)) continue;
    const into = figures.find((f) => overlaps(f, c));
    if (into) {
      into.text += c.text;
      into.x = Math.min(into.x, c.x);
      into.end = Math.max(into.end, c.end);
    } else figures.push({ ...c });
  }
  return { labels: pieces.filter((c) => !parts.includes(c)), figures };
}

/** Sorted centres of clusters (of at least `min` values) of values no further apart than `tolerance` from their neighbour. */
export function cluster(values: number[], tolerance: number, min = 1): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= tolerance) last.push(v);
    else out.push([v]);
  }
  return out.filter((c) => c.length >= min).map((c) => c.reduce((a, b) => a + b, 0) / c.length);
}
