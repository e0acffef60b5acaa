import { strFromU8, unzipSync } from "fflate";

/**
 * Reading back what the DOCX says. The XML is docx's own output (no nesting, no CDATA), so cutting it at
 * its element boundaries is enough to see the table grid as Word will.
 */
export interface DocxTableCell {
  text: string;
  gridSpan: number;
  vMerge: "restart" | "continue" | undefined;
}

export interface DocxTable {
  gridColumns: number[];
  headerRows: number;
  rows: DocxTableCell[][];
}

export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

const between = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => m[1]!);

export function textsOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1]!)).join("");
}

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

export function docxTables(documentXml: string): DocxTable[] {
  return between(documentXml, "w:tbl").map((tbl) => {
    const gridColumns = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const trs = between(tbl, "w:tr");
    return {
      gridColumns,
      headerRows: trs.filter((tr) => /<w:tblHeader\/>|<w:tblHeader w:val="(?:on|true|1)"\/>/.test(tr)).length,
      rows: trs.map((tr) =>
        between(tr, "w:tc").map((tc) => ({
          text: textsOf(tc),
          gridSpan: Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(tc)?.[1] ?? 1),
          vMerge: (/<w:vMerge w:val="(restart|continue)"\/>/.exec(tc)?.[1] ?? (/<w:vMerge\/>/.test(tc) ? "continue" : undefined)) as DocxTableCell["vMerge"],
        })),
      ),
    };
  });
}

/** A merged cell as Word lays it out: where it starts and how far it reaches. */
export interface MergedCell {
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
  text: string;
}

/** Resolve gridSpan/vMerge into merged cells; throws where the merges do not fit together. */
export function mergedCells(table: DocxTable): MergedCell[] {
  const width = table.gridColumns.length;
  const owner: (MergedCell | undefined)[][] = table.rows.map(() => new Array<MergedCell | undefined>(width).fill(undefined));
  const cells: MergedCell[] = [];
  table.rows.forEach((row, r) => {
    let column = 0;
    for (const tc of row) {
      if (tc.vMerge === "continue") {
        const above = owner[r - 1]?.[column];
        if (!above || above.column !== column || above.colSpan !== tc.gridSpan) throw new Error(`vMerge continue at row ${r}, column ${column} has nothing matching above`);
        above.rowSpan++;
        for (let c = column; c < column + tc.gridSpan; c++) owner[r]![c] = above;
      } else {
        const cell: MergedCell = { row: r, column, rowSpan: 1, colSpan: tc.gridSpan, text: tc.text };
        cells.push(cell);
        for (let c = column; c < column + tc.gridSpan; c++) owner[r]![c] = cell;
      }
      column += tc.gridSpan;
    }
    if (column !== width) throw new Error(`row ${r} covers ${column} of ${width} grid columns`);
  });
  return cells;
}
