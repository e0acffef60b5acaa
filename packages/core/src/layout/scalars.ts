/** YAML text for the scalars the canonical layout writes: plain where that reads back the same, else quoted. */

const PLAIN_SAFE = /^[^\s\-?:,\[\]{}#&*!|>'"%@`0-9+.~][^:#\n]*$/u;
const RESERVED = /^(true|false|yes|no|on|off|null|~|y|n)$/i;

/** A string scalar: plain where YAML reads it back as the same string, double-quoted otherwise. */
export function yamlString(s: string): string {
  if (PLAIN_SAFE.test(s) && !RESERVED.test(s) && !/\s$/.test(s)) return s;
  return JSON.stringify(s);
}

/**
 * Prose as a literal block scalar, so it reads like the report's own paragraphs. Braces printed as text are
 * escaped (`{{` → `\{\{`): left as they are they would be a placeholder, and rendering would print a figure.
 */
export function proseBlock(key: string, text: string, indent = ""): string[] {
  if (text.length === 0) return [`${indent}${key}: ""`];
  const lines = text.replace(/\{\{+/g, (run) => run.replace(/\{/g, "\\{")).split("\n");
  // A first line starting with a space needs an explicit indentation indicator.
  const header = /^\s/.test(lines[0]!) ? "|2" : "|";
  return [`${indent}${key}: ${header}`, ...lines.map((l) => (l.length ? `${indent}  ${l}` : ""))];
}
