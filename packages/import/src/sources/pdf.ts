import type { ConvertedSource, PlacedRange, SourceFailure } from "./document.js";
import { gridLines } from "./pdf-grid.js";
import { isFigure, pageLines, pageRows, type OutputLine, type TextRun } from "./pdf-layout.js";
import { pageRules, type RuleOps } from "./pdf-rules.js";
import { takeStacks, withStacks } from "./pdf-stacks.js";

/** What `readPdf` gives beyond the text: pages that print no text (scanned), for a warning. */
export interface PdfSource extends ConvertedSource {
  pages: number;
  pagesWithoutText: number[];
  /** Pages whose table runs past the page's edge: the figures beyond it are not printed. */
  pagesCutByEdge: number[];
}

/** A run this far (PDF units) past the page's edge is cut off by it. */
const EDGE = 0.5;

/** Fewer printed characters than this in the whole file: it has no text layer worth reading. */
const MIN_TEXT = 20;

/**
 * A PDF's text layer as lines for `importReport(…, "text")`: one line per printed line, a table row as its label
 * then its cells separated by 「|」 (a blank cell an empty field), each page started by a form feed, and the
 * running header and footer that every page repeats left out. A PDF without a text layer (a scan) is a failure
 * saying so: there is no OCR here.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfSource | SourceFailure> {
  let pages: OutputLine[][];
  let cutPages: number[];
  try {
    ({ pages, cutPages } = await pdfPages(bytes));
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === "PasswordException") {
      return { failure: "source-unreadable", message: { zh: "PDF 文件有密码保护，无法读取", en: "The PDF is password-protected and cannot be read" } };
    }
    return { failure: "source-unreadable", message: { zh: `无法读取 PDF 文件：${describe(error)}`, en: `Cannot read the PDF: ${describe(error)}` } };
  }
  const printed = pages.map((p) => p.reduce((n, l) => n + l.label.replace(/\s/g, "").length + (l.fields?.join("").length ?? 0), 0));
  if (printed.reduce((a, b) => a + b, 0) < MIN_TEXT) {
    return {
      failure: "pdf-no-text",
      message: {
        zh: `PDF 没有文字层（${pages.length} 页都是图像，可能是扫描件），无法读取其中的数字；本工具不做文字识别（OCR），请使用原始的 Word 文件或网页`,
        en: `The PDF has no text layer (its ${pages.length} page${pages.length === 1 ? " is an image" : "s are images"}, perhaps a scan), so its figures cannot be read; there is no OCR here: import the original Word file or web page instead`,
      },
    };
  }
  const repeated = runningLines(pages);
  let text = "";
  const ranges: PlacedRange[] = [];
  pages.forEach((lines, p) => {
    text += "\f\n";
    let n = 0;
    for (const l of lines) {
      n++;
      if (repeated.has(key(l))) continue;
      const start = text.length;
      text += lineText(l) + "\n";
      ranges.push({ start, end: text.length, place: { page: p + 1, line: n } });
    }
  });
  return { kind: "text", text, ranges, pages: pages.length, pagesWithoutText: printed.flatMap((n, i) => (n === 0 ? [i + 1] : [])), pagesCutByEdge: cutPages };
}

function lineText(l: OutputLine): string {
  if (!l.fields) return l.label;
  // A row without a label starts with 「|」: its first cell is then read as a figure, not as a label. Unless it
  // ends in a blank cell: 「|」 at both ends reads as a Markdown row, whose trailing empty cells are taken as lost.
  if (l.label === "" && l.fields.length > 1 && l.fields[l.fields.length - 1] === "") return l.fields.join("|");
  return `${l.label}|${l.fields.join("|")}`;
}

/** A header or footer line: the same text (page numbers aside) at the top or bottom of most pages. */
function runningLines(pages: OutputLine[][]): Set<string> {
  const out = new Set<string>();
  if (pages.length < 3) return out;
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const ends = new Set([lines[0], lines[1], lines[lines.length - 2], lines[lines.length - 1]].filter((l) => l !== undefined && (!l.fields || (l.label === "" && l.fields.filter(Boolean).length === 1))).map((l) => key(l!)));
    for (const k of ends) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  for (const [k, n] of counts) if (n >= Math.max(3, pages.length / 2) && k.length > 0) out.add(k);
  return out;
}

const key = (l: OutputLine) => lineText(l).replace(/\d+/g, "#").replace(/\s+/g, "");

/**
 * One run that prints figures apart (「210 -4」: pdf.js joins neighbouring cells' text with a space when the writer
 * put them in one text object) is a run per figure, placed by its share of the run's characters.
 */
export function splitFigures(run: TextRun): TextRun[] {
  const parts = [...run.text.matchAll(/\S+/g)];
  // Numbers only: 「— 1 —」 is a page number between dashes, not three cells.
  if (parts.length < 2 || !parts.every((m) => /^[-+]?\d/.test(m[0]) && isFigure(m[0]))) return [run];
  const per = (run.end - run.x) / run.text.length;
  return parts.map((m) => ({ ...run, text: m[0], x: run.x + m.index! * per, end: run.x + (m.index! + m[0].length) * per }));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** pdf.js, loaded on first use only: the HTML and text importer does not carry its start-up cost. */
async function pdfPages(bytes: Uint8Array): Promise<{ pages: OutputLine[][]; cutPages: number[] }> {
  // pdf.js 5 calls Math.sumPrecise (ES2026), missing on Node 20 and older browsers; without it the glyph maps
  // of embedded CJK fonts fail and characters silently vanish from the text.
  const math = Math as unknown as { sumPrecise?: (xs: Iterable<number>) => number };
  math.sumPrecise ??= (xs) => {
    let s = 0;
    for (const x of xs) s += x;
    return s;
  };
  // It also calls ArrayBuffer.prototype.transferToFixedLength (Node 21+) when it serialises a font: on Node 20 the
  // rest of that page's drawing is dropped without a word, and with it the borders of the tables the page prints.
  const buffers = ArrayBuffer.prototype as unknown as { transferToFixedLength?: (this: ArrayBuffer, length?: number) => ArrayBuffer };
  buffers.transferToFixedLength ??= function (this: ArrayBuffer, length = this.byteLength) {
    const out = new ArrayBuffer(length);
    new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
    return out;
  };
  const { getDocumentProxy, getResolvedPDFJS } = await import("unpdf");
  const ops = (await getResolvedPDFJS()).OPS as unknown as RuleOps;
  // pdf.js takes the buffer over: give it a copy so the caller's bytes stay usable.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { disableFontFace: true, verbosity: 0 });
  try {
    const out: OutputLine[][] = [];
    const cutPages: number[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str.trim() === "") continue;
        const [a, b, , , x, y] = item.transform as number[];
        const size = Math.hypot(a!, b!) || item.height || 10;
        runs.push(...splitFigures({ text: item.str, x: x!, end: x! + item.width, y: y!, size }));
      }
      // Ruled tables are read by their borders; the rest of the page (and tables drawn without lines) line by line.
      // A page that prints no figure on its own (prose) is not worth drawing out: its operator list costs time.
      const [left, , right] = page.view as [number, number, number, number];
      const list = runs.some((r) => isFigure(r.text)) ? await page.getOperatorList() : { fnArray: [], argsArray: [] };
      const grid = gridLines(runs, pageRules(list.fnArray, list.argsArray, ops), { left, right });
      const free = runs.filter((r) => !grid.used.has(r));
      // Text printed past the paper's edge (a table wider than the page, drawn without borders): the line reader
      // cannot tell how many columns went missing, so the page's rows keep their labels and lose their figures
      // (their cells are then reported, never filled from the wrong column).
      const overflow = free.some((r) => r.end > right + EDGE || r.x < left - EDGE);
      const { runs: unstacked, stacks } = takeStacks(free);
      const rest = withStacks(pageRows(pageLines(unstacked)), stacks).flatMap((l) => (overflow && l.fields ? (l.label ? [{ label: l.label, y: l.y }] : []) : [l]));
      out.push([...grid.lines, ...rest].sort((a, b) => b.y - a.y));
      if (grid.cut || (overflow && rest.length > 0)) cutPages.push(p);
      page.cleanup();
    }
    return { pages: out, cutPages };
  } finally {
    await pdf.loadingTask.destroy();
  }
}
