import { readTextFile } from "@ogi-report/node-shell";
import { resolve } from "node:path";
import { checkText, type Finding } from "@ogi-report/core";
import type { ReadProblem } from "@ogi-report/render";
import { flag, stringOption, usageError } from "../args.js";
import { EXIT_OK, EXIT_TROUBLE } from "../exit.js";
import type { Io } from "../io.js";
import { outputRefusal, planOutput, writeOutput } from "../output-file.js";
import { t, type Locale } from "../locale.js";
import { describeFsError, reportUsage } from "../report-error.js";
import { terminalText } from "../terminal-text.js";
import { badValue, localeOption, prepare } from "./common.js";
import type { Command } from "./types.js";

const help = {
  en: `Usage: ogi render <file | -> --to html|docx|md [-o <file>]

Lay a report out as the official format prints it: the six parts, table 2's blocks, table 3 with its
merged headers and the 勾稽关系 note, table 4's grouped header. Placeholders such as
{{applications.newReceived.total}} in the prose become the table's figures. A report with problems is
still rendered (their number is shown on stderr; \`ogi check\` lists them); one that is not valid YAML or
names no known template is not.

Options:
      --to <format>       html (a self-contained page with print CSS), docx (Word, A4) or md (Markdown,
                          merged tables as HTML)
  -o, --output <file>     write to this file (default: stdout; required for docx); never over the
                          report, over another existing file only with --force
      --force             let --output replace an existing file
      --locale <locale>   zh-CN or en, for this command's messages (the report stays Chinese)
  -h, --help              show this help

Exit status: 0 rendered, 2 usage error, unreadable file, or a report that cannot be read.
`,
  zh: `用法：ogi render <文件 | -> --to html|docx|md [-o <文件>]

按官方格式排版年度报告：六个部分，表二的各项，表三的合并表头和勾稽关系说明，表四的分组表头。
正文中的 {{applications.newReceived.total}} 等占位符替换为表格中的数字。报告有问题时仍会排版
（在标准错误输出中给出问题数量，用 \`ogi check\` 查看详情）；不是有效 YAML 或没有写明已知格式的报告不能排版。

选项：
      --to <格式>         html（自带打印样式的独立网页）、docx（Word，A4）或 md（Markdown，合并单元格的表格用 HTML）
  -o, --output <文件>     写入这个文件（默认：标准输出；docx 必须指定）；不会覆盖报告本身，
                          覆盖其他已有文件需加 --force
      --force             允许 --output 覆盖已有文件
      --locale <语言>     本命令提示信息的语言：zh-CN 或 en（报告本身始终为中文）
  -h, --help              显示本帮助

退出码：0 已排版，2 用法错误、无法读取文件或无法读取报告。
`,
};

const options = {
  ...localeOption,
  to: { type: "string" },
  output: { type: "string", short: "o" },
  force: { type: "boolean" },
} as const;

const formats = ["html", "docx", "md"] as const;
type Format = (typeof formats)[number];

export const render: Command = {
  name: "render",
  summary: { zh: "按官方格式排版报告（HTML、DOCX、Markdown）", en: "lay a report out in the official format (HTML, DOCX, Markdown)" },
  async run(args, io) {
    const ready = prepare(io, "ogi render", args, options, true, help);
    if ("exit" in ready) return ready.exit;
    const { parsed, locale } = ready;
    const usage = (message: { zh: string; en: string }, hint?: { zh: string; en: string }) => reportUsage(io, locale, usageError(message, hint));

    const [file, ...extra] = parsed.positionals;
    if (file === undefined) return usage({ zh: "ogi render：请指定要排版的报告文件", en: "ogi render: name the report to render" }, { zh: "例如 ogi render report.yaml --to html", en: "as in ogi render report.yaml --to html" });
    if (extra.length > 0) return usage({ zh: `ogi render：多余的参数 '${extra[0]}'`, en: `ogi render: unexpected argument '${extra[0]}'` }, { zh: "一次排版一份报告", en: "render one report at a time" });
    const to = stringOption(parsed, "to");
    if (to === undefined) return usage({ zh: "ogi render：缺少 --to", en: "ogi render: --to is missing" }, { zh: "--to html、--to md，或 --to docx -o 报告.docx", en: "--to html, --to md, or --to docx -o report.docx" });
    if (!isFormat(to)) return reportUsage(io, locale, badValue("ogi render", "--to", to, [...formats]));
    const output = stringOption(parsed, "output");
    if (to === "docx" && output === undefined) {
      return usage({ zh: "ogi render：docx 是二进制文件，不能输出到终端", en: "ogi render: docx is a binary file and cannot go to stdout" }, { zh: "用 -o 指定文件，例如 -o 报告.docx", en: "name a file with -o, as in -o report.docx" });
    }

    const plan = output === undefined ? undefined : planOutput(output, io.cwd, file === "-" ? [] : [{ path: resolve(io.cwd, file), display: file }], flag(parsed, "force"));
    if (plan && "refused" in plan) return reportUsage(io, locale, outputRefusal("ogi render", output!, plan.refused, io.cwd));

    const display = file === "-" ? "<stdin>" : file;
    let text: string;
    try {
      text = file === "-" ? await io.readStdin() : readTextFile(resolve(io.cwd, file));
    } catch (error) {
      io.stderr(`ogi: ${t(locale, { zh: `无法读取 ${display}`, en: `cannot read ${display}` })}: ${describeFsError(error, locale)}\n`);
      return EXIT_TROUBLE;
    }

    // Loaded only here, so that `ogi check` never pays for the DOCX library.
    const { readReport, renderDocx, renderHtml, renderMarkdown } = await import("@ogi-report/render");
    const { findings } = checkText(text, { locale });
    const read = readReport(text);
    if (!read.ok) {
      const { where, reason } = blockingReason(read.problem, findings, display, locale);
      io.stderr(terminalText(`ogi: ${t(locale, { zh: `无法排版 ${where}`, en: `cannot render ${where}` })}: ${reason}`) + "\n");
      return EXIT_TROUBLE;
    }
    warnAboutFindings(io, findings, terminalText(display), locale);

    const content: string | Uint8Array =
      to === "html" ? renderHtml(read.input, { standalone: true, locale }) : to === "md" ? renderMarkdown(read.input) : await renderDocx(read.input);
    if (plan === undefined) {
      io.stdout(content as string);
      return EXIT_OK;
    }
    try {
      writeOutput(plan, content);
    } catch (error) {
      io.stderr(`ogi: ${t(locale, { zh: `无法写入 ${output}`, en: `cannot write ${output}` })}: ${describeFsError(error, locale)}\n`);
      return EXIT_TROUBLE;
    }
    return EXIT_OK;
  },
};

function isFormat(value: string): value is Format {
  return (formats as readonly string[]).includes(value);
}

/** The checker's own words for what stops rendering, and where: the same message `ogi check` prints. */
function blockingReason(problem: ReadProblem, findings: Finding[], display: string, locale: Locale): { where: string; reason: string } {
  const finding =
    problem.code === "template"
      ? findings.find((f) => f.ruleId === "schema" && f.path === "/template")
      : findings.find((f) => f.ruleId === "yaml-syntax");
  if (finding) return { where: `${display}:${finding.range.start.line + 1}:${finding.range.start.character + 1}`, reason: finding.message };
  const written = problem.code === "template" ? String(problem.written) : "";
  return {
    where: display,
    reason:
      problem.code === "template"
        ? t(locale, { zh: `格式 '${written}' 未知（应为 "2021" 或 "2019"）`, en: `unknown template '${written}' (expected "2021" or "2019")` })
        : t(locale, { zh: "不是有效的年度报告 YAML", en: "not a valid report YAML" }),
  };
}

/** One line on stderr: rendering goes on, but nobody should publish without seeing what `ogi check` says. */
function warnAboutFindings(io: Io, findings: Finding[], display: string, locale: Locale): void {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  if (errors + warnings === 0) return;
  io.stderr(
    `ogi: ${t(locale, {
      zh: `${display} 有 ${errors} 个错误、${warnings} 个警告，仍已排版；运行 ogi check ${display} 查看详情`,
      en: `${display} has ${errors} error${errors === 1 ? "" : "s"} and ${warnings} warning${warnings === 1 ? "" : "s"}; rendered anyway. Run ogi check ${display} for details`,
    })}\n`,
  );
}
