import type { ImportContext } from "./context.js";
import { TABLE_MARK } from "./flow.js";
import type { FoundHeading } from "./headings.js";
import { cleanProse, dropTitleLines } from "./prose.js";
import type { TableKey } from "./slots.js";
import type { TableEvents } from "./table-events.js";

export interface Parts {
  preamble?: string;
  overview: string;
  problems: string;
  otherMatters: string;
  reviewNote?: string;
}

type Range = { start: number; end: number } | undefined;

/**
 * The prose parts by their headings. A missing 一 takes the text before 二; a missing 五 the text after table 4
 * (both said in a diagnostic); text before 一 is the preamble.
 */
export function readParts(ctx: ImportContext, headings: FoundHeading[], rangeOf: (key: string) => Range, found: TableEvents, tableEnds: Map<TableKey, number>): Parts {
  const { flow } = ctx;
  const missingPart = (key: string, heading: string) => ctx.report("heading-missing", "error", `没有找到「${heading}」`, `Part 「${heading}」 not found`, ctx.top, { path: `/${key}` });
  const proseOf = (key: string) => {
    const r = rangeOf(key);
    return r ? cleanProse(flow.text.slice(r.start, r.end)) : undefined;
  };
  const first = headings[0]?.start ?? flow.text.length;
  let preamble: string | undefined = dropTitleLines(cleanProse(flow.text.slice(flow.bodyStart, first)));
  let overview = proseOf("overview");
  if (overview === undefined) {
    if (preamble) {
      overview = preamble;
      preamble = undefined;
      ctx.report("part-inferred", "warning", "没有「一、总体情况」标题：第二部分之前的文字作为总体情况导入", "No heading 「一、总体情况」: the text before part 二 was taken as part 一", ctx.top, { path: "/overview" });
    } else missingPart("overview", "一、总体情况");
  }
  let problems = proseOf("problems");
  if (problems === undefined) {
    const four = rangeOf("reviewAndLitigation");
    const after = found.lastHtmlTable.get("reviewAndLitigation") ?? tableEnds.get("reviewAndLitigation");
    // The rest of the line that ends the table is still table (a closing 「|」).
    const from = after === undefined ? undefined : flow.text.indexOf("\n", after) === -1 ? flow.text.length : flow.text.indexOf("\n", after);
    const tail = four && from !== undefined && from < four.end ? cleanProse(flow.text.slice(from, four.end)) : "";
    if (tail) {
      problems = tail;
      ctx.report("part-inferred", "warning", "没有「五、存在的主要问题及改进情况」标题：表四之后的文字作为第五部分导入", "No heading for part 五 (problems and improvements): the text after table 4 was taken as part 五", ctx.atFlow(after!), { path: "/problems" });
    } else missingPart("problems", "五、存在的主要问题及改进情况");
  }
  const otherMatters = proseOf("otherMatters");
  if (otherMatters === undefined) missingPart("otherMatters", "六、其他需要报告的事项");

  let reviewNote: string | undefined = found.notes.map((n) => n.text.trim()).filter(Boolean).join(" ") || undefined;
  // A table read as a grid (an HTML page, or an HTML table standing in text as Markdown keeps it) leaves its note
  // in the part's text: the 「注：」 line after it.
  if (!reviewNote) {
    const r = rangeOf("reviewAndLitigation");
    const m = r ? /(?:^|\n)\s*[注註]\s*[:：]\s*([^\n]+)/.exec(flow.text.slice(r.start, r.end).split(TABLE_MARK).join("")) : null;
    if (m) reviewNote = m[1]!.trim();
  }
  return {
    ...(preamble ? { preamble } : {}),
    overview: overview ?? "",
    problems: problems ?? "",
    otherMatters: otherMatters ?? "",
    ...(reviewNote ? { reviewNote } : {}),
  };
}
