import { generateConfigSchema, generateReportSchema } from "@ogi-report/core";
import { flag } from "../args.js";
import { EXIT_OK } from "../exit.js";
import { localeOption, prepare } from "./common.js";
import type { Command } from "./types.js";

const help = {
  en: `Usage: ogi schema [--config]

Print the JSON Schema (draft-07) of the report format, or with --config the schema of .ogi.yaml.
Both are generated from the same tables the checker uses, byte for byte the published files.

Options:
      --config            print the config file's schema instead
  -h, --help              show this help
`,
  zh: `用法：ogi schema [--config]

输出年度报告格式的 JSON Schema（draft-07）；加 --config 时输出配置文件 .ogi.yaml 的 schema。
两者都由检查器所用的同一份模板数据生成，与发布的文件逐字节相同。

选项：
      --config            改为输出配置文件的 schema
  -h, --help              显示本帮助
`,
};

export const schema: Command = {
  name: "schema",
  summary: { zh: "输出报告（或配置文件）的 JSON Schema", en: "print the report (or config) JSON Schema" },
  async run(args, io) {
    const ready = prepare(io, "ogi schema", args, { ...localeOption, config: { type: "boolean" } }, false, help);
    if ("exit" in ready) return ready.exit;
    const value = flag(ready.parsed, "config") ? generateConfigSchema() : generateReportSchema();
    // Same serialisation as core's scripts/write-generated.mjs, so the output equals the published file.
    io.stdout(JSON.stringify(value, null, 2) + "\n");
    return EXIT_OK;
  },
};
