import type { InputKind, SourceLocation } from "./types.js";

/** One cell of an HTML table after rowspan/colspan expansion. */
export interface GridCell {
  /** Text content: nested tags, <p>, <span> and <br> joined with nothing (「三、本」「年」「度办」 = 三、本年度办). */
  text: string;
  /** Source offsets of the <td>. */
  start: number;
  end: number;
  /** Source offsets of the cell's printed text, white space trimmed (where a figure in it is). */
  textStart: number;
  textEnd: number;
  path: string;
  /** The cell started in an earlier row and reaches into this one by rowspan. */
  carried: boolean;
}

export interface GridRow {
  /** Distinct cells of the row, left to right (a colspan cell appears once). */
  cells: GridCell[];
  start: number;
  end: number;
  path: string;
}

export interface FlowTable {
  /** Offset of the table's placeholder in the flow text. */
  at: number;
  rows: GridRow[];
  start: number;
  path: string;
}

/**
 * A document reduced to running text, whatever it came as: the text itself, or an HTML page's text with its
 * block structure as line breaks and each data table as one placeholder character.
 */
export interface Flow {
  kind: InputKind;
  text: string;
  /** Source offset of a flow offset. */
  toSource(flowOffset: number): number;
  locate(sourceOffset: number): SourceLocation;
  tables: FlowTable[];
  meta: { titles: string[]; published?: string; url?: string; agency?: string; comments?: string[] };
  /** Where the report's own text starts (after a crawler's header lines). */
  bodyStart: number;
  parseErrors: { code: string; offset: number }[];
}

export const TABLE_MARK = "\uFFFC";

/** 1-based line and column of every offset of a text. */
export class Lines {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  locate(offset: number): SourceLocation {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { offset, line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}
