import { gridsOf, type GridRow, type Report, type ReportGrids, type TableGrid } from "./grid.js";

/**
 * Text layouts: every way a CMS, a crawler or a PDF extraction flattens the printed tables. Each takes the
 * same grids; `exact` says whether the layout can print a blank cell so that it can be told apart (a tab
 * between two tabs can; a run of spaces cannot), which decides what the importer owes: the report itself, or
 * every difference reported as uncertain.
 */
export interface TextLayout {
  name: string;
  /** Blank cells survive the flattening (delimited cells). */
  exact: boolean;
  render(report: Report): string;
}

type RowText = (row: GridRow) => string;

const cellsOf = (row: GridRow) => [...row.labels, ...row.values];

/** The document around the tables: title, the six headings, prose; tables as `table` prints them. */
export function documentText(g: ReportGrids, table: (t: TableGrid) => string, joiner = "\n"): string {
  const [h1, h2, h3, h4, h5, h6] = g.headings;
  const [t2, t3, t4] = g.tables.map(table);
  return [g.title, h1, g.prose.overview, h2, t2, h3, t3, h4, t4, h5, g.prose.problems, h6, g.prose.otherMatters].join(joiner) + "\n";
}

const byRows = (row: RowText, sep = "\n") => (t: TableGrid) => t.rows.map(row).join(sep);

function layout(name: string, exact: boolean, row: RowText, sep = "\n", joiner = "\n"): TextLayout {
  return { name, exact, render: (r) => documentText(gridsOf(r), byRows(row, sep), joiner) };
}

export const pipeRows = layout("a row a line, | between cells", true, (r) => cellsOf(r).join("|"));
// An extraction's `| … |` row that ends in empty cells may have lost them: those stay open, not blank.
export const pipeRowsOuter = layout("a row a line, | around and between cells", false, (r) => `| ${cellsOf(r).join(" | ")} |`);
export const tabRows = layout("a row a line, tabs between cells (Word copy)", true, (r) => cellsOf(r).join("\t"));
export const spaceRows = layout("a row a line, runs of spaces (pdftotext -layout)", false, (r) => cellsOf(r).join("    "));
export const cellLines = layout("a cell a line", false, (r) => cellsOf(r).join("\n"));
export const cellLinesPipe = layout("a cell a line ending in ' |'", true, (r) => cellsOf(r).map((c) => `${c} |`).join("\n"));
export const cellLinesBarePipe = layout("a cell a line ending in '|'", true, (r) => cellsOf(r).map((c) => `${c}|`).join("\n"));
export const pipeOwnLines = layout("| on lines of their own", true, (r) => `|\n${cellsOf(r).join("\n|\n")}\n|`);
export const paragraphs = layout("a cell a paragraph", false, (r) => cellsOf(r).join("\n\n"), "\n\n", "\n\n");
// A CMS export where an empty cell is one more line break, not an empty paragraph (a real page, 驼峰路街道).
export const paragraphsOneBreak = layout("a cell a paragraph, an empty cell one more line break", false, (r) => cellsOf(r).reduce((out, c, i) => (i === 0 ? c : c === "" ? `${out}\n` : `${out}\n\n${c}`), ""), "\n\n", "\n\n");
export const runTogether = layout("cells run together", false, (r) => cellsOf(r).join(""), "");

export const markdown: TextLayout = {
  name: "Markdown tables",
  exact: false,
  render: (r) =>
    documentText(gridsOf(r), (t) => {
      const lines = t.rows.map((row) => `| ${cellsOf(row).join(" | ")} |`);
      const width = Math.max(...t.rows.map((row) => cellsOf(row).length));
      lines.splice(1, 0, `|${" --- |".repeat(width)}`);
      return lines.join("\n");
    }),
};

/** Table 4's three groups as one line of fifteen figures after two header lines; the rest a row a line. */
export const review15: TextLayout = {
  name: "table 4 as one line of 15 figures",
  exact: false,
  render: (r) =>
    documentText(gridsOf(r), (t) =>
      t.key === "reviewAndLitigation"
        ? [t.rows[0]!, t.rows[1]!].map((row) => row.labels.join(" ")).join("\n") + "\n" + t.rows[3]!.values.join(" ")
        : t.rows.map((row) => cellsOf(row).join(" ")).join("\n"),
    ),
};

/** All of table 2 on one `|` line (the printed zeros must stay). */
export const table2OneLine: TextLayout = {
  name: "all of table 2 on one | line",
  exact: true,
  render: (r) => documentText(gridsOf(r), (t) => (t.key === "activeDisclosure" ? t.rows.map((row) => cellsOf(row).join("|")).join("|") : t.rows.map((row) => cellsOf(row).join("|")).join("\n"))),
};

/** Mixes: something else between the rows of a table, rendered in a base layout. */
function mixed(name: string, base: RowText, exact: boolean, between: (t: TableGrid, i: number) => string[]): TextLayout {
  return {
    name,
    exact,
    render: (r) => {
      const g = gridsOf(r);
      return documentText(g, (t) => t.rows.flatMap((row, i) => [...between(t, i), base(row)]).join("\n"));
    },
  };
}

const pipe: RowText = (r) => cellsOf(r).join("|");
const tabs: RowText = (r) => cellsOf(r).join("\t");

export const proseBetweenRows = mixed("prose lines between table rows", pipe, true, (_t, i) =>
  i === 2 ? ["（本表统计时间为2023年1月1日至12月31日）"] : i === 6 ? ["说明：下表续上。"] : [],
);

export const pageMarksInTable = mixed("page headers and footers inside a table", tabs, true, (_t, i) =>
  i === 5 ? ["— 3 —", "", "测试县人民政府2024年政府信息公开工作年度报告", "第 4 页 共 9 页"] : [],
);

/** A table split across pages: the footer, the next page's header, and the table header printed again. */
export const splitAcrossPages: TextLayout = {
  name: "a table split across pages, header repeated",
  exact: true,
  render: (r) => {
    const g = gridsOf(r);
    return documentText(g, (t) => {
      const lines = t.rows.map(pipe);
      const headers = t.rows.filter((row) => row.header).map(pipe);
      if (t.rows.length > 8) lines.splice(8, 0, "- 5 -", "政府信息公开工作年度报告", ...headers);
      return lines.join("\n");
    });
  },
};

export const textLayouts: TextLayout[] = [
  pipeRows,
  pipeRowsOuter,
  tabRows,
  spaceRows,
  cellLines,
  cellLinesPipe,
  cellLinesBarePipe,
  pipeOwnLines,
  paragraphs,
  paragraphsOneBreak,
  runTogether,
  markdown,
  review15,
  table2OneLine,
  proseBetweenRows,
  pageMarksInTable,
  splitAcrossPages,
];
