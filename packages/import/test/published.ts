import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readReport, renderHtml } from "@ogi-report/render";
import { fixturesDir } from "./corpus-files.js";

/**
 * A published-looking page made from a hand transcription (fixtures/corpus) by our own renderer: the national
 * labels and the report's figures, no published prose. The main suite reads these; the real pages are read by
 * the corpus suite only.
 */
export function publishedPage(fixture: string): string {
  const read = readReport(readFileSync(join(fixturesDir, `${fixture}.yaml`), "utf8"));
  if (!read.ok) throw new Error(`fixtures/corpus/${fixture}.yaml does not render: ${read.problem.code}`);
  return renderHtml(read.input, { standalone: true });
}

/** The same page as a crawler flattens it: a cell ends in a tab, a row or paragraph in a line break. */
export function crawledText(fixture: string): string {
  return publishedPage(fixture)
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<\/(td|th)>/g, "\t")
    .replace(/<\/(tr|p|h\d|caption)>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
