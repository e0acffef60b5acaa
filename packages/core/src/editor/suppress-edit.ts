import type { PlainEdit } from "../fixes.js";
import type { LineIndex } from "../positions.js";
import { insideScalar, parseDirectives, UNSUPPRESSIBLE } from "../suppress.js";
import type { TNode } from "../yaml/tree.js";

/**
 * The edit that silences `rule` on `line`: `# ogi-disable-next-line <rule> -- ` above it, indented like it,
 * for the author to finish with a reason (core reports a suppression without one). When a directive is already
 * there, the rule joins it: a second directive would push the first away from the line it silences.
 */
export function suppressEdit(lines: LineIndex, line: number, rule: string, root: TNode | undefined): PlainEdit | undefined {
  if (UNSUPPRESSIBLE.has(rule)) return undefined;
  const lineStart = lines.lineStart(line);
  // Inside a block scalar a `#` line is prose, not a comment.
  if (root && insideScalar(root, lineStart)) return undefined;
  // The directive already above the line, if any (read as a real comment, as check reads it).
  const above = line > 0 ? parseDirectives(lines, root).find((d) => d.line === line - 1) : undefined;
  if (above) {
    if (above.rules.some((r) => r.id === rule)) return undefined;
    const last = above.rules[above.rules.length - 1];
    const at = last ? last.end : above.start + directiveHead(lines.text, above.start);
    return { start: at, end: at, newText: last ? `, ${rule}` : ` ${rule}` };
  }
  const text = lines.lineText(line);
  const indent = /^[ \t]*/.exec(text)![0];
  return { start: lineStart, end: lineStart, newText: `${indent}# ogi-disable-next-line ${rule} -- ${lines.eol}` };
}

/** The length of `# ogi-disable-next-line` (as written) at `start`. */
function directiveHead(text: string, start: number): number {
  const head = /#\s*ogi-disable-next-line\b/y;
  head.lastIndex = start;
  return head.exec(text)![0].length;
}
