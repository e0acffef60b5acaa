import type { LineIndex } from "../positions.js";
import type { TNode } from "../yaml/tree.js";

/** Rules a suppression comment makes no sense for. */
const UNSUPPRESSIBLE = new Set(["yaml-syntax", "suppression"]);

const DIRECTIVE = /^(\s*#\s*ogi-disable-next-line\b)(.*)$/;

import type { PlainEdit } from "../fixes.js";

/**
 * The edit that silences `rule` on `line`: `# ogi-disable-next-line <rule> -- ` above it, indented like it,
 * for the author to finish with a reason (core reports a suppression without one). When a directive is already
 * there, the rule joins it: a second directive would push the first away from the line it silences.
 */
export function suppressEdit(lines: LineIndex, line: number, rule: string, root: TNode | undefined): PlainEdit | undefined {
  if (UNSUPPRESSIBLE.has(rule)) return undefined;
  const lineStart = lines.lineStart(line);
  // Inside a block scalar a `#` line is prose, not a comment.
  if (root && insideBlockScalar(root, lineStart, lines.text)) return undefined;
  if (line > 0) {
    const above = lines.lineText(line - 1);
    const m = DIRECTIVE.exec(above);
    if (m) {
      const [rulesPart = ""] = m[2]!.split(/\s--(?:\s|$)/);
      const rules = rulesPart.split(/[,\s]+/).filter(Boolean);
      if (rules.includes(rule)) return undefined;
      const at = lines.lineStart(line - 1) + m[1]!.length + rulesPart.trimEnd().length;
      return { start: at, end: at, newText: rules.length > 0 ? `, ${rule}` : ` ${rule}` };
    }
  }
  const text = lines.lineText(line);
  const indent = /^[ \t]*/.exec(text)![0];
  return { start: lineStart, end: lineStart, newText: `${indent}# ogi-disable-next-line ${rule} -- \n` };
}

function insideBlockScalar(node: TNode, offset: number, text: string): boolean {
  if (offset < node.start || offset >= node.end) return false;
  if (node.kind === "scalar") return node.start < offset && (text[node.start] === "|" || text[node.start] === ">");
  if (node.kind === "map") return node.pairs.some((p) => insideBlockScalar(p.value, offset, text));
  return node.items.some((item) => insideBlockScalar(item, offset, text));
}
