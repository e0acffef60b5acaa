/**
 * Prose from an untrusted report, made inert in Markdown: HTML and inline syntax are escaped everywhere, and
 * what would start a block (heading, quote, list, rule) is escaped at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/[\\`*_[\]<>&|~]/g, (c) => `\\${c}`);
  return inline
    .replace(/^(\s*)([#>+=-])/, "$1\\$2")
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, "$1\\$2");
}
