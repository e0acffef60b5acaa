import { templateForYear, type TemplateId } from "@ogi-report/core";
import type { ImportContext } from "./context.js";
import { detectTemplate } from "./detect-template.js";
import { labelKey } from "./fold.js";
import { identityIn, yearInText, type ReportIdentity } from "./metadata.js";
import type { ImportOptions } from "./types.js";

export interface Identity {
  agency: string;
  year: number | undefined;
  identity: ReportIdentity | undefined;
  templateId: TemplateId;
}

/** Agency, year and template: from the page's title or metadata first, then from what the text says. */
export function readIdentity(ctx: ImportContext, options: ImportOptions): Identity {
  const { flow } = ctx;
  let identity = flow.meta.titles.map(identityIn).find((x) => x?.agency);
  if (!identity) identity = (flow.meta.comments ?? []).map(identityIn).find((x) => x?.agency);
  if (!identity) identity = identityIn(flow.text.slice(0, 12000));
  const agency = options.agency ?? identity?.agency ?? flow.meta.agency ?? "";
  const year = options.year ?? identity?.year ?? yearInText(flow.text.slice(flow.bodyStart));
  if (!agency) ctx.report("agency-unknown", "warning", "未找到机关名称（标题或正文中都没有）；请填写 agency", "No agency name in the title or text; fill in `agency`", ctx.top);
  if (year === undefined) ctx.report("year-unknown", "warning", "未找到报告年度；请填写 year", "No report year found; fill in `year`", ctx.top);

  const tableText = flow.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.text))).join("");
  const guess = detectTemplate(labelKey(flow.text + tableText));
  let templateId: TemplateId;
  if (options.template) templateId = options.template;
  else if (guess) templateId = guess.id;
  else {
    templateId = year !== undefined ? templateForYear(year) : "2021";
    ctx.report(
      "template-guessed",
      "warning",
      `表格中没有可区分格式的标签，按年度取 ${templateId} 格式`,
      `The tables print no label that tells the templates apart; took template ${templateId}${year !== undefined ? " by the year" : ""}`,
      ctx.top,
    );
  }
  return { agency, year, identity, templateId };
}
