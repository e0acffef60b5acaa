/**
 * Is this YAML a report? The server is meant to be enabled for all YAML, so anything else gets nothing.
 * A report declares `template:` at the top level, or names the ogi-report schema in a `$schema=` modeline.
 * The same test as the CLI's folder scan (`looksLikeReport`), so both pick the same files.
 */
export function looksLikeReport(text: string): boolean {
  return /^template[ \t]*:/m.test(text) || /\$schema=\S*ogi-report/.test(text);
}
