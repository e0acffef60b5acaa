/** The national templates as data. Schema, rules, docs, renderer and importer all derive from these types. */

export type TemplateId = "2021" | "2019";

/** Bilingual text: zh-CN is the official wording, en a translation for non-Chinese readers. */
export interface Text {
  zh: string;
  en: string;
}

/**
 * What a cell may hold.
 * - count: an integer ≥ 0 (件数, 数量)
 * - signedCount: an integer that may be negative (2019's 本年增/减)
 * - wanYuan: a decimal ≥ 0 in 万元, kept exact (never a float)
 * - amountText: money with its unit as written (2019's 采购总金额, e.g. 「73802895.90元」)
 */
export type CellKind = "count" | "signedCount" | "wanYuan" | "amountText";

export interface Column {
  key: string;
  label: Text;
  kind: CellKind;
}

/** One of the six parts of the report. */
export interface Part {
  key: "overview" | "activeDisclosure" | "applications" | "reviewAndLitigation" | "problems" | "otherMatters";
  numeral: string;
  heading: Text;
  /** Other headings published reports use for this part (matched after normalisation). */
  headingVariants: string[];
  kind: "prose" | "table";
  description: Text;
}

/** Table 2: blocks headed by an item of 条例第二十条, each with rows; a row is one cell or a set of columns. */
export interface ActiveBlock {
  item: Text;
  columns: Column[];
  rows: ActiveRow[];
}

export interface ActiveRow {
  key: string;
  label: Text;
  /** true: the row's key holds its single cell directly (`licensing: 0`); false: a mapping of column keys. */
  single: boolean;
}

/** Table 3 row: its key path under `applications`, and the group labels printed to its left. */
export interface ApplicationRow {
  path: string[];
  label: Text;
  groups: Text[];
  role: "newReceived" | "carriedOver" | "result" | "resultsTotal" | "carriedForward";
}

export interface ApplicantColumn {
  /** Name used in placeholders (`{{applications.newReceived.total}}`). */
  key: string;
  label: Text;
  group?: Text;
}

export interface ReviewGroup {
  key: "review" | "litigationDirect" | "litigationAfterReview";
  label: Text;
  group?: Text;
}

export interface Template {
  id: TemplateId;
  source: Text;
  /** Report years this template is for (inclusive); undefined: open-ended. */
  years: { from: number; to?: number };
  parts: Part[];
  activeDisclosure: ActiveBlock[];
  /** Table 2's heading over each block's row labels (「信息内容」). */
  activeRowHeading: Text;
  /** Table 3's heading over the seven applicant columns (「申请人情况」). */
  applicantsHeading: Text;
  applicantColumns: ApplicantColumn[];
  applicationRows: ApplicationRow[];
  applicationsNote: Text;
  reviewGroups: ReviewGroup[];
  reviewColumns: Column[];
}
