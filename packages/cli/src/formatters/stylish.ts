import type { Severity } from "@ogi-report/core";
import { colors } from "../color.js";
import { terminalText } from "../terminal-text.js";
import type { Formatter } from "./types.js";
import { count, severityWord } from "./words.js";

/**
 * For people: findings grouped by file, `line:col` counted from 1 as editors show them, the rule id last so
 * it can be looked up (`ogi rules <id>`), and one summary line.
 */
export const stylish: Formatter = ({ results, summary, locale, color }) => {
  const c = colors(color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.cyan };
  const lines: string[] = [];
  for (const r of results) {
    if (r.findings.length === 0) continue;
    const where = r.findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1}`);
    const whereWidth = Math.max(...where.map((w) => w.length));
    const sevWidth = Math.max(...r.findings.map((f) => severityWord(locale, f.severity).length));
    lines.push(c.underline(terminalText(r.display)));
    r.findings.forEach((f, i) => {
      const sev = severityWord(locale, f.severity);
      const msg = terminalText(f.message.replace(/\r?\n/g, " "));
      lines.push(`  ${c.dim(where[i]!.padEnd(whereWidth))}  ${paint[f.severity](sev.padEnd(sevWidth))}  ${msg}  ${c.dim(f.ruleId)}`);
      // One wrong cell breaks several sums: say which cell, so the reader mends the cause, not each symptom.
      for (const r of f.related.filter((x) => x.role === "likely-cause" || x.role === "misfiled-pair")) {
        const at = `${r.range.start.line + 1}:${r.range.start.character + 1}`;
        lines.push(`  ${" ".repeat(whereWidth)}  ${" ".repeat(sevWidth)}  ${c.dim("↳")} ${terminalText(r.message.replace(/\r?\n/g, " "))} ${c.dim(`(${at})`)}`);
      }
    });
    lines.push("");
  }
  const problems = summary.errors + summary.warnings + summary.infos;
  const fixes = results.reduce((n, r) => n + r.fixesApplied, 0);
  const fixedFiles = results.filter((r) => r.fixesApplied > 0).length;
  if (summary.files === 0) {
    lines.push(locale === "zh-CN" ? "没有检查任何报告" : "No reports checked");
  } else if (problems === 0) {
    lines.push(c.green(locale === "zh-CN" ? `✔ 已检查 ${count(locale, summary.files, "file")}，没有发现问题` : `✔ ${count(locale, summary.files, "file")} checked, no problems`));
  } else {
    const parts = [count(locale, summary.errors, "error"), count(locale, summary.warnings, "warning"), count(locale, summary.infos, "info")];
    const text =
      locale === "zh-CN"
        ? `✖ 已检查 ${count(locale, summary.files, "file")}，共 ${count(locale, problems, "problem")}（${parts.join("，")}）`
        : `✖ ${count(locale, problems, "problem")} (${parts.join(", ")}) in ${count(locale, summary.files, "file")}`;
    lines.push(c.bold(summary.errors > 0 ? c.red(text) : c.yellow(text)));
  }
  const fixable = results.reduce((n, r) => n + r.findings.filter((f) => f.fixes.some((x) => x.safe)).length, 0);
  if (fixable > 0) {
    lines.push(locale === "zh-CN" ? `  其中 ${count(locale, fixable, "problem")}可以用 \`--fix\` 自动修复` : `  ${count(locale, fixable, "problem")} fixable with \`--fix\``);
  }
  if (fixes > 0) {
    lines.push(locale === "zh-CN" ? `  已自动修复 ${fixes} 处（${count(locale, fixedFiles, "file")}）` : `  ${count(locale, fixes, "fix")} applied in ${count(locale, fixedFiles, "file")}`);
  }
  return { output: lines.join("\n") + "\n" };
};
