import type { ActiveBlock, Column } from "./types.js";

const itemColumns: Column[] = [
  { key: "previousYearItems", label: { zh: "上一年项目数量", en: "Items last year" }, kind: "count" },
  { key: "change", label: { zh: "本年增/减", en: "Change this year (±)" }, kind: "signedCount" },
  { key: "decisions", label: { zh: "处理决定数量", en: "Decisions" }, kind: "count" },
];

/** Table 2 on template 2019 (国办公开办函〔2019〕60号, trial). */
export const activeDisclosure2019: ActiveBlock[] = [
  {
    item: { zh: "第二十条第（一）项", en: "Article 20 item (1)" },
    columns: [
      { key: "newlyMade", label: { zh: "本年新制作数量", en: "Newly made this year" }, kind: "count" },
      { key: "newlyPublished", label: { zh: "本年新公开数量", en: "Newly published this year" }, kind: "count" },
      { key: "totalPublished", label: { zh: "对外公开总数量", en: "Total published" }, kind: "count" },
    ],
    rows: [
      { key: "regulations", label: { zh: "规章", en: "Rules (规章)" }, single: false },
      { key: "normativeDocuments", label: { zh: "规范性文件", en: "Normative documents" }, single: false },
    ],
  },
  {
    item: { zh: "第二十条第（五）项", en: "Article 20 item (5)" },
    columns: itemColumns,
    rows: [
      { key: "licensing", label: { zh: "行政许可", en: "Administrative licensing" }, single: false },
      { key: "otherServices", label: { zh: "其他对外管理服务事项", en: "Other external management services" }, single: false },
    ],
  },
  {
    item: { zh: "第二十条第（六）项", en: "Article 20 item (6)" },
    columns: itemColumns,
    rows: [
      { key: "penalty", label: { zh: "行政处罚", en: "Administrative penalties" }, single: false },
      { key: "coercion", label: { zh: "行政强制", en: "Administrative coercion" }, single: false },
    ],
  },
  {
    item: { zh: "第二十条第（八）项", en: "Article 20 item (8)" },
    columns: itemColumns.slice(0, 2),
    rows: [{ key: "fees", label: { zh: "行政事业性收费", en: "Administrative fees (fee items)" }, single: false }],
  },
  {
    item: { zh: "第二十条第（九）项", en: "Article 20 item (9)" },
    columns: [
      { key: "projects", label: { zh: "采购项目数量", en: "Procurement projects" }, kind: "count" },
      { key: "amount", label: { zh: "采购总金额", en: "Total procurement amount (unit as written)" }, kind: "amountText" },
    ],
    rows: [{ key: "procurement", label: { zh: "政府集中采购", en: "Centralised government procurement" }, single: false }],
  },
];
