import { partLines, writeReportYaml, type CellSlot, type ReportLayout } from "./layout/report-yaml.js";
import { FORM_STYLE } from "./layout/styles.js";
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

/** A blank form's cell: zero, written as the kind reads it (万元 with two decimals, an amount with its unit). */
function zero({ kind, inColumns }: CellSlot): string {
  if (inColumns) return kind === "amountText" ? '"0元"' : "0";
  return kind === "wanYuan" ? "0.00" : "0";
}

/** The canonical layout as a form to fill in: headings, row labels, zeros, and the placeholder in the prose. */
function form(template: Template, head: string[] = [], fields: ReportLayout["fields"] = []): ReportLayout {
  return { template, style: FORM_STYLE, head, fields, prose: (key) => (key === "preamble" ? undefined : PROSE_PLACEHOLDER), cell: zero };
}

/** YAML lines (no trailing newline) for one part, at the top level. */
export function partSkeleton(template: Template, key: Part["key"]): string {
  return partLines(form(template), key).join("\n");
}

/** A complete report: every part and row, zeros in every cell; it checks clean once the prose is written. */
export function reportSkeleton(options: SkeletonOptions): string {
  const template = templates[options.template];
  const year = options.year ?? (options.template === "2019" ? 2020 : new Date().getFullYear() - 1);
  const head: string[] = [];
  if (options.schemaRef !== undefined) head.push(`yaml-language-server: $schema=${options.schemaRef}`);
  head.push(`${year}年政府信息公开工作年度报告 — ${template.source.zh}`);
  return writeReportYaml(form(template, head, [
    ["agency", JSON.stringify(options.agency ?? "（机关名称）")],
    ["year", String(year)],
  ]));
}
