import { expandPlaceholders, type Template } from "@ogi-report/core";

/** A prose part as printed: level-2 headings (「（一）……」 on a line of their own) and paragraphs. */
export type ProseBlock = { kind: "subheading"; text: string } | { kind: "paragraph"; text: string };

/** 「（一）规范主动公开，提升信息供给精准度」: a numbered line with no full stop is a heading, not a paragraph. */
const SUBHEADING = /^[（(][一二三四五六七八九十]+[）)][^。；;]{1,60}$/;

/**
 * Every non-empty line is a paragraph: what the author sees in the YAML is what is printed (YAML's folded
 * style `>` is there for those who want long lines wrapped). Placeholders become the table's figures; `\{` is a brace.
 */
export function proseBlocks(prose: string, report: unknown, template: Template): ProseBlock[] {
  // `\{` is a brace written as text (ogi import escapes the braces a source printed): no placeholder, one brace.
  const expanded = expandPlaceholders(prose, report, template).replace(/\\\{/g, "{");
  const blocks: ProseBlock[] = [];
  for (const raw of expanded.split(/\r?\n/)) {
    const text = raw.trim();
    if (text === "") continue;
    blocks.push({ kind: SUBHEADING.test(text) ? "subheading" : "paragraph", text });
  }
  return blocks;
}
