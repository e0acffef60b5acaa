/**
 * The two faces of the canonical layout. The keys, order, nesting and value columns are the same; a blank form
 * (`ogi init`, a part a fix inserts, a completion) explains itself with headings and row labels, while an imported
 * report keeps the comments the import writes (group headings, what is absent or unsettled).
 * The header columns differ by a character or two for historical reasons: the goldens of both pin them.
 */
export interface LayoutStyle {
  /** A blank line and the part's heading, as a comment, before each part. */
  partHeadings: boolean;
  /** Each table row's label as a comment after its values. */
  rowLabels: boolean;
  /** Table 3's group headings (「（三）本年度办理结果」's subgroups) as comments above their keys. */
  groupHeadings: boolean;
  /** Between a table 2 block's item and its columns, in the comment above the block. */
  itemSeparator: string;
  /** Column of the `[` of the comment naming table 3's columns. */
  applicationsHeaderColumn: number;
  /** Column of the `[` of the comment naming table 4's columns, and of table 4's values. */
  reviewHeaderColumn: number;
  reviewValueColumn: number;
}

export const FORM_STYLE: LayoutStyle = {
  partHeadings: true,
  rowLabels: true,
  groupHeadings: false,
  itemSeparator: "：",
  applicationsHeaderColumn: 26,
  reviewHeaderColumn: 26,
  reviewValueColumn: 24,
};

export const IMPORT_STYLE: LayoutStyle = {
  partHeadings: false,
  rowLabels: false,
  groupHeadings: true,
  itemSeparator: " —— ",
  applicationsHeaderColumn: 24,
  reviewHeaderColumn: 25,
  reviewValueColumn: 26,
};

/** Table 2's keys end at this column (the longest key, `normativeDocuments:`, plus a space), table 3's at this one. */
export const ACTIVE_VALUE_COLUMN = 22;
export const APPLICATIONS_VALUE_COLUMN = 24;
