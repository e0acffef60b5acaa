import type { Text } from "../../templates/types.js";

export type AgencyLevel = "government" | "department";

/** What the report says or its agency's name suggests about the kind of agency, and how sure that is. */
export interface AgencyKind {
  level?: AgencyLevel;
  /** declared: the `level` key; high / low: inferred from the name; none: the name does not tell. */
  confidence: "declared" | "high" | "low" | "none";
  why: Text;
}

/**
 * The kind of agency from its name. A people's government's own office (办公厅 / 办公室) is one of its
 * departments, but counties often publish the government's report under the office's name, so that reading is
 * marked low, as is a bare place name read as its government; a zone's committee (管委会) or a street office can
 * be either, so the name does not tell.
 */
export function agencyKindFromName(name: string): AgencyKind {
  const n = name.replace(/\s+/g, "");
  if (/人民政府(办公厅|办公室)$|政府办$/.test(n)) {
    return { level: "department", confidence: "low", why: { zh: "机关名称为人民政府办公厅（室），属政府部门；若本报告是政府本级的报告，请写 level: government", en: "the name is a government's general office, a department; if this is the government's own report, write level: government" } };
  }
  if (/人民政府$/.test(n)) return { level: "government", confidence: "high", why: { zh: "机关名称以「人民政府」结尾", en: "the name ends in 人民政府 (people's government)" } };
  if (/(管理委员会|管委会|办事处|街道)$/.test(n)) return { confidence: "none", why: { zh: "管委会、街道办事处既可能按一级政府也可能按部门报告", en: "a zone's committee or a street office may report as a government or as a department" } };
  if (/(局|厅|委员会|委|署|办公室|办)$/.test(n)) return { level: "department", confidence: "high", why: { zh: "机关名称以局、厅、委员会、办公室等结尾", en: "the name ends in a department's word (局, 厅, 委员会, 办公室…)" } };
  // A place's name alone (平潭综合实验区, 某某县): the report of the place, published as its government's.
  if (/(省|自治区|市|州|盟|县|旗|区)$/.test(n)) return { level: "government", confidence: "low", why: { zh: "机关名称只是地名，按该地人民政府的报告看待", en: "the name is a place's, read as the report of its government" } };
  return { confidence: "none", why: { zh: "机关名称看不出是人民政府还是政府部门", en: "the name does not say whether it is a government or a department" } };
}
