import { locate, readReportModel, type ReportModel } from "@ogi-report/core";

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** What a preview needs of a finding or diagnostic to mark copied prose: its rule and its related locations in this document. */
export interface CopiedSource {
  ruleId: string | undefined;
  /** Related locations in the previewed document only (last year's passage is in another file). */
  related: readonly Range[];
}

const PROSE_POINTERS = ["/preamble", "/overview", "/problems", "/otherMatters"];

/**
 * copied-prose's related locations in this document are the passages also in last year's report (the language
 * server sends them as related information; the web page has them in core's findings) → the source text of each,
 * by the prose part it lies in, for renderHtml's `copied` option. A range outside every prose part (the text
 * changed since) is left out. Shared by the VS Code preview and the web page.
 */
export function copiedPassagesOf(text: string, sources: readonly CopiedSource[], model?: ReportModel): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const ranges = sources.filter((s) => s.ruleId === "copied-prose").flatMap((s) => s.related);
  if (ranges.length === 0) return out;
  // The model of this very text when the caller has it (the page's check); else read here.
  const root = (model && model.text === text ? model : readReportModel(text).model)?.root;
  if (!root) return out;
  const parts = PROSE_POINTERS.map((pointer) => ({ pointer, span: locate(root, pointer, text) }));
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const offset = (p: Range["start"]) => (lineStarts[p.line] ?? text.length) + p.character;
  for (const r of ranges) {
    const start = offset(r.start);
    const end = offset(r.end);
    const part = parts.find((p) => p.span && p.span.start <= start && end <= p.span.end);
    if (!part || end <= start) continue;
    out.set(part.pointer, [...(out.get(part.pointer) ?? []), text.slice(start, end)]);
  }
  return out;
}
