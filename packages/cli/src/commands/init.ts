import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { reportSkeleton, type TemplateId } from "@ogi-report/core";
import { fileTextOption, flag, isUsageError, stringOption } from "../args.js";
import { shippedSchemaPath } from "../assets.js";
import { EXIT_OK, EXIT_TROUBLE } from "../exit.js";
import { t } from "../locale.js";
import { outputRefusal, planOutput, writeOutput } from "../output-file.js";
import { describeFsError, reportUsage } from "../report-error.js";
import { badValue, localeOption, prepare } from "./common.js";
import type { Command } from "./types.js";

const help = {
  en: `Usage: ogi init [options]

Write a blank report: every part and table row, zeros in every cell, the column headers as comments and a
schema modeline for editors. It checks clean once the prose parts are written.

Options:
  -t, --template <id>     2021 (default; report years 2021 and later) or 2019 (2019 and 2020)
      --agency <name>     the reporting body (机关名称)
      --year <n>          the report year (default: last year)
  -o, --output <file>     write to this file (default: stdout); refuses to overwrite without --force
      --schema-ref <ref>  the modeline's $schema value (default: the shipped schema, relative to the
                          output file's folder, or to the current folder when printing to stdout)
      --force             overwrite an existing file
      --locale <locale>   zh-CN or en, for this command's messages
  -h, --help              show this help
`,
  zh: `用法：ogi init [选项]

生成一份空白年度报告：全部六个部分和表格的每一行，每个单元格为 0，列名写在注释里，并带有供编辑器使用的
schema 注释。填写文字部分后即可通过检查。

选项：
  -t, --template <格式>   2021（默认，适用于 2021 年及以后）或 2019（适用于 2019、2020 年）
      --agency <名称>     机关名称
      --year <年份>       报告年度（默认：上一年）
  -o, --output <文件>     写入这个文件（默认：标准输出）；文件已存在时不覆盖，除非加 --force
      --schema-ref <引用> 注释中 $schema 的值（默认：随附的 schema 文件，相对于输出文件所在文件夹；
                          输出到标准输出时相对于当前文件夹）
      --force             覆盖已有文件
      --locale <语言>     本命令提示信息的语言：zh-CN 或 en
  -h, --help              显示本帮助
`,
};

const options = {
  ...localeOption,
  template: { type: "string", short: "t" },
  agency: { type: "string" },
  year: { type: "string" },
  output: { type: "string", short: "o" },
  "schema-ref": { type: "string" },
  force: { type: "boolean" },
} as const;

export const init: Command = {
  name: "init",
  summary: { zh: "生成空白年度报告", en: "write a blank report to fill in" },
  async run(args, io) {
    const ready = prepare(io, "ogi init", args, options, false, help);
    if ("exit" in ready) return ready.exit;
    const { parsed, locale } = ready;
    const template = stringOption(parsed, "template") ?? "2021";
    if (template !== "2021" && template !== "2019") return reportUsage(io, locale, badValue("ogi init", "--template", template, ["2021", "2019"]));
    const yearText = stringOption(parsed, "year");
    if (yearText !== undefined && !/^\d{4}$/.test(yearText)) return reportUsage(io, locale, badValue("ogi init", "--year", yearText, ["2019", "2020", "…"]));
    const output = stringOption(parsed, "output");
    const target = output !== undefined ? resolve(io.cwd, output) : undefined;
    const givenRef = fileTextOption("ogi init", parsed, "schema-ref");
    if (isUsageError(givenRef)) return reportUsage(io, locale, givenRef);
    const agency = fileTextOption("ogi init", parsed, "agency");
    if (isUsageError(agency)) return reportUsage(io, locale, agency);
    const schemaRef = givenRef ?? relativeRef(target ? dirname(target) : io.cwd, shippedSchemaPath());

    const text = reportSkeleton({
      template: template as TemplateId,
      ...(agency !== undefined ? { agency } : {}),
      ...(yearText !== undefined ? { year: Number(yearText) } : {}),
      schemaRef,
    });
    if (target === undefined) {
      io.stdout(text);
      return EXIT_OK;
    }
    const plan = planOutput(output!, io.cwd, [], flag(parsed, "force"));
    if ("refused" in plan) return reportUsage(io, locale, outputRefusal("ogi init", output!, plan.refused, io.cwd));
    try {
      writeOutput(plan, text);
    } catch (error) {
      io.stderr(`ogi: ${t(locale, { zh: `无法写入 ${output}`, en: `cannot write ${output}` })}: ${describeFsError(error, locale)}\n`);
      return EXIT_TROUBLE;
    }
    io.stdout(
      t(locale, {
        zh: `已生成 ${output}（${template} 格式）。请填写文字部分（把「（待填写）」换成正文）和表格数字，然后运行：ogi check ${output}\n`,
        en: `Wrote ${output} (template ${template}). Write the prose parts (replace 「（待填写）」) and the figures, then run: ogi check ${output}\n`,
      }),
    );
    return EXIT_OK;
  },
};

/** A `$schema=` value that works from `fromDir`: relative with `/` when possible, else a file URL (another drive). */
export function relativeRef(fromDir: string, file: string): string {
  const rel = relative(fromDir, file);
  if (isAbsolute(rel)) return pathToFileURL(file).href;
  const posix = rel.split(sep).join("/");
  return posix.startsWith("../") ? posix : `./${posix}`;
}
