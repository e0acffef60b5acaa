import { toPointer, type Template, type Text } from "@ogi-report/core";
import { applicantsHeading } from "./extra-labels.js";
import { cellsByRow, figureCell, textCell, type Grid, type GridCell } from "./grid.js";

/**
 * Table 3 (收到和处理申请), as the template prints it: the 勾稽关系 note in the corner over the label columns;
 * 「申请人情况」 over the seven columns, 「法人或其他组织」 over its five; row groups (「三、本年度办理结果」,
 * 「（三）不予公开」…) spanning their rows at the left, and each row's label spanning what its groups leave.
 */
export function applicationsGrid(template: Template, report: unknown): Grid {
  const columns = template.applicantColumns;
  const labelColumns = Math.max(...template.applicationRows.map((r) => r.groups.length)) + 1;
  const grouped = columns.some((c) => c.group);
  const headerRows = grouped ? 3 : 2;

  const top: GridCell[] = [
    textCell("note", template.applicationsNote.zh, { rowSpan: headerRows, colSpan: labelColumns }),
    textCell("header", applicantsHeading.zh, { colSpan: columns.length }),
  ];
  const middle: GridCell[] = [];
  const bottom: GridCell[] = [];
  for (let i = 0; i < columns.length; ) {
    const group = columns[i]!.group;
    if (!group) {
      middle.push(textCell("header", columns[i]!.label.zh, { rowSpan: headerRows - 1 }));
      i++;
      continue;
    }
    let j = i;
    while (j < columns.length && sameText(columns[j]!.group, group)) bottom.push(textCell("header", columns[j++]!.label.zh));
    middle.push(textCell("header", group.zh, { colSpan: j - i }));
    i = j;
  }

  const cells = cellsByRow(template, "applications");
  const body: GridCell[][] = template.applicationRows.map((row, r) => {
    const out: GridCell[] = [];
    row.groups.forEach((group, level) => {
      const previous = template.applicationRows[r - 1];
      if (previous && sharesGroups(previous.groups, row.groups, level)) return; // covered by the span above
      let span = 1;
      while (template.applicationRows[r + span] && sharesGroups(template.applicationRows[r + span]!.groups, row.groups, level)) span++;
      out.push(textCell("group", group.zh, { rowSpan: span }));
    });
    const rowPath = ["applications", ...row.path];
    out.push(textCell("label", row.label.zh, { colSpan: labelColumns - row.groups.length }, toPointer(rowPath)));
    for (const spec of cells.get(rowPath.join("/")) ?? []) out.push(figureCell(spec, report));
    return out;
  });

  return {
    table: "applications",
    columns: labelColumns + columns.length,
    // In characters of table text: figures fit five digits (and two characters of a heading per line), the
    // group columns 「三、本年度办理结果」 and 「（三）不予公开」 wrap narrow, the item labels take the rest.
    widths: [...(labelColumns > 1 ? [3, ...new Array<number>(labelColumns - 2).fill(5)] : []), 13, ...new Array<number>(columns.length).fill(3)],
    headerRows,
    rows: [top, middle, ...(grouped ? [bottom] : []), ...body],
  };
}

/** Both rows sit under the same groups down to `level`. */
function sharesGroups(a: Text[], b: Text[], level: number): boolean {
  for (let i = 0; i <= level; i++) if (!sameText(a[i], b[i])) return false;
  return true;
}

function sameText(a: Text | undefined, b: Text | undefined): boolean {
  return !!a && !!b && a.zh === b.zh;
}
