import { severityRank, type Finding, type Locale, type Severity } from "@ogi-report/core";
import { escapeMarkdown } from "@ogi-report/render/markdown-escape";
import type { FileResult } from "../check/run.js";
import { relativeToCwd } from "./paths.js";
import type { Formatter, Summary } from "./types.js";
import { count, severityWord } from "./words.js";

/** GitHub shows at most this many annotations of each type per step and silently drops the rest. */
export const ANNOTATIONS_PER_TYPE = 10;

const command: Record<Severity, "error" | "warning" | "notice"> = { error: "error", warning: "warning", info: "notice" };

/** Workflow-command data: `%`, CR and LF would end or corrupt the command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Property values additionally cannot hold the `:` and `,` that delimit properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

interface Located {
  file: string | undefined;
  finding: Finding;
}

/**
 * `::error file=…,line=…::message` workflow commands. Sorted by severity so the cap of 10 per type keeps the
 * errors; whatever did not fit is listed in the step summary, so nothing is lost without a trace.
 */
export const github: Formatter = ({ results, summary, cwd, locale }) => {
  const all: Located[] = results.flatMap((r) => r.findings.map((finding) => ({ file: fileOf(r, cwd), finding })));
  // Array.prototype.sort is stable: within a severity, files and findings keep their order.
  all.sort((a, b) => severityRank[a.finding.severity] - severityRank[b.finding.severity]);
  const shown = new Map<Severity, number>();
  const lines: string[] = [];
  const overflow: Located[] = [];
  for (const item of all) {
    const n = shown.get(item.finding.severity) ?? 0;
    if (n >= ANNOTATIONS_PER_TYPE) {
      overflow.push(item);
      continue;
    }
    shown.set(item.finding.severity, n + 1);
    lines.push(annotation(item));
  }
  const output = lines.length > 0 ? lines.join("\n") + "\n" : "";
  return { output, stepSummary: stepSummary(summary, overflow, locale) };
};

function fileOf(r: FileResult, cwd: string): string | undefined {
  if (!r.absPath) return undefined;
  return relativeToCwd(r.absPath, cwd) ?? r.absPath;
}

function annotation({ file, finding: f }: Located): string {
  const props: [string, string | number][] = [];
  if (file !== undefined) props.push(["file", file]);
  props.push(["line", f.range.start.line + 1], ["col", f.range.start.character + 1], ["endLine", f.range.end.line + 1], ["endColumn", f.range.end.character + 1]);
  props.push(["title", f.ruleId]);
  const properties = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${command[f.severity]} ${properties}::${escapeData(f.message)}`;
}

function stepSummary(summary: Summary, overflow: Located[], locale: Locale): string {
  const problems = summary.errors + summary.warnings + summary.infos;
  const zh = locale === "zh-CN";
  const head =
    problems === 0
      ? zh
        ? `### ogi：已检查 ${count(locale, summary.files, "file")}，没有发现问题`
        : `### ogi: ${count(locale, summary.files, "file")} checked, no problems`
      : zh
        ? `### ogi：已检查 ${count(locale, summary.files, "file")}，共 ${count(locale, problems, "problem")}（${count(locale, summary.errors, "error")}，${count(locale, summary.warnings, "warning")}，${count(locale, summary.infos, "info")}）`
        : `### ogi: ${count(locale, problems, "problem")} (${count(locale, summary.errors, "error")}, ${count(locale, summary.warnings, "warning")}, ${count(locale, summary.infos, "info")}) in ${count(locale, summary.files, "file")}`;
  const lines = [head, ""];
  if (overflow.length > 0) {
    lines.push(
      zh
        ? `GitHub 每种注释最多显示 ${ANNOTATIONS_PER_TYPE} 条，其余 ${overflow.length} 条如下：`
        : `GitHub shows at most ${ANNOTATIONS_PER_TYPE} annotations of each type; the other ${overflow.length} are listed here:`,
      "",
      zh ? "| 文件 | 位置 | 级别 | 规则 | 说明 |" : "| file | line:col | severity | rule | message |",
      "|---|---|---|---|---|",
    );
    for (const { file, finding: f } of overflow) {
      const [where, at, severity, message] = [file ?? "<stdin>", `${f.range.start.line + 1}:${f.range.start.character + 1}`, severityWord(locale, f.severity), f.message].map(tableCell);
      lines.push(`| ${where} | ${at} | ${severity} | \`${f.ruleId}\` | ${message} |`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

/** A report's words in a GFM table cell: inert Markdown (no link, image or HTML), line breaks as `<br>`. */
function tableCell(s: string): string {
  return escapeMarkdown(s).replace(/\r\n|\r|\n/g, "<br>");
}
