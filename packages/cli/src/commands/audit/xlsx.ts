import type { ExportTable } from "./export-rows.js";

/** A workbook with a sheet per table: header row bold, frozen and filterable; numbers stay numbers. */
export async function toXlsx(tables: ExportTable[]): Promise<Uint8Array> {
  // Loaded only for --xlsx: the library is most of a megabyte to parse.
  const mod = (await import("exceljs")) as unknown as { Workbook?: typeof import("exceljs").Workbook; default?: { Workbook: typeof import("exceljs").Workbook } };
  const Workbook = mod.Workbook ?? mod.default!.Workbook;
  const book = new Workbook();
  book.creator = "ogi audit";
  for (const table of tables) {
    const sheet = book.addWorksheet(table.name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addRow(table.header).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
    sheet.columns.forEach((column, i) => {
      const longest = Math.max(...[table.header[i] ?? "", ...table.rows.map((r) => r[i])].map((c) => String(c ?? "").length));
      column.width = Math.min(60, Math.max(8, longest * 1.6));
    });
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
