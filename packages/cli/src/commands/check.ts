import { appendFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { stringOption, flag, usageError } from "../args.js";
import { ConfigResolver, formatConfigError, formatIgnoredConfig, type ConfigMode, type ConfigProblem } from "../check/config.js";
import { resolveInputs, type Target } from "../check/inputs.js";
import { progressReporter } from "../check/progress.js";
import { runCheck, type FileProblem } from "../check/run.js";
import { useColor } from "../color.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_TROUBLE } from "../exit.js";
import { formatters, isFormatName, summarize } from "../formatters/index.js";
import { slimmers } from "../formatters/slim.js";
import { outputRefusal, planOutput, writeOutput, type OutputInput, type OutputPlan } from "../output-file.js";
import { localeFromEnv, t, type Locale } from "../locale.js";
import { describeError, describeFsError, reportUsage } from "../report-error.js";
import { terminalText } from "../terminal-text.js";
import { version } from "../version.js";
import { badValue, localeOption, prepare } from "./common.js";
import type { Command } from "./types.js";

const help = {
  en: `Usage: ogi check [options] [files | folders | globs | -]

Check reports. Folders are searched for *.yaml / *.yml (not node_modules or dot-folders);
a file found that way is checked only if it is a report (a top-level \`template:\` or an
ogi-report $schema modeline). Named files are always checked. \`-\` reads standard input.
With no argument, the current folder is checked.

Options:
  -f, --format <name>     stylish (default), json, sarif, github, junit,
                          codequality (GitLab)
  -o, --output <file>     write the report to a file instead of stdout (never over an input;
                          over another existing file only with --force)
      --force             let --output replace an existing file
      --locale <locale>   zh-CN or en (default: from the config file, else LC_ALL/LC_MESSAGES/LANG)
      --max-warnings <n>  exit 1 when there are more than n warnings (-1: no limit)
      --fix               apply safe fixes in place (with -, print the fixed text to stdout)
  -c, --config <file>     use this config file for every report
      --no-config         use no config file (default severities)
      --previous <file>   last year's report, in place of the report's own \`previous:\`
                          (for the cross-year rules; meant for checking one report)
      --allow-read <dir>  let reports reach files in this folder too (repeatable); by default
                          \`previous:\`, \`units:\` and --config stay inside the report's project
                          (the nearest folder with .ogi.yaml or .git, else the current folder)
  -h, --help              show this help

Exit status: 0 no errors, 1 errors (or too many warnings), 2 usage, config or read error.
`,
  zh: `用法：ogi check [选项] [文件 | 文件夹 | 通配符 | -]

检查年度报告。在文件夹中查找 *.yaml / *.yml（不进入 node_modules 和以点开头的文件夹），
这样找到的文件只有是年度报告时（顶层有 \`template:\` 或指向 ogi-report 的 $schema 注释）才检查；
直接写出的文件总是检查。\`-\` 表示从标准输入读取。不给参数时检查当前文件夹。

选项：
  -f, --format <格式>     stylish（默认）、json、sarif、github、junit、
                          codequality（GitLab）
  -o, --output <文件>     把结果写入文件而不是标准输出（不会覆盖输入文件；覆盖其他已有文件需加 --force）
      --force             允许 --output 覆盖已有文件
      --locale <语言>     zh-CN 或 en（默认取配置文件，其次 LC_ALL/LC_MESSAGES/LANG）
      --max-warnings <n>  警告多于 n 个时退出码为 1（-1 表示不限）
      --fix               就地应用安全修复（对 -，把修复后的文本写到标准输出）
  -c, --config <文件>     所有报告都使用这个配置文件
      --no-config         不使用配置文件（默认严重程度）
      --previous <文件>   上一年度报告，代替报告中的 \`previous:\`（用于跨年度规则；适合检查单份报告）
      --allow-read <文件夹> 允许报告读取这个文件夹中的文件（可重复）；默认 \`previous:\`、\`units:\`
                          和 --config 只能指向报告所属项目之内（最近的含 .ogi.yaml 或 .git 的文件夹，否则为当前文件夹）
  -h, --help              显示本帮助

退出码：0 没有错误，1 有错误（或警告过多），2 用法、配置或读取错误。
`,
};

const options = {
  ...localeOption,
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  force: { type: "boolean" },
  "max-warnings": { type: "string" },
  fix: { type: "boolean" },
  config: { type: "string", short: "c" },
  "no-config": { type: "boolean" },
  previous: { type: "string" },
  "allow-read": { type: "string", multiple: true },
} as const;

export const check: Command = {
  name: "check",
  summary: { zh: "检查年度报告（文件、文件夹、通配符或标准输入）", en: "check reports (files, folders, globs or stdin)" },
  async run(args, io) {
    const ready = prepare(io, "ogi check", args, options, true, help);
    if ("exit" in ready) return ready.exit;
    const { parsed, flagLocale } = ready;
    const envLocale = localeFromEnv(io.env);
    const usage = (e: ReturnType<typeof usageError>) => reportUsage(io, ready.locale, e);

    const format = stringOption(parsed, "format") ?? "stylish";
    if (!isFormatName(format)) return usage(badValue("ogi check", "--format", format, Object.keys(formatters)));
    const maxWarningsText = stringOption(parsed, "max-warnings");
    // -1 is "no limit", as in ESLint, whose users write it in scripts.
    const maxWarnings = maxWarningsText === undefined || maxWarningsText === "-1" ? undefined : /^\d+$/.test(maxWarningsText) ? Number(maxWarningsText) : NaN;
    if (Number.isNaN(maxWarnings)) {
      return usage(
        usageError(
          { zh: `ogi check：--max-warnings 必须是 0 或更大的整数（-1 表示不限）；收到 '${maxWarningsText}'`, en: `ogi check: --max-warnings must be a whole number, 0 or more (or -1 for no limit); got '${maxWarningsText}'` },
          { zh: "例如 --max-warnings 0", en: "as in --max-warnings 0" },
        ),
      );
    }
    const configPath = stringOption(parsed, "config");
    if (configPath !== undefined && flag(parsed, "no-config")) {
      return usage(usageError({ zh: "ogi check：--config 和 --no-config 不能同时使用", en: "ogi check: --config and --no-config cannot be used together" }));
    }
    const mode: ConfigMode = flag(parsed, "no-config") ? { kind: "none" } : configPath !== undefined ? { kind: "file", path: resolve(io.cwd, configPath) } : { kind: "search" };
    const fix = flag(parsed, "fix");
    const previous = stringOption(parsed, "previous");
    const allowRead = ((parsed.values["allow-read"] as string[] | undefined) ?? []).map((dir) => resolve(io.cwd, dir));

    const configs = new ConfigResolver(mode, { cwd: io.cwd, allowRead });
    // The CLI's own words follow the flag, else the project's config (the one for the working folder), else the environment.
    const cwdConfig = configs.forFolder(io.cwd);
    const locale: Locale = flagLocale ?? (cwdConfig.errors.length === 0 ? cwdConfig.config.locale : undefined) ?? envLocale;

    const inputs = await resolveInputs(parsed.positionals.length > 0 ? parsed.positionals : ["."], io.cwd);

    // A broken config would silently change what is checked: stop before checking anything.
    const configErrors = collectConfigErrors(inputs.targets, configs, io.cwd, (message) => io.stderr(`ogi: ${message}\n`), locale);
    if (configErrors.length > 0) {
      for (const e of configErrors) io.stderr(`ogi: ${locale === "zh-CN" ? "配置错误" : "config error"}: ${formatConfigError(e, io.cwd)}\n`);
      return EXIT_TROUBLE;
    }

    // Decided before anything is checked or fixed: a refused output changes nothing.
    const outputPath = stringOption(parsed, "output");
    let output: OutputPlan | undefined;
    if (outputPath !== undefined) {
      const planned = planOutput(outputPath, io.cwd, outputInputs(inputs.targets, mode, previous, io.cwd), flag(parsed, "force"));
      if ("refused" in planned) return reportUsage(io, locale, outputRefusal("ogi check", outputPath, planned.refused, io.cwd));
      output = planned;
    }

    let trouble = false;
    for (const p of inputs.problems) {
      trouble = true;
      const display = terminalText(p.display);
      io.stderr(
        p.kind === "no-match"
          ? `ogi: ${t(locale, { zh: `没有文件匹配 ${display}`, en: `no files match ${display}` })}\n`
          : `ogi: ${t(locale, { zh: `无法读取 ${display}`, en: `cannot read ${display}` })}: ${describeFsError(p.error, locale)}\n`,
      );
    }

    const progress = progressReporter(io, inputs.targets.length, locale);
    const run = await runCheck(inputs.targets, io, {
      ...(flagLocale ? { locale: flagLocale } : {}),
      envLocale,
      fix,
      configs,
      ...(previous !== undefined ? { previous: resolve(io.cwd, previous) } : {}),
      // The file named by --previous is the user's own choice: readable wherever it is (still a regular file within the cap).
      ...(allowRead.length > 0 || previous !== undefined ? { allowRead: [...allowRead, ...(previous !== undefined ? [resolve(io.cwd, previous)] : [])] } : {}),
      onProgress: progress.update,
      ...(slimmers[format] ? { keep: slimmers[format] } : {}),
      format,
    });
    progress.done();
    for (const p of run.problems) {
      trouble = true;
      io.stderr(`ogi: ${describeProblem({ ...p, display: terminalText(p.display) }, locale)}\n`);
    }

    const summary = summarize(run.results);
    // With --fix on stdin, stdout carries the fixed text, so the report moves to stderr (or --output).
    const reportToStderr = run.fixedStdin !== undefined && outputPath === undefined;
    const colorStream = outputPath !== undefined ? false : reportToStderr ? io.stderrIsTTY : io.stdoutIsTTY;
    const formatted = formatters[format]({ results: run.results, summary, cwd: io.cwd, locale, color: useColor(colorStream, io.env), version });

    let report = formatted.output;
    if (formatted.stepSummary !== undefined) {
      const summaryFile = io.env.GITHUB_STEP_SUMMARY;
      if (summaryFile) {
        try {
          appendFileSync(summaryFile, formatted.stepSummary + "\n");
        } catch (error) {
          trouble = true;
          io.stderr(`ogi: ${t(locale, { zh: "无法写入 GITHUB_STEP_SUMMARY", en: "cannot write GITHUB_STEP_SUMMARY" })} (${summaryFile}): ${describeFsError(error, locale)}\n`);
        }
      } else {
        report += formatted.stepSummary;
      }
    }

    if (run.fixedStdin !== undefined) io.stdout(run.fixedStdin);
    if (output !== undefined) {
      try {
        writeOutput(output, report);
      } catch (error) {
        io.stderr(`ogi: ${t(locale, { zh: `无法写入 ${outputPath}`, en: `cannot write ${outputPath}` })}: ${describeFsError(error, locale)}\n`);
        return EXIT_TROUBLE;
      }
    } else if (reportToStderr) {
      io.stderr(report);
    } else {
      io.stdout(report);
    }

    const tooManyWarnings = maxWarnings !== undefined && summary.warnings > maxWarnings;
    if (tooManyWarnings) {
      io.stderr(
        `ogi: ${t(locale, {
          zh: `警告过多：${summary.warnings} 个，上限为 ${maxWarnings}（--max-warnings）`,
          en: `too many warnings: ${summary.warnings}, the maximum is ${maxWarnings} (--max-warnings)`,
        })}\n`,
      );
    }
    if (trouble) return EXIT_TROUBLE;
    return summary.errors > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
  },
};

/** What `--output` must never replace: every file checked, the config named with --config, and --previous. */
function outputInputs(targets: Target[], mode: ConfigMode, previous: string | undefined, cwd: string): OutputInput[] {
  const files: OutputInput[] = targets.flatMap((t) => (t.kind === "file" ? [{ path: t.absPath, display: t.display }] : []));
  if (mode.kind === "file") files.push({ path: mode.path, display: "--config" });
  if (previous !== undefined) files.push({ path: resolve(cwd, previous), display: "--previous" });
  return files;
}

/** Every distinct config error among the configs the targets will use; config files passed over are said once. */
function collectConfigErrors(targets: Target[], configs: ConfigResolver, cwd: string, warn: (message: string) => void, locale: Locale): ConfigProblem[] {
  const seen = new Set<string>();
  const out: ConfigProblem[] = [];
  for (const target of targets) {
    const found = configs.forFolder(target.kind === "file" ? dirname(target.absPath) : cwd);
    for (const ignored of found.ignored) {
      const key = `ignored:${ignored.file}`;
      if (seen.has(key)) continue;
      seen.add(key);
      warn(formatIgnoredConfig(ignored, cwd, locale));
    }
    for (const e of found.errors) {
      const key = formatConfigError(e, cwd);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(e);
    }
  }
  return out;
}

function describeProblem(p: FileProblem, locale: Locale): string {
  switch (p.kind) {
    case "unreadable":
      return `${t(locale, { zh: `无法读取 ${p.display}`, en: `cannot read ${p.display}` })}: ${describeFsError(p.error, locale)}`;
    case "unwritable":
      return `${t(locale, { zh: `无法写回修复后的 ${p.display}`, en: `cannot write the fixed ${p.display}` })}: ${describeFsError(p.error, locale)}`;
    case "not-fixed":
      return p.reason === "changed"
        ? t(locale, { zh: `未修复 ${p.display}：检查期间文件已被修改，没有覆盖；请重新运行 --fix`, en: `not fixed: ${p.display} changed on disk while it was checked; it was left as it is (run --fix again)` })
        : t(locale, { zh: `未修复 ${p.display}：文件是只读的；结果为磁盘上的原文件`, en: `not fixed: ${p.display} is read-only; the findings are those of the file as it is on disk` });
    case "internal":
      return p.errors
        .map((e) => {
          const what =
            e.ruleId === "internal"
              ? { zh: `内部错误：检查 ${p.display} 时出错`, en: `internal error: checking ${p.display} failed` }
              : { zh: `内部错误：检查 ${p.display} 时规则 ${e.ruleId} 出错`, en: `internal error: rule ${e.ruleId} failed on ${p.display}` };
          return `${t(locale, what)}: ${describeError(e.message)}`;
        })
        .join("\nogi: ");
  }
}
