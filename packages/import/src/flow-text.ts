import { Lines, type Flow } from "./flow.js";
import { embeddedTables } from "./flow-embedded.js";
import { ymd } from "./published-date.js";

/** Page numbers a PDF extraction leaves in the text (「— 4 —」): not figures of any table. */
const PAGE_MARK = /^[ \t]*[—–-]{1,2}[ \t]*\d{1,3}[ \t]*[—–-]{1,2}[ \t]*$/gm;
/** A crawler's header: `key: value` lines, then a divider such as 「==== 正文 ====」. */
const BODY_DIVIDER = /^[=\-#*\s]*正文[=\-#*\s]*$/m;

/** Crawled or extracted text as a flow: the text itself, page marks blanked and HTML tables in it read as tables (offsets kept). */
export function textFlow(source: string): Flow {
  const { text, tables } = embeddedTables(source.replace(PAGE_MARK, (m) => " ".repeat(m.length)));
  const lines = new Lines(source);
  let bodyStart = 0;
  // Leading comment lines (「# source: …」) describe the file, not the report.
  const comments = /^(?:#[^\n]*\n)+/.exec(text);
  if (comments && /^#+\s*\S+:/.test(text)) bodyStart = comments[0].length;
  const divider = BODY_DIVIDER.exec(text.slice(0, 4000));
  if (divider) bodyStart = Math.max(bodyStart, divider.index + divider[0].length);
  const meta: Flow["meta"] = { titles: [] };
  for (const m of text.slice(0, Math.max(bodyStart, 2000)).matchAll(/^(标题|题目|title)\s*[:：]\s*(.+)$/gim)) meta.titles.push(m[2]!.trim());
  const published = /^(?:发布时间|发布日期|成文日期|published)\s*[:：]\s*(\d{4})[-年./](\d{1,2})[-月./](\d{1,2})/m.exec(text.slice(0, 6000));
  if (published) meta.published = ymd(published[1]!, published[2]!, published[3]!);
  const url = /^(?:原文链接|原文地址|url)\s*[:：]\s*(https?:\/\/\S+)/im.exec(text.slice(0, 6000));
  if (url) meta.url = url[1]!;
  return {
    kind: "text",
    text,
    toSource: (o) => o,
    locate: (o) => lines.locate(o),
    tables,
    meta,
    bodyStart,
    parseErrors: [],
  };
}
