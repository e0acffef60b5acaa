import { foldText } from "./fold.js";

export interface ReportIdentity {
  title?: string;
  agency?: string;
  year?: number;
  /** Where the agency and year were read: the title, or the text. */
  from?: "title" | "text";
}

const CJK = "\\u3400-\\u9fff";
/** 「平潭综合实验区2025年度政府信息公开工作年度报告」: agency, then year. */
const AGENCY_YEAR = new RegExp(`([${CJK}·]{2,40}?)((?:19|20)\\d{2})年度?(?:政府信息公开|政务公开)(?:工作)?年度?报告`, "u");
/** 「2024年上海市科委政府信息公开工作年度报告」: year, then agency. */
const YEAR_AGENCY = new RegExp(`((?:19|20)\\d{2})年度?([${CJK}·]{2,40}?)(?:政府信息公开|政务公开)(?:工作)?年度?报告`, "u");
/** 「驼峰路街道办事处政府信息公开工作年度报告」: a title that names no year, standing alone as its clause. */
const AGENCY_ONLY = new RegExp(`^([${CJK}·]{2,40}?)(?:政府信息公开|政务公开)(?:工作)?年度?报告$`, "u");
/** A kind of office, not one office: 「街道办事处政府信息公开工作年度报告」 in a breadcrumb names nobody. */
const GENERIC_AGENCY = /^(?:各?(?:街道办事处|街道|乡镇|乡|镇|区|县|市|部门|单位|机关)|政府|人民政府)$/;
/** Words that open a sentence rather than name an agency: 「关于印发…」. */
const NOT_AGENCY = /^(关于|印发|做好|本|根据|按照|现将|以下|我|附件|编制|发布|公布)/;

function squash(s: string): string {
  return foldText(s).replace(/ /g, "");
}

/**
 * Agency, year and title from text: the first clause (a run of characters between punctuation) that is a
 * report title. Anchoring at a clause start keeps 「关于做好2021年政府信息公开工作年度报告…」 from naming an agency.
 */
export function identityIn(text: string): ReportIdentity | undefined {
  for (const clause of squash(text).split(/[^\u3400-\u9fff\d·]+/u)) {
    if (clause.length < 12) continue;
    const a = AGENCY_YEAR.exec(clause);
    if (a && a.index === 0 && !NOT_AGENCY.test(a[1]!)) return { agency: a[1]!, year: Number(a[2]), title: a[0] };
    const b = YEAR_AGENCY.exec(clause);
    if (b && b.index === 0 && !NOT_AGENCY.test(b[2]!)) return { agency: b[2]!, year: Number(b[1]), title: b[0] };
  }
  // No title with a year anywhere: a line that is nothing but a title still names the agency.
  for (const line of text.split("\n")) {
    const c = AGENCY_ONLY.exec(squash(line));
    if (c && !NOT_AGENCY.test(c[1]!) && !GENERIC_AGENCY.test(c[1]!)) return { agency: c[1]!, title: c[0] };
  }
  return undefined;
}

/** The statistics period (「统计期限为2025年1月1日至…」) or the first 「YYYY年」 of the body. */
export function yearInText(text: string): number | undefined {
  const s = squash(text.slice(0, 20000));
  const period = /((?:19|20)\d{2})年1月1日(?:起)?(?:至|到)/.exec(s);
  if (period) return Number(period[1]);
  const counts = new Map<number, number>();
  for (const m of s.matchAll(/((?:19|20)\d{2})年/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | undefined;
  for (const [y, n] of counts) if (best === undefined || n > counts.get(best)!) best = y;
  return best;
}
