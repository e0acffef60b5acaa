import { TABLE_MARK } from "./flow.js";

/**
 * A part's text as prose: table placeholders out, lines trimmed (full-width indents too), blank lines and
 * the punctuation a heading leaves behind (「：」) dropped. Line breaks are kept: they are the paragraphs.
 */
export function cleanProse(text: string): string {
  const lines = text
    .split(TABLE_MARK)
    .join("")
    .split(/\r?\n/)
    .map((l) => l.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, ""))
    // Control characters other than tab cannot stand in a YAML block scalar, and mean nothing here.
    .map((l) => l.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufeff]/g, ""))
    // Leftovers of a markdown table's frame (「|---|---|」, a lone 「|」) are not prose.
    .filter((l) => l.length > 0 && !/^[|:\-\s]+$/.test(l));
  if (lines.length > 0) lines[0] = lines[0]!.replace(/^[:：;；,，.。、\s]+/, "");
  return lines.filter((l) => l.length > 0).join("\n");
}

/** Lines at the top that only repeat the title (「平潭综合实验区2020年」「政府信息公开工作年度报告」). */
export function dropTitleLines(prose: string): string {
  const lines = prose.split("\n");
  while (lines.length > 0 && lines[0]!.length <= 40 && /(年度?|年度报告|工作报告|政府信息公开工作)$/.test(lines[0]!.replace(/\s/g, ""))) lines.shift();
  while (lines.length > 0 && /^(发布日期|发布时间|来源|日期)\s*[:：]/.test(lines[0]!)) lines.shift();
  return lines.join("\n");
}
