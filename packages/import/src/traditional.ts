/**
 * Traditional forms of the characters the templates' labels, headers and headings are written with, and their
 * Simplified form: a report mirrored through a zh-TW converter (「第二十條第(一)項」「規範性檔案」) still has
 * its rows found. Only characters that exist in Traditional writing alone, so Simplified text is never changed.
 */
const PAIRS =
  "萬万與与業业為为舉举於于僅仅會会體体關关內内寫写決决況况減减創创別别辦办務务動动區区華华單单發发號号後后國国處处" +
  "復复複复實实審审對对屬属應应廢废開开強强當当執执護护報报據据數数無无機机權权條条構构欄栏穩稳組组織织經经結结" +
  "繼继續续維维繳缴罰罚範范獲获補补規规計计認认議议許许訟讼設设訪访評评訴诉試试詢询請请責责購购費费轉转過过還还" +
  "這这進进採采項项須须題题額额問问糾纠納纳類类監监確确總总沒没點点製制係系統统祕秘臺台現现";

export const TRADITIONAL: ReadonlyMap<string, string> = new Map(Array.from({ length: PAIRS.length / 2 }, (_, i) => [PAIRS[2 * i]!, PAIRS[2 * i + 1]!]));

/** The converter's word for 文件 in the template's labels (「規範性檔案」, 「主動公開檔案」), same length. */
export function simplifiedWords(text: string): string {
  return text.includes("檔案") ? text.replace(/(规范性|公开)檔案/g, "$1文件") : text;
}
