import type { LineIndex } from "./positions.js";

/** `# ogi-disable-next-line t3-balance, t4-total -- 更正说明见……`: silences those rules on the next line. */
export interface Directive {
  line: number;
  start: number;
  end: number;
  rules: string[];
  reason: string;
  used: Set<string>;
}

const DIRECTIVE = /^\s*#\s*ogi-disable-next-line\b(.*)$/;

export function parseDirectives(lines: LineIndex): Directive[] {
  const out: Directive[] = [];
  const text = lines.text;
  if (!text.includes("ogi-disable")) return out;
  for (let line = 0; line < lines.lineCount; line++) {
    const content = lines.lineText(line);
    const m = DIRECTIVE.exec(content);
    if (!m) continue;
    const [rulesPart, ...reasonParts] = m[1]!.split(/\s--(?:\s|$)/);
    const rules = rulesPart!
      .split(/[,\s]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const start = lines.lineStart(line) + content.indexOf("#");
    out.push({ line, start, end: lines.lineStart(line) + content.length, rules, reason: reasonParts.join(" -- ").trim(), used: new Set() });
  }
  return out;
}
