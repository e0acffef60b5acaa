import type { Locale, Severity } from "@ogi-report/core";

/** Counted nouns for summaries: "1 error", "2 errors"; Chinese has no plural. */
export function count(locale: Locale, n: number, noun: "problem" | "error" | "warning" | "info" | "file" | "fix"): string {
  if (locale === "zh-CN") {
    const zh = { problem: "个问题", error: "个错误", warning: "个警告", info: "个提示", file: "个文件", fix: "处修复" }[noun];
    return `${n} ${zh}`;
  }
  const plural = { problem: "problems", error: "errors", warning: "warnings", info: "infos", file: "files", fix: "fixes" }[noun];
  return `${n} ${n === 1 ? noun : plural}`;
}

export function severityWord(locale: Locale, severity: Severity): string {
  if (locale === "zh-CN") return { error: "错误", warning: "警告", info: "提示" }[severity];
  return severity;
}
