import type { TemplateId } from "@ogi-report/core";
import type { DocumentImportResult } from "@ogi-report/import";
import { compareCells } from "./compare.js";

/**
 * The cells of an import that differ from the report it came from, and are not reported: a figure other than the
 * true one, or an empty cell that no diagnostic names (neither unsettled nor in a row reported not found). A source
 * that does not print everything (a table cut by the paper's edge) may leave cells empty, never silently.
 */
export function silentDifferences(result: DocumentImportResult, expected: unknown, template: TemplateId): string[] {
  const cmp = compareCells({ ...result, diagnostics: [] }, expected, template);
  return cmp.wrong.filter((w) => {
    const pointer = w.slice(0, w.indexOf(":"));
    const empty = w.endsWith("imported null");
    const named = result.diagnostics.some((d) => d.cells?.includes(pointer) || (d.code === "row-missing" && d.path !== undefined && pointer.startsWith(`${d.path}/`)));
    return !empty || !named;
  });
}
