import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from "docx";
import { reportDocument, type DocumentPart } from "../document.js";
import type { ReportInput } from "../input.js";
import { placeCells, type Grid, type GridCell } from "../layout/grid.js";
import { faces, fontTableXml, runFont } from "./fonts.js";
import { bodyLine, page, sizes, textWidth } from "./page.js";

const chinese = { value: "zh-CN", eastAsia: "zh-CN" } as const;
const indentTwoChars = { firstLineChars: 200, firstLine: 2 * sizes.body * 10 };
const exactLine = { line: bodyLine, lineRule: LineRuleType.EXACT };

/**
 * The report as a Word document in the official layout: real merged cells (w:gridSpan / w:vMerge), the faces of
 * a government document with fallbacks, A4. Works in Node and in the browser: the bytes come back as a
 * Uint8Array (Packer.toBuffer would need Node's Buffer).
 */
export async function renderDocx(input: ReportInput): Promise<Uint8Array> {
  const doc = reportDocument(input);
  const document = new Document({
    creator: "OGI Report",
    title: doc.title,
    description: doc.template.source.zh,
    styles: {
      default: {
        document: { run: { font: runFont(faces.body), size: sizes.body, language: chinese }, paragraph: { spacing: exactLine } },
        title: {
          run: { font: runFont(faces.title), size: sizes.title, bold: false, color: "000000" },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: bodyLine, line: 700, lineRule: LineRuleType.EXACT } },
        },
        heading1: {
          run: { font: runFont(faces.heading1), size: sizes.body, bold: false, italics: false, color: "000000" },
          paragraph: { indent: indentTwoChars, spacing: { ...exactLine, before: 0, after: 0 }, keepNext: true },
        },
        heading2: {
          run: { font: runFont(faces.heading2), size: sizes.body, bold: false, italics: false, color: "000000" },
          paragraph: { indent: indentTwoChars, spacing: { ...exactLine, before: 0, after: 0 }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: page.width, height: page.height }, margin: page.margin } },
        footers: { default: pageNumberFooter() },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
          ...doc.parts.flatMap(partBlocks),
        ],
      },
    ],
  });
  return Packer.pack(document, "uint8array", false, [{ path: "word/fontTable.xml", data: fontTableXml() }]);
}

function partBlocks(part: DocumentPart): (Paragraph | Table)[] {
  const heading = new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(part.heading)] });
  if (part.kind === "table") {
    // The table's note under it, in the note size (a paragraph after the table also keeps the next heading off it).
    const note = part.note ? [new TextRun({ text: part.note.text, size: sizes.note })] : [];
    return [heading, gridTable(part.grid), new Paragraph({ spacing: { line: 240, lineRule: LineRuleType.AUTO }, children: note })];
  }
  return [
    heading,
    ...part.blocks.map((b) =>
      b.kind === "subheading"
        ? new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(b.text)] })
        : new Paragraph({ indent: indentTwoChars, alignment: AlignmentType.JUSTIFIED, children: [new TextRun(b.text)] }),
    ),
  ];
}

function gridTable(grid: Grid): Table {
  const total = grid.widths.reduce((a, b) => a + b, 0);
  const columnWidths = grid.widths.map((w) => Math.floor((textWidth * w) / total));
  const { starts } = placeCells(grid);
  const rows = grid.rows.map(
    (cells, r) =>
      new TableRow({
        // Header rows repeat at the top of each page table 3 runs onto.
        ...(r < grid.headerRows ? { tableHeader: true } : {}),
        cantSplit: true,
        children: cells.map((cell, i) => {
          const start = starts[r]![i]!;
          return gridCell(cell, columnWidths.slice(start, start + cell.colSpan).reduce((a, b) => a + b, 0));
        }),
      }),
  );
  return new Table({
    rows,
    columnWidths,
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { top: 30, bottom: 30, left: 50, right: 50 },
  });
}

function gridCell(cell: GridCell, width: number): TableCell {
  const run: IRunOptions = { text: cell.text, size: cell.role === "note" ? sizes.note : sizes.table };
  return new TableCell({
    children: [
      new Paragraph({
        alignment: cell.role === "label" || cell.role === "note" ? AlignmentType.LEFT : AlignmentType.CENTER,
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        indent: { firstLine: 0, firstLineChars: 0 },
        children: [new TextRun(run)],
      }),
    ],
    ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
    ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
  });
}

/** 「— 1 —」 centred at the foot of each page, as official documents number their pages. */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], size: sizes.pageNumber, font: runFont(faces.body) })],
      }),
    ],
  });
}
