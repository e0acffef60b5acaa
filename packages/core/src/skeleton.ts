import { templates, type Part, type Template, type TemplateId } from "./templates/index.js";

/** What an unwritten prose part holds; `section-missing` treats it as empty. */
export const PROSE_PLACEHOLDER = "（待填写）";

export interface SkeletonOptions {
  template: TemplateId;
  agency?: string;
  year?: number;
  /** Value for the `$schema` modeline; omitted when undefined. */
  schemaRef?: string;
}

function zeros(n: number): string {
  return `[${new Array(n).fill(0).join(", ")}]`;
}

function pad(s: string, width: number): string {
  // CJK labels are in comments only, so plain length is enough for key alignment.
  return s + " ".repeat(Math.max(1, width - s.length));
}

/** YAML lines (no trailing newline) for one part, at the top level. */
export function partSkeleton(template: Template, key: Part["key"]): string {
  const part = template.parts.find((p) => p.key === key)!;
  if (part.kind === "prose") return `${key}: |\n  ${PROSE_PLACEHOLDER}`;
  const lines = [`${key}:`];
  if (key === "activeDisclosure") {
    for (const block of template.activeDisclosure) {
      lines.push(`  # ${block.item.zh}：${block.columns.map((c) => c.label.zh).join(" / ")}`);
      for (const row of block.rows) {
        const value = row.single
          ? block.columns[0]!.kind === "wanYuan"
            ? "0.00"
            : "0"
          : `{ ${block.columns.map((c) => `${c.key}: ${c.kind === "amountText" ? '"0元"' : "0"}`).join(", ")} }`;
        lines.push(`  ${pad(row.key + ":", 20)}${value}  # ${row.label.zh}`);
      }
    }
  } else if (key === "applications") {
    const header = template.applicantColumns.map((c) => c.label.zh).join(", ");
    lines.push(`  # ${" ".repeat(22)}[${header}]`);
    let open: string[] = [];
    for (const row of template.applicationRows) {
      const parents = row.path.slice(0, -1);
      let common = 0;
      while (common < open.length && common < parents.length && open[common] === parents[common]) common++;
      for (let i = common; i < parents.length; i++) lines.push(`${"  ".repeat(i + 1)}${parents[i]}:`);
      open = parents;
      const indent = "  ".repeat(parents.length + 1);
      const keyCol = 24 - indent.length;
      lines.push(`${indent}${pad(row.path[row.path.length - 1] + ":", keyCol)}${zeros(template.applicantColumns.length)}  # ${row.label.zh}`);
    }
  } else {
    lines.push(`  # ${" ".repeat(22)}[${template.reviewColumns.map((c) => c.label.zh).join(", ")}]`);
    for (const group of template.reviewGroups) {
      lines.push(`  ${pad(group.key + ":", 22)}${zeros(template.reviewColumns.length)}  # ${group.group ? group.group.zh + "·" : ""}${group.label.zh}`);
    }
  }
  return lines.join("\n");
}

/** A complete report: every part and row, zeros in every cell; it checks clean once the prose is written. */
export function reportSkeleton(options: SkeletonOptions): string {
  const template = templates[options.template];
  const year = options.year ?? (options.template === "2019" ? 2020 : new Date().getFullYear() - 1);
  const lines: string[] = [];
  if (options.schemaRef !== undefined) lines.push(`# yaml-language-server: $schema=${options.schemaRef}`);
  lines.push(`# ${year}年政府信息公开工作年度报告 — ${template.source.zh}`);
  lines.push(`template: "${template.id}"`);
  lines.push(`agency: ${JSON.stringify(options.agency ?? "（机关名称）")}`);
  lines.push(`year: ${year}`);
  for (const part of template.parts) {
    lines.push("");
    lines.push(`# ${part.heading.zh}`);
    lines.push(partSkeleton(template, part.key));
  }
  return lines.join("\n") + "\n";
}
