/**
 * Text from an untrusted report, made inert in Markdown (CommonMark and GitHub's dialect): HTML and inline syntax
 * are escaped everywhere, GFM's bare-address autolinks (`https://…`, `www.…`, `name@host`) are broken with an
 * escape that renders as nothing, and what would start a block (heading, quote, list, rule) is escaped at the start
 * of every line. The renderer's Markdown and the CLI's GitHub step summary both use it.
 */
export function escapeMarkdown(text: string): string {
  const inline = text
    .replace(/[\\`*_[\]<>&|~]/g, (c) => `\\${c}`)
    .replace(/:\/\//g, "\\://")
    .replace(/\b(www)\./gi, "$1\\.")
    .replace(/@/g, "\\@");
  return inline.replace(/^(\s*)([#>+=-])/gm, "$1\\$2").replace(/^(\s*\d+)([.)])(?=\s|$)/gm, "$1\\$2");
}
