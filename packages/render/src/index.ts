export { readReport, inputOfModel, type ReadProblem, type ReadResult, type ReportInput } from "./input.js";
export { renderHtml, type HtmlOptions, type Highlight, type Severity } from "./html/render-html.js";
export { copiedPassagesOf, type CopiedSource } from "./html/copied-passages.js";
export { reportCss } from "./html/styles.js";
export { renderDocx } from "./docx/render-docx.js";
export { renderMarkdown } from "./markdown/render-markdown.js";
export { reportDocument, titleOf, type ReportDocument, type DocumentPart } from "./document.js";
export { placeCells, type Grid, type GridCell, type CellRole } from "./layout/grid.js";
export { cellText } from "./values.js";
