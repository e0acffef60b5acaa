import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { generateConfigSchema, generateReportSchema } from "@ogi-report/core";
import { flag, stringOption, usageError } from "../args.js";
import { EXIT_OK, EXIT_TROUBLE } from "../exit.js";
import { t } from "../locale.js";
import { describeFsError, reportUsage } from "../report-error.js";
import { localeOption, prepare } from "./common.js";
import type { Command } from "./types.js";

const help = {
  en: `Usage: ogi schema [--config] [--write <dir>]

Print the JSON Schema (draft-07) of the report format, or with --config the schema of .ogi.yaml.
Both are generated from the same tables the checker uses, byte for byte the published files.
Their $id (https://ogi-report.github.io/schema/…) names the format and stays while it is compatible.

Options:
      --config            print the config file's schema instead
      --write <dir>       write both files into <dir> (ogi-report.schema.json, ogi-config.schema.json),
                          for a repository that keeps its own copy
  -h, --help              show this help
`,
  zh: `用法：ogi schema [--config] [--write <文件夹>]

输出年度报告格式的 JSON Schema（draft-07）；加 --config 时输出配置文件 .ogi.yaml 的 schema。
两者都由检查器所用的同一份模板数据生成，与发布的文件逐字节相同。
其 $id（https://ogi-report.github.io/schema/…）标识格式本身，格式保持兼容时不变。

选项：
      --config            改为输出配置文件的 schema
      --write <文件夹>    把两个文件（ogi-report.schema.json、ogi-config.schema.json）写入该文件夹，
                          供需要在仓库中保存副本的团队使用
  -h, --help              显示本帮助
`,
};

/** Same serialisation as core's scripts/write-generated.mjs, so the output equals the published file. */
const serialise = (value: unknown) => JSON.stringify(value, null, 2) + "\n";

export const schema: Command = {
  name: "schema",
  summary: { zh: "输出报告（或配置文件）的 JSON Schema", en: "print the report (or config) JSON Schema" },
  async run(args, io) {
    const ready = prepare(io, "ogi schema", args, { ...localeOption, config: { type: "boolean" }, write: { type: "string" } }, false, help);
    if ("exit" in ready) return ready.exit;
    const { parsed, locale } = ready;
    const dir = stringOption(parsed, "write");
    if (dir === undefined) {
      io.stdout(serialise(flag(parsed, "config") ? generateConfigSchema() : generateReportSchema()));
      return EXIT_OK;
    }
    if (flag(parsed, "config")) {
      return reportUsage(io, locale, usageError({ zh: "ogi schema：--write 总是写出两个文件，不需要 --config", en: "ogi schema: --write always writes both files; --config is not needed" }));
    }
    const files = { "ogi-report.schema.json": generateReportSchema(), "ogi-config.schema.json": generateConfigSchema() };
    const target = resolve(io.cwd, dir);
    for (const [name, value] of Object.entries(files)) {
      const file = join(target, name);
      try {
        mkdirSync(target, { recursive: true });
        writeFileSync(file, serialise(value));
      } catch (error) {
        io.stderr(`ogi: ${t(locale, { zh: `无法写入 ${join(dir, name)}`, en: `cannot write ${join(dir, name)}` })}: ${describeFsError(error, locale)}\n`);
        return EXIT_TROUBLE;
      }
      io.stderr(`${t(locale, { zh: "已写入", en: "wrote" })} ${join(dir, name)}\n`);
    }
    return EXIT_OK;
  },
};
