import { toPointer, type Template } from "@ogi-report/core";
import { cellsByRow, figureCell, textCell, type Grid, type GridCell } from "./grid.js";

/**
 * Table 4 (行政复议、行政诉讼): one row of figures under a grouped header. 「行政复议」 spans its five columns;
 * 「行政诉讼」 spans ten, over 「未经复议直接起诉」 and 「复议后起诉」 of five each. A group without a parent
 * heading has its column headings span the rows the others use for their sub-heading.
 */
export function reviewGrid(template: Template, report: unknown): Grid {
  const groups = template.reviewGroups;
  const width = template.reviewColumns.length;
  const nested = groups.some((g) => g.group);
  const columnHeadings = (rowSpan: number) => template.reviewColumns.map((c) => textCell("header", c.label.zh, { rowSpan }));

  const top: GridCell[] = [];
  for (let i = 0; i < groups.length; ) {
    const heading = groups[i]!.group ?? groups[i]!.label;
    let j = i + 1;
    while (j < groups.length && groups[j]!.group && groups[j]!.group!.zh === heading.zh) j++;
    top.push(textCell("header", heading.zh, { colSpan: (j - i) * width }, groups[i]!.group ? undefined : toPointer(["reviewAndLitigation", groups[i]!.key])));
    i = j;
  }
  const middle: GridCell[] = [];
  const bottom: GridCell[] = [];
  for (const group of groups) {
    if (!nested) middle.push(...columnHeadings(1));
    else if (!group.group) middle.push(...columnHeadings(2));
    else {
      middle.push(textCell("header", group.label.zh, { colSpan: width }, toPointer(["reviewAndLitigation", group.key])));
      bottom.push(...columnHeadings(1));
    }
  }

  const cells = cellsByRow(template, "reviewAndLitigation");
  const figures = groups.flatMap((g) => (cells.get(`reviewAndLitigation/${g.key}`) ?? []).map((spec) => figureCell(spec, report)));
  const header = nested ? [top, middle, bottom] : [top, middle];
  return {
    table: "reviewAndLitigation",
    columns: groups.length * width,
    widths: new Array<number>(groups.length * width).fill(1),
    headerRows: header.length,
    rows: [...header, figures],
  };
}
