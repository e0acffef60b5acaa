import { toPointer, type Template } from "@ogi-report/core";
import { activeRowHeading } from "./extra-labels.js";
import { cellsByRow, figureCell, textCell, type Grid, type GridCell } from "./grid.js";

/**
 * Table 2 (主动公开): one table of blocks, each headed by its item of 条例第二十条, then 「信息内容」 and the
 * block's column headings, then its rows. Blocks have different numbers of columns (3 and 1 on template 2021,
 * 3 and 2 on 2019), so the grid has as many figure columns as all of them divide, and each cell spans its share.
 */
export function activeDisclosureGrid(template: Template, report: unknown): Grid {
  const figureColumns = template.activeDisclosure.map((b) => b.columns.length).reduce(lcm, 1);
  const cells = cellsByRow(template, "activeDisclosure");
  const rows: GridCell[][] = [];
  for (const block of template.activeDisclosure) {
    const share = figureColumns / block.columns.length;
    rows.push([textCell("header", block.item.zh, { colSpan: figureColumns + 1 })]);
    rows.push([textCell("header", activeRowHeading.zh), ...block.columns.map((c) => textCell("header", c.label.zh, { colSpan: share }))]);
    for (const row of block.rows) {
      const rowPath = ["activeDisclosure", row.key];
      const specs = cells.get(rowPath.join("/")) ?? [];
      rows.push([textCell("label", row.label.zh, {}, toPointer(rowPath)), ...specs.map((spec) => figureCell(spec, report, share))]);
    }
  }
  return {
    table: "activeDisclosure",
    columns: figureColumns + 1,
    widths: [3, ...new Array<number>(figureColumns).fill(7 / figureColumns)],
    headerRows: 0,
    rows,
  };
}

function lcm(a: number, b: number): number {
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  return (a * b) / gcd(a, b);
}
