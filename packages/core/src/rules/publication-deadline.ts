import { agencyKindFromName, type AgencyKind, type AgencyLevel } from "./prose/agency-kind.js";
import type { Text } from "../templates/types.js";
import type { Rule, RuleContext } from "./types.js";

/** Article 49: departments by 31 January, governments by 31 March of the year after the report year. */
const DEADLINE: Record<AgencyLevel, { month: number; day: number; zh: string; en: string }> = {
  department: { month: 1, day: 31, zh: "人民政府部门", en: "a government department" },
  government: { month: 3, day: 31, zh: "人民政府", en: "a people's government" },
};

export const publicationDeadline: Rule = {
  meta: {
    id: "publication-deadline",
    defaultSeverity: "warning",
    title: { zh: "按期公布年度报告", en: "Report published by the legal deadline" },
    description: {
      zh: "`published` 的日期不得晚于法定期限：县级以上人民政府部门为次年 1 月 31 日，县级以上地方人民政府为次年 3 月 31 日。机关类别取自 `level: government | department`，不写时按机关名称推断并说明把握程度；名称看不出而日期落在两个期限之间时，给出提示而不猜测。没有 `published` 时不检查。",
      en: "The `published` date must not be later than the legal deadline: 31 January of the next year for a department of a people's government at county level or above, 31 March for a local people's government. The kind of agency comes from `level: government | department`, or is inferred from the agency's name with the confidence stated; when the name does not tell and the date falls between the two deadlines, an info finding says so instead of guessing. Nothing is checked without `published`.",
    },
    basis: {
      zh: "《中华人民共和国政府信息公开条例》（2019 年修订）第四十九条：县级以上人民政府部门应当在每年 1 月 31 日前提交并向社会公布上一年度年度报告；县级以上地方人民政府的政府信息公开工作主管部门应当在每年 3 月 31 日前向社会公布本级政府上一年度年度报告。",
      en: "Art. 49 of the Regulations on Open Government Information (2019 revision): departments of people's governments at county level and above publish last year's report by 31 January each year; the competent office of a local people's government publishes the government's report by 31 March.",
    },
    fixable: false,
    scope: "document",
  },
  check(ctx) {
    const published = ctx.model.published;
    const year = ctx.model.year?.value;
    const date = published && /^(\d{4})-(\d{2})-(\d{2})$/.exec(published.value.trim());
    if (!published || !date || year === undefined) return;
    const on = { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) };
    const after = (level: AgencyLevel) => compare(on, { year: year + 1, ...DEADLINE[level] }) > 0;
    if (!after("department")) return; // in time whatever the kind
    const kind = kindOf(ctx);
    const at = { start: published.node.start, end: published.node.end };
    if (!kind.level && !after("government")) {
      ctx.report({
        path: "/published",
        at,
        advisory: true,
        message: {
          zh: `无法判断机关类别（${kind.why.zh}）：如是人民政府部门，${published.value} 已超过 ${year + 1}年1月31日的期限；如是人民政府，则在 3 月 31 日的期限内。请写明 level: government 或 level: department`,
          en: `Cannot tell the kind of agency (${kind.why.en}): as a department, ${published.value} is after the deadline of 31 January ${year + 1}; as a people's government, it is within 31 March. Write level: government or level: department`,
        },
      });
      return;
    }
    const level = kind.level ?? "government"; // unknown kind and after 31 March: late whatever it is
    if (!after(level)) return;
    const d = DEADLINE[level];
    const due = `${year + 1}-${String(d.month).padStart(2, "0")}-${d.day}`;
    ctx.report({
      path: "/published",
      at,
      message: {
        zh: `${published.value} 公布，晚于${kind.level ? d.zh : "任一类机关"}的法定期限 ${year + 1}年${d.month}月${d.day}日${basisText(kind).zh}`,
        en: `Published on ${published.value}, after the legal deadline for ${kind.level ? d.en : "any kind of agency"}, ${d.day} ${d.month === 1 ? "January" : "March"} ${year + 1}${basisText(kind).en}`,
      },
      expected: `≤ ${due}`,
      actual: published.value,
    });
  },
};

function kindOf(ctx: RuleContext): AgencyKind {
  const declared = ctx.model.level?.value;
  if (declared === "government" || declared === "department") return { level: declared, confidence: "declared", why: { zh: `level: ${declared}`, en: `level: ${declared}` } };
  const agency = ctx.model.agency?.value;
  return agency ? agencyKindFromName(agency) : { confidence: "none", why: { zh: "没有写机关名称", en: "no agency is named" } };
}

/** How the kind was known, as the message states it. */
function basisText(kind: AgencyKind): Text {
  switch (kind.confidence) {
    case "declared":
      return { zh: `（level: ${kind.level}）`, en: ` (level: ${kind.level})` };
    case "high":
      return { zh: `（按机关名称推断，把握较高：${kind.why.zh}）`, en: ` (inferred from the name, high confidence: ${kind.why.en})` };
    case "low":
      return { zh: `（按机关名称推断，把握较低：${kind.why.zh}）`, en: ` (inferred from the name, low confidence: ${kind.why.en})` };
    case "none":
      return { zh: "", en: "" };
  }
}

function compare(a: { year: number; month: number; day: number }, b: { year: number; month: number; day: number }): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
