import { isFigure, type OutputLine, type TextRun } from "./pdf-layout.js";

/**
 * A label set a few characters a line in a narrow column of merged cells: table 3's group labels
 * (「三/、/本/年/度/…」, 「（/三/）/不/予/公/开」) printed beside the rows they span. Without borders its pieces
 * stand on the rows' own lines and between them, and would be read into the row labels they pass (「理结（公开
 * 2.其他…」). They are taken out of the page first and joined back, top to bottom, as one label.
 */
export interface Stack {
  text: string;
  end: number;
  top: number;
  bottom: number;
  size: number;
}

/** A piece of a stack is at most this many type sizes wide: four characters and their spacing. */
const NARROW = 4.6;
/** Consecutive pieces stand a line apart: at most this many type sizes between their baselines. */
const LINE = 1.7;
/** How far (in type sizes) above or below a stack the figures of its table are looked for. */
const TABLE = 20;

/** The page's runs without its stacked labels, and those labels. */
export function takeStacks(runs: TextRun[]): { runs: TextRun[]; stacks: Stack[] } {
  const figures = runs.filter((r) => isFigure(r.text));
  // A piece stands apart on its line: characters of a wider label touch their neighbours (「4.」「无」「正当理由」).
  const touches = (r: TextRun, o: TextRun) => o !== r && Math.abs(o.y - r.y) < 0.4 * r.size && Math.max(o.x - r.end, r.x - o.end) < 0.3 * r.size;
  const pieces = runs
    .filter((r) => !isFigure(r.text) && !/^\s*\d/.test(r.text) && r.end - r.x <= NARROW * r.size && r.text.trim().length <= 5)
    .filter((r) => !runs.some((o) => touches(r, o)))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const chains: TextRun[][] = [];
  for (const p of pieces) {
    const chain = chains.find((c) => {
      const last = c[c.length - 1]!;
      return last.y - p.y > 0.5 * p.size && last.y - p.y <= LINE * p.size && last.x < p.end && p.x < last.end && Math.abs(last.size - p.size) < 0.15 * p.size;
    });
    if (chain) chain.push(p);
    else chains.push([p]);
  }
  const stacks: Stack[] = [];
  const taken = new Set<TextRun>();
  for (const chain of chains.flatMap(splitAtGaps)) {
    if (chain.length < 2) continue;
    const size = chain[0]!.size;
    const top = chain[0]!.y;
    const bottom = chain[chain.length - 1]!.y;
    const end = Math.max(...chain.map((r) => r.end));
    const beside = (r: TextRun) => r.y <= top + size && r.y >= bottom - size;
    // In a table, left of all its figures (a column header stacked over a figure column is not; the rows
    // beside a group label may all be blank)…
    const rowFigures = figures.filter((r) => r.y <= top + TABLE * size && r.y >= bottom - TABLE * size);
    if (rowFigures.length === 0 || rowFigures.some((f) => f.x < end)) continue;
    // …and left of other label text: a row's own label wrapped narrow has only figures to its right.
    const firstFigure = Math.min(...rowFigures.map((f) => f.x));
    const labelsRight = runs.some((r) => !chain.includes(r) && beside(r) && !isFigure(r.text) && r.x >= end - 0.2 * size && r.end <= firstFigure);
    if (!labelsRight) continue;
    for (const r of chain) taken.add(r);
    stacks.push({ text: chain.map((r) => r.text.trim()).join(""), end, top, bottom, size });
  }
  return { runs: runs.filter((r) => !taken.has(r)), stacks };
}

/** A chain split where its pieces stand further apart than a line: two group labels one under the other. */
function splitAtGaps(chain: TextRun[]): TextRun[][] {
  const gaps = chain.slice(1).map((r, k) => chain[k]!.y - r.y);
  const pitch = Math.min(...gaps);
  const out: TextRun[][] = [[chain[0]!]];
  chain.slice(1).forEach((r, k) => {
    if (gaps[k]! > 1.3 * pitch) out.push([r]);
    else out[out.length - 1]!.push(r);
  });
  return out;
}

/**
 * Each stacked label put back before the label of the first row it stands beside (a merged cell is written once,
 * in its first row, as a `|` table writes it); a label beside no row is a line of its own.
 */
export function withStacks(lines: OutputLine[], stacks: Stack[]): OutputLine[] {
  const out = lines.map((l) => ({ ...l }));
  for (const s of stacks) {
    const row = out.find((l) => l.fields && l.y <= s.top + 0.5 * s.size && l.y >= s.bottom - LINE * s.size);
    if (row) row.label = s.text + row.label;
    else out.push({ label: s.text, y: s.top });
  }
  return out.sort((a, b) => b.y - a.y);
}
