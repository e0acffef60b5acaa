import type { Slot } from "./slots.js";
import type { Piece } from "./split.js";

/** A row as found in the source: the label printed with it (if any) and its figures, not yet placed. */
export interface RowEvent {
  /** Folded label text without spaces ("" when the row has none). */
  label: string;
  /** Set when the reader already matched the label (an anchor found in running text). */
  slot?: Slot;
  pieces: Piece[];
  /** Source offsets of the row. */
  start: number;
  end: number;
  /** Cells came delimited (HTML, `|`, tabs): each piece is one cell, and a blank cell shows as one. */
  structured: boolean;
  /** An extraction's `| … |` row: a short row may have lost cells anywhere, not only at its end. */
  lossAnywhere?: boolean;
  /** The input ends in this row: its cells after the last one read are not in the source. */
  truncated?: Truncation;
}

/** How a row was cut by the end of the input. */
export interface Truncation {
  /** Nothing follows the last figure: it may have been longer (「66」 cut to 「6」), so it is not trusted. */
  figureCut: boolean;
}
