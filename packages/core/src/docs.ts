import { UNSUPPRESSIBLE } from "./suppress.js";
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
    ...configuration(meta.id),
  ];
  if (example) {
    lines.push("", "## 示例 / Example", "", "```yaml", example.broken.trimEnd(), "```", "", ...example.findings.map((f) => `- ${f}`));
  }
  lines.push("", "<!-- generated from rule metadata by packages/core/scripts/write-generated.mjs; do not edit -->", "");
  return lines.join("\n");
}

/** How a rule is configured and silenced once; `internal` is neither, and some rules cannot be silenced. */
function configuration(id: string): string[] {
  if (id === "internal") return ["## 配置 / Configuration", "", "不能关闭，也不能用注释禁用。/ It cannot be switched off or suppressed."];
  const once = UNSUPPRESSIBLE.has(id)
    ? ["不能用注释禁用：这类问题会改变其他 YAML 读取器读到的内容。/ It cannot be suppressed with a comment: such findings change what other YAML readers read."]
    : ["单处例外 / one exception:", "", "```yaml", `# ogi-disable-next-line ${id} -- 理由 / reason`, "```"];
  return ["## 配置 / Configuration", "", "```yaml", "# .ogi.yaml", "rules:", `  ${id}: warning   # error | warning | info | off`, "```", "", ...once];
}
