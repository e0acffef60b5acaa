import type { RuleContext } from "../rules/types.js";
import type { PreviousLink } from "../model/types.js";
import type { LoadFailure, OtherReport } from "./load.js";
import type { Text } from "../templates/types.js";
import { hasGlob } from "../paths.js";

export function loadFailureText(f: LoadFailure): Text {
  switch (f.problem) {
    case "missing":
      return { zh: `找不到文件 ${f.path}`, en: `file not found: ${f.path}` };
    case "unreadable":
      return { zh: `无法读取文件 ${f.path}`, en: `cannot read ${f.path}` };
    case "not-a-report":
      return { zh: `${f.path} 不是可读取的年度报告（YAML 有误或缺少 template）`, en: `${f.path} is not a readable report (bad YAML or no template)` };
    case "outside-project":
      // A glob is refused by its fixed part, before anything is listed; a path once it is resolved.
      if (hasGlob(f.path)) return { zh: `${f.path} 指向本报告所属项目之外，未展开（项目为最近的含 .ogi.yaml 或 .git 的文件夹；可用 --allow-read 或编辑器设置 ogi.allowRead 放开）`, en: `${f.path} leads outside the report's project, not expanded (the project is the nearest folder with .ogi.yaml or .git; allow more with --allow-read or the editor setting ogi.allowRead)` };
      return {
        zh: `${f.path} 在本报告所属项目之外，未读取（项目为最近的含 .ogi.yaml 或 .git 的文件夹；可用 --allow-read 或编辑器设置 ogi.allowRead 放开）`,
        en: `${f.path} is outside the report's project, not read (the project is the nearest folder with .ogi.yaml or .git; allow more with --allow-read or the editor setting ogi.allowRead)`,
      };
    case "not-a-file":
      return { zh: `${f.path} 不是普通文件，未读取`, en: `${f.path} is not a regular file, not read` };
    case "too-large":
      return { zh: `${f.path} 太大，不像年度报告，未读取`, en: `${f.path} is too large to be a report, not read` };
    case "too-many-matches":
      return { zh: `${f.path} 涉及的文件太多，未展开`, en: `${f.path} reaches too many files, not expanded` };
    case "glob-too-complex":
      return { zh: `${f.path} 的花括号展开后写法太多，未展开`, en: `${f.path} has too many brace alternatives, not expanded` };
  }
}

/** Last year's report, as the model resolved it (`ogi check --previous` wins over the document's own `previous:`). */
export function previousReport(ctx: RuleContext): PreviousLink | undefined {
  return ctx.model.previous;
}

/** Last year's report only when it is for the year before this one (year-carry-over reports the mismatch). */
export function previousYearReport(ctx: RuleContext): OtherReport | undefined {
  const other = ctx.model.previous?.report;
  const year = ctx.model.year?.value;
  if (!other || (year !== undefined && other.year !== undefined && other.year !== year - 1)) return undefined;
  return other;
}

export function otherRange(other: OtherReport, pointer: string) {
  const cell = other.cells.get(pointer);
  if (!cell || cell.state === "missing") return other.lines.range(0, 0);
  return other.lines.range(cell.node.start, cell.node.end);
}

export function okValue(cells: ReadonlyMap<string, { state: string; value?: number }>, pointer: string): number | undefined {
  const c = cells.get(pointer);
  return c && c.state === "ok" ? c.value : undefined;
}
