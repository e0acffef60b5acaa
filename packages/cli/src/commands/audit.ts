import { flag, stringOption, usageError } from "../args.js";
import { progressReporter } from "../check/progress.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_TROUBLE } from "../exit.js";
import { t, type Locale } from "../locale.js";
import { outputRefusal, planOutput, writeOutput, type OutputPlan } from "../output-file.js";
import { describeFsError, reportUsage } from "../report-error.js";
import { terminalText } from "../terminal-text.js";
import { agenciesJson, agencySeries, type AgencySeries } from "./audit/agencies.js";
import { collectInputs } from "./audit/collect.js";
import { toCsv } from "./audit/csv.js";
import { dashboard } from "./audit/dashboard.js";
import { agenciesTable, findingsTable, totalsTable } from "./audit/export-rows.js";
import { TableLayouts } from "./audit/report-tables.js";
import { auditFiles } from "./audit/audit-files.js";
import { textReport } from "./audit/text-report.js";
import { totalsOf } from "./audit/totals.js";
import { toXlsx } from "./audit/xlsx.js";
import type { AuditedReport, AuditEntry, AuditTotals } from "./audit/types.js";
import { badValue, localeOption, prepare } from "./common.js";
import type { Command } from "./types.js";

export type { AuditedReport, AuditEntry, AuditTotals } from "./audit/types.js";

const help = {
  en: `Usage: ogi audit <folders | files>... [--format text|json] [--html <report.html>] [--csv <findings.csv>]
                 [--xlsx <audit.xlsx>]

Check many reports at once: report YAML as it is, published HTML pages, text (.html, .htm, .txt, .md), Word
(.docx) and PDF files imported on the fly, on several threads for many files (OGI_WORKERS=n sets how many). Prints one line per report (agency, year, template, errors and warnings by rule) and
the totals across reports. --html writes a self-contained dashboard page (opens offline, from file://):
each agency's years side by side with line charts and the changes that stand out, the prose shared with
the year before, a table of findings that sorts and filters (and downloads as CSV), and each report's tables
with the problem cells marked.

Options:
      --format <format>   text (default) or json
      --html <file>       also write the dashboard to this file
      --csv <file>        also write the findings as CSV to this file, and the totals per report beside it
                          (findings.csv gives findings.totals.csv)
      --xlsx <file>       also write the findings, the totals and each agency's years as an Excel workbook
      --force             let --html, --csv and --xlsx replace existing files (never an audited file)
      --locale <locale>   zh-CN or en
  -h, --help              show this help

Every file given is accounted for: a report (checked), a page or text with no table ("no table found"), a file
met on a walk that is something else ("not a report"), or "unreadable", each with its reason. Pages and texts
met on a walk are imported only when their first 64 KB look like a report.

Exit status: 0 no report has an error, 1 some report has errors, 2 usage error, a file that cannot be read or
breaks the tool, or no report at all among the files given.
`,
  zh: `用法：ogi audit <文件夹 | 文件>... [--format text|json] [--html <报告.html>] [--csv <问题.csv>]
                 [--xlsx <汇总.xlsx>]

一次检查多份报告：报告 YAML 直接检查，已发布的网页、文本（.html、.htm、.txt、.md）、Word（.docx）和 PDF
先导入再检查；文件多时用多个线程（OGI_WORKERS=n 指定线程数）。
每份报告一行（机关、年度、格式、按规则统计的错误和警告），最后是全部报告的合计。--html 另写一个
独立的汇总网页（可离线从 file:// 打开）：各机关逐年并列的数字、折线图和变化突出的年份，与上一年度
相同的文字比例，可排序、筛选（并可下载为 CSV）的问题表，以及标出问题单元格的各报告表格。

选项：
      --format <格式>     text（默认）或 json
      --html <文件>       同时把汇总网页写入这个文件
      --csv <文件>        同时把问题写成 CSV，各报告的合计写在旁边（问题.csv 对应 问题.totals.csv）
      --xlsx <文件>       同时把问题、合计和各机关逐年情况写成 Excel 工作簿
      --force             允许 --html、--csv、--xlsx 覆盖已有文件（被审查的文件从不覆盖）
      --locale <语言>     zh-CN 或 en
  -h, --help              显示本帮助

每个给出的文件都有交代：年度报告（已检查）、没有表格的网页或文本（“没有找到表格”）、遍历中遇到的其他文件
（“不是年度报告”）或“无法读取”，并说明原因。遍历中遇到的网页和文本，只有前 64 KB 像年度报告时才导入。

退出码：0 所有报告都没有错误，1 有报告存在错误，2 用法错误、有文件无法读取或使工具出错，或给出的文件中
没有任何年度报告。
`,
};

const options = { ...localeOption, format: { type: "string" }, html: { type: "string" }, csv: { type: "string" }, xlsx: { type: "string" }, force: { type: "boolean" } } as const;

/** The totals written beside the findings: findings.csv → findings.totals.csv. */
const totalsCsvName = (findings: string) => findings.replace(/(\.csv)?$/i, (ext) => `.totals${ext || ".csv"}`);

export const audit: Command = {
  name: "audit",
  summary: { zh: "一次检查多份报告（YAML、网页、文本），生成汇总", en: "check many reports (YAML, pages, text) and summarise" },
  async run(args, io) {
    const ready = prepare(io, "ogi audit", args, options, true, help);
    if ("exit" in ready) return ready.exit;
    const { parsed, locale } = ready;
    const format = stringOption(parsed, "format") ?? "text";
    if (format !== "text" && format !== "json") return reportUsage(io, locale, badValue("ogi audit", "--format", format, ["text", "json"]));
    if (parsed.positionals.length === 0) {
      return reportUsage(io, locale, usageError({ zh: "ogi audit：请指定文件夹或文件", en: "ogi audit: name folders or files to audit" }, { zh: "例如 ogi audit 年报/ --html 汇总.html", en: "as in ogi audit reports/ --html audit.html" }));
    }
    const inputs = collectInputs(parsed.positionals, io.cwd);
    // Every output is planned before any work: a refused one costs nothing and changes nothing.
    const csvFile = stringOption(parsed, "csv");
    const wanted = { html: stringOption(parsed, "html"), csv: csvFile, totalsCsv: csvFile === undefined ? undefined : totalsCsvName(csvFile), xlsx: stringOption(parsed, "xlsx") };
    const plans: Partial<Record<keyof typeof wanted, OutputPlan>> = {};
    for (const [key, file] of Object.entries(wanted) as [keyof typeof wanted, string | undefined][]) {
      if (file === undefined) continue;
      const plan = planOutput(file, io.cwd, inputs.map((f) => ({ path: f.path, display: f.display })), flag(parsed, "force"));
      if ("refused" in plan) return reportUsage(io, locale, outputRefusal("ogi audit", file, plan.refused, io.cwd));
      if (Object.values(plans).some((p) => p.path === plan.path)) return reportUsage(io, locale, usageError({ zh: `ogi audit：${file} 被指定为两个输出`, en: `ogi audit: ${file} is named for two outputs` }, { zh: "每个输出用不同的文件", en: "give each output a file of its own" }));
      plans[key] = plan;
    }

    const entries: AuditEntry[] = [];
    const reports: AuditedReport[] = [];
    const yamls: string[] = [];
    const progress = progressReporter(io, inputs.length, locale);
    const outcomes = await auditFiles(inputs, io, locale, (i, done) => progress.update(done, inputs.length, inputs[i]!.display));
    progress.done();
    for (const [i, { entry, report, yaml }] of outcomes.entries()) {
      entries.push(entry);
      if (report) reports.push(report);
      if (report) yamls.push(yaml ?? "");
      if (entry.status === "unreadable" || entry.status === "internal") {
        const display = inputs[i]!.display;
        const what = entry.status === "unreadable" ? t(locale, { zh: `无法读取 ${display}`, en: `cannot read ${display}` }) : t(locale, { zh: `处理 ${display} 时出错`, en: `failed on ${display}` });
        io.stderr(terminalText(`ogi: ${what}: ${entry.reason ?? ""}`) + "\n");
      }
    }
    const totals = totalsOf(reports);
    const series = agencySeries(reports, yamls);

    if (format === "json") io.stdout(JSON.stringify({ files: entries, reports, totals, agencies: agenciesJson(series, reports) }, null, 2) + "\n");
    else io.stdout(textReport(entries, reports, totals, series, locale));

    const written = await writeOutputs(plans, entries, reports, yamls, totals, series, locale);
    if (written !== undefined) {
      io.stderr(`ogi: ${t(locale, { zh: `无法写入 ${written.file}`, en: `cannot write ${written.file}` })}: ${describeFsError(written.error, locale)}\n`);
      return EXIT_TROUBLE;
    }
    // Nothing to audit is not a clean bill: say so, and fail.
    if (reports.length === 0) {
      io.stderr(`ogi: ${t(locale, { zh: `给出的 ${entries.length} 个文件中没有年度报告`, en: `no report found among the ${entries.length === 1 ? "1 file" : `${entries.length} files`} given` })}\n`);
      return EXIT_TROUBLE;
    }
    if (entries.some((e) => e.status === "unreadable" || e.status === "internal")) return EXIT_TROUBLE;
    return totals.failing > 0 ? EXIT_FINDINGS : EXIT_OK;
  },
};

/** Each output asked for; the first that cannot be written, with why. */
async function writeOutputs(
  plans: Partial<Record<"html" | "csv" | "totalsCsv" | "xlsx", OutputPlan>>,
  entries: AuditEntry[],
  reports: AuditedReport[],
  yamls: string[],
  totals: AuditTotals,
  series: AgencySeries[],
  locale: Locale,
): Promise<{ file: string; error: unknown } | undefined> {
  if (Object.keys(plans).length === 0) return undefined;
  const findings = findingsTable(reports, locale);
  const sums = totalsTable(reports, totals, series, locale);
  const content = async (key: keyof typeof plans): Promise<string | Uint8Array> => {
    if (key === "csv") return toCsv(findings);
    if (key === "totalsCsv") return toCsv(sums);
    if (key === "xlsx") return toXlsx([findings, sums, agenciesTable(series, reports, locale)]);
    // Loaded only here, like the importer: `ogi check` never parses the renderer.
    const render = await import("@ogi-report/render");
    const layouts = new TableLayouts(render, locale);
    const tables = yamls.map((yaml) => layouts.add(yaml));
    return dashboard(entries, reports, totals, locale, { series, tables, layouts: layouts.layouts, totalsCsv: toCsv(sums), reportCss: render.reportCss });
  };
  for (const [key, plan] of Object.entries(plans) as [keyof typeof plans, OutputPlan][]) {
    try {
      writeOutput(plan, await content(key));
    } catch (error) {
      return { file: plan.display, error };
    }
  }
  return undefined;
}
