import { relative, resolve } from "node:path";
import type { Locale } from "@ogi-report/core";
import type { ConfigProblem, IgnoredConfig } from "@ogi-report/node-shell";

/** The config lookup is the one the editor uses (@ogi-report/node-shell). */
export { ConfigLookup as ConfigResolver, type ConfigMode, type ConfigProblem, type ResolvedConfig } from "@ogi-report/node-shell";

/** `file:line:col: message [code]`, the file relative to the working folder when inside it. */
export function formatConfigError(error: ConfigProblem, cwd: string): string {
  return `${shownPath(error.file, cwd)}:${error.range.start.line + 1}:${error.range.start.character + 1}: ${error.message} [${error.code}]`;
}

/** A config file the search passed over, and why: said once, so that a rule left on is no surprise. */
export function formatIgnoredConfig(ignored: IgnoredConfig, cwd: string, locale: Locale): string {
  return locale === "zh-CN" ? `忽略配置文件 ${shownPath(ignored.file, cwd)}：${ignored.reason.zh}` : `ignoring the config file ${shownPath(ignored.file, cwd)}: ${ignored.reason.en}`;
}

function shownPath(file: string, cwd: string): string {
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith("..") ? rel : abs;
}
