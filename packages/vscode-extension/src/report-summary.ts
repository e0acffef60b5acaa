import { readReportModel, templates, type TemplateId } from "@ogi-report/core";

/** The rules whose failure means the tables do not balance (勾稽关系). */
export const IDENTITY_RULES: ReadonlySet<string> = new Set(["t3-row-total", "t3-results-total", "t3-balance", "t4-total"]);

export interface ProblemLike {
  code: string | undefined;
  severity: "error" | "warning" | "info" | "hint";
  /** The finding's JSON Pointer (`/problems`), when the diagnostic carries it. */
  path?: string | undefined;
}

/** What the status bar says at a glance: are all six parts there, do the tables balance, what is left to do. */
export interface ReportSummary {
  template: TemplateId;
  partsPresent: number;
  partsTotal: number;
  /** Keys of the parts that are missing or empty (the `section-missing` rule decides emptiness). */
  missingParts: string[];
  balanced: boolean;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarise(text: string, problems: readonly ProblemLike[]): ReportSummary {
  // The report model, read as the server reads it (the findings come from the server; the text is here). Core reports
  // what it cannot read as problems, never by throwing.
  const model = readReportModel(text).model;
  const keys = new Set(model ? model.root.pairs.map((p) => p.key) : []);
  const id: TemplateId = model?.templateId ?? "2021";
  const parts = templates[id].parts.map((p) => p.key as string);
  // A part counts as missing when its key is absent, or when the checker says it is there but empty (「无」).
  const empty = new Set(problems.filter((p) => p.code === "section-missing" && p.path).map((p) => p.path!.split("/")[1]));
  const missingParts = parts.filter((k) => !keys.has(k) || empty.has(k));
  return {
    template: id,
    partsPresent: parts.length - missingParts.length,
    partsTotal: parts.length,
    missingParts,
    balanced: !problems.some((p) => p.code !== undefined && IDENTITY_RULES.has(p.code) && p.severity === "error"),
    errors: problems.filter((p) => p.severity === "error").length,
    warnings: problems.filter((p) => p.severity === "warning").length,
    infos: problems.filter((p) => p.severity === "info").length,
  };
}
