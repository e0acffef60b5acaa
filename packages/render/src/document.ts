import { templates, toPointer, type Part, type Template } from "@ogi-report/core";
import type { ReportInput } from "./input.js";
import { activeDisclosureGrid } from "./layout/active-disclosure.js";
import { applicationsGrid } from "./layout/applications.js";
import type { Grid } from "./layout/grid.js";
import { reviewGrid } from "./layout/review.js";
import { proseBlocks, type ProseBlock } from "./prose.js";
import { cellText, proseText, valueAt } from "./values.js";

/** The report as a document: its title and the six parts in template order, each prose or a laid-out table. */
export interface ReportDocument {
  title: string;
  template: Template;
  parts: DocumentPart[];
}

export type DocumentPart = {
  part: Part;
  /** `/overview`, `/applications`…: where the part lives in the YAML. */
  pointer: string;
  heading: string;
} & ({ kind: "prose"; blocks: ProseBlock[] } | { kind: "table"; grid: Grid; note?: { text: string; pointer: string } });

const tableGrids: Record<string, (template: Template, report: unknown) => Grid> = {
  activeDisclosure: activeDisclosureGrid,
  applications: applicationsGrid,
  reviewAndLitigation: reviewGrid,
};

export function reportDocument(input: ReportInput): ReportDocument {
  const template = templates[input.template];
  const { report } = input;
  const parts = template.parts.map((part): DocumentPart => {
    const base = { part, pointer: toPointer([part.key]), heading: part.heading.zh };
    const grid = tableGrids[part.key];
    if (part.kind === "table" && grid) {
      const note = tableNote(report, part.key);
      return { ...base, kind: "table", grid: grid(template, report), ...(note ? { note: { text: note, pointer: toPointer([part.key, "note"]) } } : {}) };
    }
    return { ...base, kind: "prose", blocks: proseBlocks(proseText(valueAt(report, [part.key])), report, template) };
  });
  return { title: titleOf(report), template, parts };
}

/**
 * A table's `note` as printed under it (表注, e.g. that table 4 counts cases carried over from earlier years):
 * 「注：…」, unless the note already says 「注：」 itself. The importer reads a 「注：」 line after table 4 as its note.
 */
function tableNote(report: unknown, key: string): string | undefined {
  const text = proseText(valueAt(report, [key, "note"])).trim();
  if (text === "") return undefined;
  return /^[注註]\s*[:：]/.test(text) ? text : `注：${text}`;
}

/** 「福建省人力资源和社会保障厅2025年政府信息公开工作年度报告」, from `agency` and `year`. */
export function titleOf(report: unknown): string {
  const agency = cellText(valueAt(report, ["agency"]));
  const year = cellText(valueAt(report, ["year"]));
  return `${agency}${year !== "" ? `${year}年` : ""}政府信息公开工作年度报告`;
}
