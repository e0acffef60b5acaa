import { templates, type Template, type TemplateId } from "@ogi-report/core";
import { labelKey } from "./fold.js";

/** Every label a template prints in its tables. */
function printedLabels(t: Template): string[] {
  return [
    ...t.activeDisclosure.flatMap((b) => [b.item.zh, ...b.columns.map((c) => c.label.zh), ...b.rows.map((r) => r.label.zh)]),
    ...t.applicationRows.flatMap((r) => [r.label.zh, ...r.groups.map((g) => g.zh)]),
  ].map(labelKey);
}

/**
 * Labels only one template prints, and that are not part of a label of the other one (2019's 「规范性文件」
 * is inside 2021's 「行政规范性文件」, so it tells nothing). Derived from the template data, never retyped:
 * 2019's 「本年新制作数量」「上一年项目数量」「第二十条第（九）项」; 2021's 「本年制发件数」, the sub-items of （六）.
 */
function markers(id: TemplateId): string[] {
  const own = printedLabels(templates[id]);
  const other = printedLabels(templates[id === "2021" ? "2019" : "2021"]);
  return [...new Set(own)].filter((l) => !other.some((o) => o.includes(l)));
}

const MARKERS: Record<TemplateId, string[]> = { "2021": markers("2021"), "2019": markers("2019") };

export interface TemplateGuess {
  id: TemplateId;
  /** Markers found for each template. */
  evidence: Record<TemplateId, string[]>;
}

/** Which template the tables follow, judged by the labels only one of them prints. */
export function detectTemplate(squashedText: string): TemplateGuess | undefined {
  const evidence = {
    "2021": MARKERS["2021"].filter((m) => squashedText.includes(m)),
    "2019": MARKERS["2019"].filter((m) => squashedText.includes(m)),
  };
  if (evidence["2021"].length === evidence["2019"].length) return undefined;
  return { id: evidence["2021"].length > evidence["2019"].length ? "2021" : "2019", evidence };
}
