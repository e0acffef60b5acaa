import type { RuleMeta } from "./rules/types.js";

/** Where rule docs are published; findings link here (SARIF helpUri, LSP codeDescription). */
export const DOCS_BASE_URL = "https://github.com/ogi-report/ogi-report/blob/main/docs/rules/";

export function ruleDocUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}

/** One rule's documentation page, generated from its metadata. */
export function ruleDocMarkdown(meta: RuleMeta, example?: { broken: string; findings: string[] }): string {
  const lines = [
    `# ${meta.id}`,
    "",
    `**${meta.title.zh}** — ${meta.title.en}`,
    "",
    `| | |`,
    `|---|---|`,
    `| 默认严重程度 / default severity | \`${meta.defaultSeverity}\` |`,
    `| 可自动修复 / fixes offered | ${meta.fixable ? "是 / yes" : "否 / no"} |`,
    "",
    "## 说明",
    "",
    meta.description.zh,
    "",
    "## Description",
    "",
    meta.description.en,
    "",
    "## 依据 / Basis",
    "",
    `${meta.basis.zh}`,
    "",
    `${meta.basis.en}`,
    "",
    "## 配置 / Configuration",
    "",
    "```yaml",
    "# .ogi.yaml",
    "rules:",
    `  ${meta.id}: warning   # error | warning | info | off`,
    "```",
    "",
    "单处例外 / one exception:",
    "",
    "```yaml",
    `# ogi-disable-next-line ${meta.id} -- 理由 / reason`,
    "```",
  ];
  if (example) {
    lines.push("", "## 示例 / Example", "", "```yaml", example.broken.trimEnd(), "```", "", ...example.findings.map((f) => `- ${f}`));
  }
  lines.push("", "<!-- generated from rule metadata by packages/core/scripts/write-generated.mjs; do not edit -->", "");
  return lines.join("\n");
}
