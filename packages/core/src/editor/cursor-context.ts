/** The lines of a document, however the caller stores them (core's LineIndex, a CodeMirror Text). */
export interface Lines {
  lineCount: number;
  /** 0-based. */
  lineText(line: number): string;
}

/**
 * Where the cursor is in the YAML, read from indentation alone: completion runs on half-typed documents that
 * do not parse, so it cannot rely on the tree.
 */
export type CursorContext =
  | { kind: "key"; parents: string[]; indent: number; step: number; word: string; wordStart: number; siblings: Set<string>; keyOnly: boolean }
  | { kind: "value"; parents: string[]; key: string; indent: number; valueStart: number; typed: string; needsSpace: boolean }
  /** Inside `{{…` in prose: a reference to a table figure. */
  | { kind: "placeholder"; typedStart: number; closed: boolean };

const KEY_LINE = /^(\s*)(["']?)([A-Za-z_$][\w$-]*)\2[ \t]*:(?=\s|$)/;

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function isSkippable(line: string): boolean {
  const t = line.trim();
  return t === "" || t.startsWith("#");
}

export function cursorContext(lines: Lines, line: number, character: number): CursorContext | undefined {
  // The walk up from the cursor visits every line number: only a line of the document has a context.
  if (!Number.isInteger(line) || line < 0 || line >= lines.lineCount) return undefined;
  const text = lines.lineText(line);
  const prefix = text.slice(0, character);
  const rest = text.slice(character);
  // `{{applications.new|` inside prose: a figure reference.
  const placeholder = /\{\{\s*([\w.]*)$/.exec(prefix);
  if (placeholder) return { kind: "placeholder", typedStart: character - placeholder[1]!.length, closed: /^[\w.]*\s*\}\}/.test(rest) };
  const keyTyping = /^(\s*)([A-Za-z_$][\w$-]*)?$/.exec(prefix);
  const valueTyping = KEY_LINE.exec(prefix);
  let indent: number;
  if (keyTyping) indent = keyTyping[1]!.length;
  else if (valueTyping) indent = valueTyping[1]!.length;
  else return undefined;

  const chain = parentsOf(lines, line, indent);
  if (!chain) return undefined;
  const { parents, parentIndent } = chain;
  const step = parents.length > 0 ? Math.max(1, indent - parentIndent) : 2;
  if (keyTyping) {
    const word = keyTyping[2] ?? "";
    return {
      kind: "key",
      parents,
      indent,
      step,
      word,
      wordStart: indent,
      siblings: siblingsOf(lines, line, indent),
      // `newRec|: [...]`: the rest of the line is already there; only the key is to be completed.
      keyOnly: /^[\w$-]*[ \t]*:/.test(rest),
    };
  }
  const after = prefix.slice(valueTyping![0].length);
  const typed = after.trimStart();
  // `template:|` — right after the colon the value needs its space.
  return { kind: "value", parents, key: valueTyping![3]!, indent, valueStart: character - typed.length, typed, needsSpace: after.length === 0 };
}

/** The keys above the cursor with less indentation: the path of the mapping the cursor is in. */
function parentsOf(lines: Lines, line: number, indent: number): { parents: string[]; parentIndent: number } | undefined {
  const parents: string[] = [];
  let level = indent;
  let parentIndent = 0;
  for (let j = line - 1; j >= 0 && level > 0; j--) {
    const t = lines.lineText(j);
    if (isSkippable(t)) continue;
    const ind = indentOf(t);
    if (ind >= level) continue;
    const m = KEY_LINE.exec(t);
    // A sequence item or anything else less indented: not a shape reports use.
    if (!m) return undefined;
    if (parents.length === 0) parentIndent = ind;
    parents.unshift(m[3]!);
    level = ind;
  }
  return { parents, parentIndent };
}

/** Keys already present beside the cursor line (same mapping), so they are not offered twice. */
function siblingsOf(lines: Lines, line: number, indent: number): Set<string> {
  const out = new Set<string>();
  const visit = (j: number): boolean => {
    const t = lines.lineText(j);
    if (isSkippable(t)) return true;
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
