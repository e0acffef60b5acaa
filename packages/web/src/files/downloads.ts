import { readReport, renderDocx, renderHtml, titleOf } from "@ogi-report/render";

export type Output = "yaml" | "html" | "docx";

const types: Record<Output, string> = {
  yaml: "application/yaml;charset=utf-8",
  html: "text/html;charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** The file for one output of the report; undefined when the YAML cannot be read (HTML and Word need it). */
export async function outputFile(text: string, output: Output, name: string | undefined): Promise<{ blob: Blob; name: string } | undefined> {
  if (output === "yaml") return { blob: new Blob([text], { type: types.yaml }), name: `${name ?? "report"}.yaml` };
  const read = readReport(text);
  if (!read.ok) return undefined;
  const base = name ?? titleOf(read.input.report);
  if (output === "html") return { blob: new Blob([renderHtml(read.input, { standalone: true })], { type: types.html }), name: `${base}.html` };
  const bytes = await renderDocx(read.input);
  return { blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: types.docx }), name: `${base}.docx` };
}

/** Save through the browser's own download: a blob URL stays inside the page, nothing goes out. */
export function saveFile(file: { blob: Blob; name: string }): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
