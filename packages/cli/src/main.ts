import { usageError } from "./args.js";
import { commands, type Command } from "./commands/index.js";
import { EXIT_OK, EXIT_TROUBLE } from "./exit.js";
import type { Io } from "./io.js";
import { localeFromEnv, t, type Locale } from "./locale.js";
import { describeError, reportUsage } from "./report-error.js";
import { closest } from "./suggest.js";
import { version } from "./version.js";

export type { Io } from "./io.js";
export { captureIo, type CapturedIo } from "./io.js";
export type { Command } from "./commands/types.js";
export { EXIT_FINDINGS, EXIT_OK, EXIT_TROUBLE } from "./exit.js";

/**
 * The whole CLI as a function: arguments (without `node` and the script) and the outside world in, exit code
 * out. Never throws and never exits the process; only bin.ts does that.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const locale = localeFromEnv(io.env);
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      io.stderr(globalHelp(locale));
      return EXIT_TROUBLE;
    }
    if (first === "--version" || first === "-v" || first === "-V") {
      io.stdout(`${version}\n`);
      return EXIT_OK;
    }
    if (first === "--help" || first === "-h" || first === "help") {
      const named = rest[0] !== undefined ? findCommand(rest[0]) : undefined;
      if (named) return await named.run(["--help", ...rest.slice(1)], io);
      io.stdout(globalHelp(locale));
      return EXIT_OK;
    }
    if (first.startsWith("-")) {
      return reportUsage(io, locale, usageError({ zh: `ogi：未知选项 '${first}'`, en: `ogi: unknown option '${first}'` }, { zh: "选项写在命令之后，例如 `ogi check --format json`；运行 `ogi --help` 查看命令", en: "options go after the command, as in `ogi check --format json`; run `ogi --help` for the commands" }));
    }
    const command = findCommand(first);
    if (!command) {
      const guess = closest(first, commands.map((c) => c.name));
      return reportUsage(
        io,
        locale,
        usageError(
          { zh: `ogi：未知命令 '${first}'`, en: `ogi: unknown command '${first}'` },
          guess ? { zh: `是不是 'ogi ${guess}'？运行 \`ogi --help\` 查看命令`, en: `did you mean 'ogi ${guess}'? Run \`ogi --help\` for the commands` } : { zh: "运行 `ogi --help` 查看命令", en: "run `ogi --help` for the commands" },
        ),
      );
    }
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(`ogi: ${t(locale, { zh: "内部错误", en: "internal error" })}: ${describeError(error)}\n`);
    if (io.env.OGI_DEBUG && error instanceof Error && error.stack) io.stderr(error.stack + "\n");
    else io.stderr(t(locale, { zh: "（设置 OGI_DEBUG=1 可看到详细信息；请报告这个问题）\n", en: "(set OGI_DEBUG=1 for details; please report this)\n" }));
    return EXIT_TROUBLE;
  }
}

function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}

function globalHelp(locale: Locale): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${t(locale, c.summary)}`).join("\n");
  return t(locale, {
    en: `ogi ${version} — check 政府信息公开工作年度报告 (OGI annual reports) written as YAML

Usage: ogi <command> [options]

Commands:
${list}

Run \`ogi <command> --help\` for a command's options.
Options: -h, --help (this help), -v, --version (the version).
Exit status: 0 no errors, 1 errors found, 2 usage, config or read error.
`,
    zh: `ogi ${version} — 检查以 YAML 编写的政府信息公开工作年度报告

用法：ogi <命令> [选项]

命令：
${list}

运行 \`ogi <命令> --help\` 查看命令的选项。
选项：-h, --help（本帮助），-v, --version（版本号）。
退出码：0 没有错误，1 发现错误，2 用法、配置或读取错误。
`,
  });
}
