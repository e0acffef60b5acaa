import { importReport, type ImportResult } from "@ogi-report/import";
import { decodeText } from "./decode.js";
import { fileKind } from "./kind.js";

export type Opened = { kind: "yaml"; name: string; text: string } | { kind: "imported"; name: string; result: ImportResult };

/** A file the user opened or dropped: report YAML as it is, a published page or text imported in the page. */
export async function openFile(file: File): Promise<Opened> {
  const text = decodeText(new Uint8Array(await file.arrayBuffer()));
  const kind = fileKind(file.name, text);
  if (kind === "yaml") return { kind: "yaml", name: file.name, text };
  return { kind: "imported", name: file.name, result: importReport(text, kind, { source: file.name }) };
}
