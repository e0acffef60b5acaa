/** The lines of a document, however the caller stores them (core's LineIndex, a CodeMirror Text). */
export interface Lines {
  lineCount: number;
  /** 0-based. */
  lineText(line: number): string;
}

/**
 * Where the cursor is in the YAML, read from indentation alone: completion runs on half-typed text that
 * may not parse, so it cannot rely on the tree.
 */
export type CursorContext =
  | { kind: "key"; parents: string[]; indent: number; step: number; wordStart: number; siblings: Set<string>; keyOnly: boolean }
  | { kind: "value"; parents: string[]; key: string; valueStart: number; needsSpace: boolean }
  | { kind: "placeholder"; typedStart: number; closed: boolean };

const KEY_LINE = /^(\s*)(["']?)([A-Za-z_$][\w$-]*)\2[ \t]*:(?=\s|$)/;
const indentOf = (line: string) => line.length - line.trimStart().length;
const skippable = (line: string) => line.trim() === "" || line.trimStart().startsWith("#");

export function cursorContext(lines: Lines, line: number, character: number): CursorContext | undefined {
  const text = lines.lineText(line);
  const prefix = text.slice(0, character);
  const rest = text.slice(character);
  // `{{applications.new|` inside prose: a figure reference.
  const placeholder = /\{\{\s*([\w.]*)$/.exec(prefix);
  if (placeholder) return { kind: "placeholder", typedStart: character - placeholder[1]!.length, closed: /^[\w.]*\s*\}\}/.test(rest) };

  const keyTyping = /^(\s*)([A-Za-z_$][\w$-]*)?$/.exec(prefix);
  const valueTyping = keyTyping ? null : KEY_LINE.exec(prefix);
  const indent = keyTyping ? keyTyping[1]!.length : valueTyping ? valueTyping[1]!.length : -1;
  if (indent < 0) return undefined;
  const chain = parentsOf(lines, line, indent);
  if (!chain) return undefined;
  if (keyTyping) {
    return {
      kind: "key",
      parents: chain.parents,
      indent,
      step: chain.parents.length > 0 ? Math.max(1, indent - chain.parentIndent) : 2,
      wordStart: indent,
      siblings: siblingsOf(lines, line, indent),
      // `newRec|: [...]`: the rest of the line is there already; only the key is completed.
      keyOnly: /^[\w$-]*[ \t]*:/.test(rest),
    };
  }
  const after = prefix.slice(valueTyping![0].length);
  const typed = after.trimStart();
  return { kind: "value", parents: chain.parents, key: valueTyping![3]!, valueStart: character - typed.length, needsSpace: after.length === 0 };
}

/** The keys above the cursor with less indentation: the path of the mapping the cursor is in. */
function parentsOf(lines: Lines, line: number, indent: number): { parents: string[]; parentIndent: number } | undefined {
  const parents: string[] = [];
  let level = indent;
  let parentIndent = 0;
  for (let j = line - 1; j >= 0 && level > 0; j--) {
    const t = lines.lineText(j);
    if (skippable(t)) continue;
    const ind = indentOf(t);
    if (ind >= level) continue;
    const m = KEY_LINE.exec(t);
    // A sequence item or a block scalar's text less indented than us: not a shape reports use.
    if (!m) return undefined;
    if (parents.length === 0) parentIndent = ind;
    parents.unshift(m[3]!);
    level = ind;
  }
  return { parents, parentIndent };
}

/** Keys already written beside the cursor line (same mapping), so they are not offered twice. */
function siblingsOf(lines: Lines, line: number, indent: number): Set<string> {
  const out = new Set<string>();
  const visit = (j: number): boolean => {
    const t = lines.lineText(j);
    if (skippable(t)) return true;
    const ind = indentOf(t);
    if (ind < indent) return false;
    if (ind === indent) {
      const m = KEY_LINE.exec(t);
      if (m) out.add(m[3]!);
    }
    return true;
  };
  for (let j = line - 1; j >= 0 && visit(j); j--);
  for (let j = line + 1; j < lines.lineCount && visit(j); j++);
  return out;
}
