import { readTextFile } from "@ogi-report/node-shell";
import { extname, resolve } from "node:path";
import type { InputKind } from "@ogi-report/import";
import { binaryKindOf, importBinary } from "./import-document.js";
import { finishImport } from "./import-result.js";
import { fileTextOption, flag, isUsageError, stringOption, usageError } from "../args.js";
import { EXIT_TROUBLE } from "../exit.js";
import { outputRefusal, planOutput } from "../output-file.js";
import { t } from "../locale.js";
import { describeFsError, reportUsage } from "../report-error.js";
import { badValue, localeOption, prepare } from "./common.js";
import type { Command } from "./types.js";

const help = {
  en: `Usage: ogi import <file.html | file.txt | file.docx | file.pdf | -> [-o <out.yaml>]

Turn a report — a Word file (.docx), a PDF with a text layer, an HTML page, or text as crawled — into report YAML.
Tables are read with the template's labels; digits that run together are split by the row and column
identities. A cell the source does not settle is left empty (null) and named on stderr, never guessed;
a blank published cell stays blank.

Options:
  -o, --output <file>     write the YAML to this file (default: stdout); never over the source,
                          over another existing file only with --force
      --force             let --output replace an existing file
      --kind <kind>       html, text, docx or pdf (default: from the file name, else from the content)
      --agency <name>     the agency, when the document does not name it
      --year <year>       the report year, when the document does not say it
      --locale <locale>   zh-CN or en, for the messages
  -h, --help              show this help

On stderr: tables found, cells read, cells uncertain, then every diagnostic with its place in the source.
Exit status: 0 imported, 1 imported with errors (a table, row or part not found), 2 usage error or unreadable file.
`,
  zh: `用法：ogi import <文件.html | 文件.txt | 文件.docx | 文件.pdf | -> [-o <输出.yaml>]

把年度报告（Word 文件 .docx、带文字层的 PDF、网页 HTML，或抓取的文本）转换为报告 YAML。按模板的标签读表；
连在一起的数字按行、列勾稽关系拆分。原文无法确定的单元格留空（null）并在标准错误输出中说明，
绝不猜测；原文空白的单元格保持空白。

选项：
  -o, --output <文件>     把 YAML 写入这个文件（默认：标准输出）；不会覆盖原文件，覆盖其他已有文件需加 --force
      --force             允许 --output 覆盖已有文件
      --kind <类型>       html、text、docx 或 pdf（默认：按文件名判断，否则按内容判断）
      --agency <名称>     文档中没有机关名称时使用
      --year <年度>       文档中没有报告年度时使用
      --locale <语言>     提示信息的语言：zh-CN 或 en
  -h, --help              显示本帮助

标准错误输出：找到的表格数、读出的单元格数、不确定的单元格数，以及每条诊断及其在原文中的位置。
退出码：0 已导入，1 已导入但有错误（缺表、缺行或缺部分），2 用法错误或无法读取文件。
`,
};

const options = {
  ...localeOption,
  output: { type: "string", short: "o" },
  force: { type: "boolean" },
  kind: { type: "string" },
  agency: { type: "string" },
  year: { type: "string" },
} as const;

/** html for .html/.htm, text for anything else, unless the content is plainly markup. */
export function kindOf(file: string, text: string): InputKind {
  const ext = extname(file).toLowerCase();
  if (ext === ".html" || ext === ".htm" || ext === ".xhtml") return "html";
  if (ext === ".txt" || ext === ".md") return "text";
  return /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype|html|head|body|div|p|table|meta)\b/i.test(text) ? "html" : "text";
}

export const importCommand: Command = {
  name: "import",
  summary: { zh: "把已发布的报告（HTML 或文本）导入为 YAML", en: "import a published report (HTML or text) as YAML" },
  async run(args, io) {
    const ready = prepare(io, "ogi import", args, options, true, help);
    if ("exit" in ready) return ready.exit;
    const { parsed, locale } = ready;
    const usage = (message: { zh: string; en: string }, hint?: { zh: string; en: string }) => reportUsage(io, locale, usageError(message, hint));

    const [file, ...extra] = parsed.positionals;
    if (file === undefined) return usage({ zh: "ogi import：请指定要导入的文件", en: "ogi import: name the file to import" }, { zh: "例如 ogi import 年报.html -o 年报.yaml", en: "as in ogi import report.html -o report.yaml" });
    if (extra.length > 0) return usage({ zh: `ogi import：多余的参数 '${extra[0]}'`, en: `ogi import: unexpected argument '${extra[0]}'` }, { zh: "一次导入一份报告", en: "import one report at a time" });
    const kindFlag = stringOption(parsed, "kind");
    if (kindFlag !== undefined && !["html", "text", "docx", "pdf"].includes(kindFlag)) return reportUsage(io, locale, badValue("ogi import", "--kind", kindFlag, ["html", "text", "docx", "pdf"]));
    const yearFlag = stringOption(parsed, "year");
    if (yearFlag !== undefined && !/^\d{4}$/.test(yearFlag)) return reportUsage(io, locale, badValue("ogi import", "--year", yearFlag, ["2019", "2020", "…"]));
    const agency = fileTextOption("ogi import", parsed, "agency");
    if (isUsageError(agency)) return reportUsage(io, locale, agency);

    const output = stringOption(parsed, "output");
    const plan = output === undefined ? undefined : planOutput(output, io.cwd, file === "-" ? [] : [{ path: resolve(io.cwd, file), display: file }], flag(parsed, "force"));
    if (plan && "refused" in plan) return reportUsage(io, locale, outputRefusal("ogi import", output!, plan.refused, io.cwd));

    const display = file === "-" ? "<stdin>" : file;
    // Word and PDF are read as bytes and imported by check/source-document.ts.
    const documentKind = kindFlag === "docx" || kindFlag === "pdf" ? kindFlag : kindFlag === undefined && file !== "-" ? binaryKindOf(file) : undefined;
    if (documentKind) return importBinary(io, locale, resolve(io.cwd, file), display, documentKind, plan, { ...(agency ? { agency } : {}), ...(yearFlag ? { year: Number(yearFlag) } : {}) });
    let text: string;
    try {
      text = file === "-" ? await io.readStdin() : readTextFile(resolve(io.cwd, file));
    } catch (error) {
      io.stderr(`ogi: ${t(locale, { zh: `无法读取 ${display}`, en: `cannot read ${display}` })}: ${describeFsError(error, locale)}\n`);
      return EXIT_TROUBLE;
    }
    // Loaded only here: the HTML parser is not for `ogi check` to initialise at start-up.
    const { importReport } = await import("@ogi-report/import");
    const result = importReport(text, (kindFlag as InputKind | undefined) ?? kindOf(file === "-" ? "" : file, text), {
      ...(file !== "-" ? { source: file } : {}),
      ...(agency ? { agency } : {}),
      ...(yearFlag ? { year: Number(yearFlag) } : {}),
    });

    return finishImport(io, locale, result, display, plan);
  },
};
