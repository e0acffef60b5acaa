import { readReportModel } from "../../model/build.js";
import type { ProseKey, ProsePart } from "./parts.js";
import type { ReportModel } from "../../model/types.js";
import { flatten, overlap } from "./shingles.js";

/** Parts 一, 五 and 六: the narrative a report writes anew each year. */
export const COMPARED_PROSE: readonly ProseKey[] = ["overview", "problems", "otherMatters"];

export interface ProseShare {
  /** Share (0–1) of this year's wording, as compared, that last year's report has too. */
  share: number;
  /** Characters compared (blanks, punctuation and fixed sentences left out; a figure counts as one). */
  compared: number;
  /** Length of the longest passage both have, in the same characters. */
  longest: number;
}

/** How much of a report's prose (parts 一, 五, 六) repeats last year's; for the rule and for overviews of many
 * years. Undefined when either text is not a YAML mapping. */
export function copiedProseShare(nowText: string, beforeText: string): ProseShare | undefined {
  const now = readReportModel(nowText).model;
  const before = readReportModel(beforeText).model;
  return now && before ? modelProseShare(now, before) : undefined;
}

/** The same share, between two report models (no parse: the parts are read already). */
export function modelProseShare(now: ReportModel, before: ReportModel): ProseShare {
  return shareOfParts(comparedParts(now.parts), comparedParts(before.parts));
}

/** Of a report's prose parts (in document order), those compared across years, in the same order. */
export function comparedParts<P extends { key: ProseKey }>(parts: readonly P[]): P[] {
  return parts.filter((p) => COMPARED_PROSE.includes(p.key));
}

function shareOfParts(now: readonly ProsePart[], before: readonly ProsePart[]): ProseShare {
  const o = overlap(flatten(now), flatten(before));
  return { share: o.total === 0 ? 0 : o.shared / o.total, compared: o.total, longest: o.longest?.length ?? 0 };
}
