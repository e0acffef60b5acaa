import type { Finding, InternalError, Locale } from "../findings.js";
import { pick } from "../text.js";
import type { RuleMeta } from "./types.js";

/**
 * A file that broke the tool itself: one finding for that file, so that the rest of a run goes on and the file
 * is never shown as clean. Front ends add it (core reports a rule that threw as an internal error); exit status 2.
 */
export const internalMeta: RuleMeta = {
  id: "internal",
  defaultSeverity: "error",
  title: { zh: "内部错误", en: "Internal error" },
  description: {
    zh: "检查这个文件时 OGI Report 自身出错：文件未能完整检查（或根本未检查）。其余文件照常检查，退出码为 2。这是工具的缺陷，请附上文件报告。",
    en: "OGI Report itself failed while checking this file: the file was not (fully) checked. Other files are checked as usual and the exit status is 2. This is a defect of the tool: please report it with the file.",
  },
  basis: { zh: "OGI Report：一个文件出错不影响其他文件。", en: "OGI Report: one bad file does not cost the others." },
  fixable: false,
  scope: "tool",
};

/** The one `internal` finding for a file; `detail` is what failed, in a line (no stack). */
export function internalFinding(detail: string, locale: Locale): Finding {
  const line = detail.split("\n")[0]!.slice(0, 300);
  return {
    ruleId: "internal",
    severity: "error",
    message: pick({ zh: `OGI Report 检查此文件时出错，文件未能完整检查：${line}`, en: `OGI Report failed on this file, which was not fully checked: ${line}` }, locale),
    path: "",
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    related: [],
    fixes: [],
  };
}

/** What rules that threw say, in one line: their ids and the first line of each error. */
export function describeInternalErrors(errors: readonly InternalError[]): string {
  return errors.map((e) => `${e.ruleId}: ${e.message.split("\n")[0]}`).join("; ");
}
