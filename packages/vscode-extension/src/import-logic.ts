import type { DocumentDiagnostic, DocumentImportResult, DocumentKind } from "@ogi-report/import";

/** The files the import command offers, by kind (the open dialog's filters and the Explorer's menu). */
export const IMPORTABLE = { docx: ["docx"], pdf: ["pdf"], html: ["html", "htm"], text: ["txt"] } as const;

export function importKindOf(path: string): DocumentKind | undefined {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  for (const [kind, exts] of Object.entries(IMPORTABLE)) if ((exts as readonly string[]).includes(ext ?? "")) return kind as DocumentKind;
  return undefined;
}

/** `年报.docx` → `年报.yaml` beside it: the imported report is offered there, unsaved, so nothing is overwritten. */
export function importedYamlPath(sourcePath: string): string {
  return sourcePath.replace(/\.[^./\\]+$/, "") + ".yaml";
}

export interface ImportOutcome {
  /** The YAML to open, or undefined when the file could not be read at all (a scan, a .doc). */
  yaml?: string;
  /** One line for a notification. */
  summary: string;
  /** Every diagnostic, one line each with its place in the source, for the output channel. */
  details: string[];
  failed: boolean;
  hasErrors: boolean;
}

const FAILURES = new Set(["source-unreadable", "pdf-no-text", "docx-legacy"]);

/** What the command shows for an import: pure, so it is tested without VS Code. */
export function describeOutcome(result: DocumentImportResult, fileName: string, locale: "zh-CN" | "en"): ImportOutcome {
  const zh = locale === "zh-CN";
  const failure = result.diagnostics.find((d) => FAILURES.has(d.code));
  const details = result.diagnostics.map((d) => `${fileName}${placeText(d)}: ${d.severity} ${d.code}: ${zh ? d.message.zh : d.message.en}${d.path ? ` [${d.path}]` : ""}`);
  if (failure) return { summary: `${fileName}: ${zh ? failure.message.zh : failure.message.en}`, details, failed: true, hasErrors: true };
  const s = result.summary;
  const summary = zh
    ? `已导入 ${fileName}：找到表格 ${s.tables} 个，读出单元格 ${s.cellsRead} 个，不确定 ${s.cellsUncertain} 个${details.length ? `，提示 ${details.length} 条` : ""}`
    : `Imported ${fileName}: ${s.tables} tables, ${s.cellsRead} cells read, ${s.cellsUncertain} uncertain${details.length ? `, ${details.length} notes` : ""}`;
  return { yaml: result.yaml, summary, details, failed: false, hasErrors: result.diagnostics.some((d) => d.severity === "error") };
}

function placeText(d: DocumentDiagnostic): string {
  const p = d.place;
  if (p?.page !== undefined) return `#page=${p.page}${p.line !== undefined ? `,line=${p.line}` : ""}`;
  if (p?.table !== undefined) return `#table=${p.table},row=${p.row},column=${p.column}`;
  if (p?.paragraph !== undefined) return `#paragraph=${p.paragraph}`;
  return `:${d.location.line}:${d.location.column}`;
}
