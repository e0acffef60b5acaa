import { activeDisclosure2019 } from "./active2019.js";
import { activeDisclosure2021 } from "./active2021.js";
import { applicantColumns, applicantsHeading, applicationRows2019, applicationRows2021, applicationsNote } from "./applications.js";
import { activeRowHeading } from "./active2021.js";
import { parts } from "./parts.js";
import { reviewColumns, reviewGroups } from "./review.js";
import type { Template, TemplateId } from "./types.js";

export * from "./types.js";
export { TOTAL_COLUMN } from "./applications.js";
export { REVIEW_TOTAL_COLUMN } from "./review.js";
export { parts } from "./parts.js";

export const templates: Record<TemplateId, Template> = {
  "2021": {
    id: "2021",
    source: {
      zh: "国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》",
      en: "General Office of the State Council, 国办公开办函〔2021〕30号 (annual report format)",
    },
    years: { from: 2021 },
    parts,
    activeDisclosure: activeDisclosure2021,
    activeRowHeading,
    applicantsHeading,
    applicantColumns,
    applicationRows: applicationRows2021,
    applicationsNote,
    reviewGroups,
    reviewColumns,
  },
  "2019": {
    id: "2019",
    source: {
      zh: "国办公开办函〔2019〕60号《中华人民共和国政府信息公开工作年度报告格式（试行）》",
      en: "General Office of the State Council, 国办公开办函〔2019〕60号 (trial annual report format)",
    },
    years: { from: 2019, to: 2020 },
    parts,
    activeDisclosure: activeDisclosure2019,
    activeRowHeading,
    applicantsHeading,
    applicantColumns,
    applicationRows: applicationRows2019,
    applicationsNote,
    reviewGroups,
    reviewColumns,
  },
};

export const templateIds = Object.keys(templates) as TemplateId[];

export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(templates, value);
}

/**
 * Is this YAML a report? Front ends run on all YAML (a folder walk, an editor): a report declares `template:` at
 * the top level, or names the ogi-report schema in a `$schema=` modeline; anything else is none of our business.
 */
export function looksLikeReport(text: string): boolean {
  return /^template[ \t]*:/m.test(text) || /\$schema=\S*ogi-report/.test(text);
}

/** The template a report of this year should use. */
export function templateForYear(year: number): TemplateId {
  return year >= 2021 ? "2021" : "2019";
}
