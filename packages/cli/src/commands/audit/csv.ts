import type { Cell, ExportTable } from "./export-rows.js";

/**
 * RFC 4180 text with a byte-order mark (Excel reads UTF-8 Chinese right only with one). A text cell that a
 * spreadsheet would take for a formula (=, +, -, @ first) gets a leading apostrophe: an agency's name or a
 * message quoting a report must not run as a formula in the office that opens the file.
 */
export function toCsv(table: ExportTable): string {
  const line = (cells: Cell[]) => cells.map(csvCell).join(",");
  return "\uFEFF" + [line(table.header), ...table.rows.map(line)].join("\r\n") + "\r\n";
}

function csvCell(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell);
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
