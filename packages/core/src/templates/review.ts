import type { Column, ReviewGroup, Text } from "./types.js";

const litigation: Text = { zh: "行政诉讼", en: "Administrative litigation" };

/** Table 4, the same in both templates: three groups of five cells. */
export const reviewGroups: ReviewGroup[] = [
  { key: "review", label: { zh: "行政复议", en: "Administrative reconsideration" } },
  { key: "litigationDirect", label: { zh: "未经复议直接起诉", en: "Sued without reconsideration" }, group: litigation },
  { key: "litigationAfterReview", label: { zh: "复议后起诉", en: "Sued after reconsideration" }, group: litigation },
];

/** Index 4 is 「总计」. */
export const reviewColumns: Column[] = [
  { key: "upheld", label: { zh: "结果维持", en: "Upheld" }, kind: "count" },
  { key: "corrected", label: { zh: "结果纠正", en: "Corrected" }, kind: "count" },
  { key: "other", label: { zh: "其他结果", en: "Other outcome" }, kind: "count" },
  { key: "pending", label: { zh: "尚未审结", en: "Pending" }, kind: "count" },
  { key: "total", label: { zh: "总计", en: "Total" }, kind: "count" },
];

export const REVIEW_TOTAL_COLUMN = 4;
