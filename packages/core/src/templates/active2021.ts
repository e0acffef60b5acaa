import type { ActiveBlock, Column, Text } from "./types.js";

/** Printed over each block's row labels, in both templates. */
export const activeRowHeading: Text = { zh: "信息内容", en: "Information" };

const decisions: Column[] = [{ key: "decisions", label: { zh: "本年处理决定数量", en: "Decisions this year" }, kind: "count" }];

/** Table 2 on template 2021 (国办公开办函〔2021〕30号). */
export const activeDisclosure2021: ActiveBlock[] = [
  {
    item: { zh: "第二十条第（一）项", en: "Article 20 item (1)" },
    columns: [
      { key: "issued", label: { zh: "本年制发件数", en: "Issued this year" }, kind: "count" },
      { key: "repealed", label: { zh: "本年废止件数", en: "Repealed this year" }, kind: "count" },
      { key: "inForce", label: { zh: "现行有效件数", en: "In force" }, kind: "count" },
    ],
    rows: [
      { key: "regulations", label: { zh: "规章", en: "Rules (规章)" }, single: false },
      { key: "normativeDocuments", label: { zh: "行政规范性文件", en: "Administrative normative documents" }, single: false },
    ],
  },
  {
    item: { zh: "第二十条第（五）项", en: "Article 20 item (5)" },
    columns: decisions,
    rows: [{ key: "licensing", label: { zh: "行政许可", en: "Administrative licensing" }, single: true }],
  },
  {
    item: { zh: "第二十条第（六）项", en: "Article 20 item (6)" },
    columns: decisions,
    rows: [
      { key: "penalty", label: { zh: "行政处罚", en: "Administrative penalties" }, single: true },
      { key: "coercion", label: { zh: "行政强制", en: "Administrative coercion" }, single: true },
    ],
  },
  {
    item: { zh: "第二十条第（八）项", en: "Article 20 item (8)" },
    columns: [{ key: "amount", label: { zh: "本年收费金额（单位：万元）", en: "Fees collected this year (10,000 yuan)" }, kind: "wanYuan" }],
    rows: [{ key: "fees", label: { zh: "行政事业性收费", en: "Administrative fees" }, single: true }],
  },
];
