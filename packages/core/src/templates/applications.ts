import type { ApplicantColumn, ApplicationRow, Text } from "./types.js";

const legalPersons: Text = { zh: "法人或其他组织", en: "Legal persons or other organisations" };

/** Table 3's seven columns, in printed order. Index 6 is 「总计」. */
export const applicantColumns: ApplicantColumn[] = [
  { key: "naturalPersons", label: { zh: "自然人", en: "Natural persons" } },
  { key: "businesses", label: { zh: "商业企业", en: "Businesses" }, group: legalPersons },
  { key: "research", label: { zh: "科研机构", en: "Research institutions" }, group: legalPersons },
  { key: "publicInterest", label: { zh: "社会公益组织", en: "Public-interest organisations" }, group: legalPersons },
  { key: "legalServices", label: { zh: "法律服务机构", en: "Legal service providers" }, group: legalPersons },
  { key: "other", label: { zh: "其他", en: "Other" }, group: legalPersons },
  { key: "total", label: { zh: "总计", en: "Total" } },
];

export const TOTAL_COLUMN = 6;

/** Printed over the seven columns. */
export const applicantsHeading: Text = { zh: "申请人情况", en: "Applicants" };

export const applicationsNote: Text = {
  zh: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
  en: "(Identity of each column: item 1 plus item 2 equals item 3 plus item 4)",
};

const results: Text = { zh: "三、本年度办理结果", en: "3. Results this year" };
const denied: Text = { zh: "（三）不予公开", en: "(3) Not disclosed" };
const unable: Text = { zh: "（四）无法提供", en: "(4) Cannot be provided" };
const notProcessed: Text = { zh: "（五）不予处理", en: "(5) Not processed" };
const otherHandling: Text = { zh: "（六）其他处理", en: "(6) Other handling" };

function row(path: string, zh: string, en: string, role: ApplicationRow["role"], groups: Text[] = []): ApplicationRow {
  return { path: path.split("."), label: { zh, en }, groups, role };
}

const head: ApplicationRow[] = [
  row("newReceived", "一、本年新收政府信息公开申请数量", "1. New applications received this year", "newReceived"),
  row("carriedOver", "二、上年结转政府信息公开申请数量", "2. Applications carried over from last year", "carriedOver"),
  row("results.granted", "（一）予以公开", "(1) Disclosed", "result", [results]),
  row(
    "results.partiallyGranted",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "(2) Partly disclosed (count separable cases here only)",
    "result",
    [results],
  ),
  row("results.denied.stateSecret", "1.属于国家秘密", "1. State secret", "result", [results, denied]),
  row("results.denied.prohibitedByLaw", "2.其他法律行政法规禁止公开", "2. Prohibited by other laws or regulations", "result", [results, denied]),
  row("results.denied.securityStability", "3.危及“三安全一稳定”", "3. Endangers the “three securities and one stability”", "result", [results, denied]),
  row("results.denied.thirdPartyRights", "4.保护第三方合法权益", "4. Protects third parties' lawful rights", "result", [results, denied]),
  row("results.denied.internalAffairs", "5.属于三类内部事务信息", "5. Internal-affairs information (three kinds)", "result", [results, denied]),
  row("results.denied.processInformation", "6.属于四类过程性信息", "6. Process information (four kinds)", "result", [results, denied]),
  row("results.denied.lawEnforcementFile", "7.属于行政执法案卷", "7. Administrative enforcement file", "result", [results, denied]),
  row("results.denied.administrativeQuery", "8.属于行政查询事项", "8. Administrative query matter", "result", [results, denied]),
  row("results.unableToProvide.notHeld", "1.本机关不掌握相关政府信息", "1. Not held by this body", "result", [results, unable]),
  row("results.unableToProvide.requiresCreation", "2.没有现成信息需要另行制作", "2. Would have to be newly created", "result", [results, unable]),
  row("results.unableToProvide.unclearAfterCorrection", "3.补正后申请内容仍不明确", "3. Still unclear after correction", "result", [results, unable]),
  row("results.notProcessed.petitionOrComplaint", "1.信访举报投诉类申请", "1. Petition, report or complaint", "result", [results, notProcessed]),
  row("results.notProcessed.duplicate", "2.重复申请", "2. Repeated application", "result", [results, notProcessed]),
  row("results.notProcessed.publication", "3.要求提供公开出版物", "3. Asks for a published publication", "result", [results, notProcessed]),
  row("results.notProcessed.massRepetitive", "4.无正当理由大量反复申请", "4. Mass repetitive applications without good reason", "result", [results, notProcessed]),
  row(
    "results.notProcessed.confirmOrReissue",
    "5.要求行政机关确认或重新出具已获取信息",
    "5. Asks to confirm or reissue information already obtained",
    "result",
    [results, notProcessed],
  ),
];

const tail: ApplicationRow[] = [
  row("results.total", "（七）总计", "(7) Total", "resultsTotal", [results]),
  row("carriedForward", "四、结转下年度继续办理", "4. Carried forward to next year", "carriedForward"),
];

export const applicationRows2021: ApplicationRow[] = [
  ...head,
  row(
    "results.otherHandling.noCorrectionInTime",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "1. Not corrected in time without good reason; no longer processed",
    "result",
    [results, otherHandling],
  ),
  row(
    "results.otherHandling.feeNotPaid",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "2. Fee not paid in time; no longer processed",
    "result",
    [results, otherHandling],
  ),
  row("results.otherHandling.other", "3.其他", "3. Other", "result", [results, otherHandling]),
  ...tail,
];

/** Template 2019: 「（六）其他处理」 is one row with no sub-items. */
export const applicationRows2019: ApplicationRow[] = [
  ...head,
  row("results.otherHandling", "（六）其他处理", "(6) Other handling", "result", [results]),
  ...tail,
];
