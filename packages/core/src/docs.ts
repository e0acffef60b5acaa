import { UNSUPPRESSIBLE } from "./suppress.js";
import type { RuleMeta } from "./rules/types.js";
import { docExamples, type DocExample } from "./rules/doc-examples.generated.js";

/** Where rule docs are published; findings link here (SARIF helpUri, LSP codeDescription). */
export const DOCS_BASE_URL = "https://github.com/ogi-report/ogi-report/blob/main/docs/rules/";

export function ruleDocUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}

/** One case of the rule's case table: what the document is, then its YAML and the files beside it. */
function exampleMarkdown(ruleId: string, heading: string, example: DocExample): string[] {
  const yaml = (text: string) => ["```yaml", text.trimEnd(), "```"];
  const keys = (names: string[]) => names.map((k) => `\`${k}\``).join(", ");
  const basedOn = (c: { seed?: boolean; drop?: string[] }) =>
    c.seed ? [`以 \`examples/seed-2025.yaml\` 为底${c.drop ? `，去掉 ${keys(c.drop)}` : ""}，换上以下部分 / \`examples/seed-2025.yaml\`${c.drop ? ` without ${keys(c.drop)},` : ""} with these parts in place of its own:`, ""] : [];
  const lines = [`### ${heading}: ${example.name}`, "", ...basedOn(example), ...yaml(example.report)];
  for (const [name, file] of Object.entries(example.files ?? {})) {
    const c = typeof file === "string" ? { report: file } : file;
    lines.push("", `\`${name}\` (beside it):`, "", ...basedOn(c), ...yaml(c.report));
  }
  if (example.findings) lines.push("", ...example.findings.map((path) => `- \`${ruleId}\` ${path ? `at \`${path}\`` : "(the whole document)"}`));
  return lines;
}

/** One rule's documentation page, generated from its metadata and its case table. */
export function ruleDocMarkdown(meta: RuleMeta): string {
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
    ...configuration(meta),
  ];
  const examples = docExamples[meta.id];
  if (examples) {
    lines.push("", "## 示例 / Examples", "", ...exampleMarkdown(meta.id, "正确 / Correct", examples.valid), "");
    lines.push(...exampleMarkdown(meta.id, "错误 / Incorrect", examples.invalid));
  }
  lines.push("", "<!-- generated from rule metadata and packages/core/test/rule-cases by packages/core/scripts/write-generated.mjs; do not edit -->", "");
  return lines.join("\n");
}

/** How a rule is configured and silenced once; the tool's own failure is neither, and some rules cannot be silenced. */
function configuration({ id, scope }: RuleMeta): string[] {
  if (scope === "tool") return ["## 配置 / Configuration", "", "不能关闭，也不能用注释禁用。/ It cannot be switched off or suppressed."];
  const why = UNSUPPRESSIBLE.get(id);
  const once = why
    ? [`这条规则的问题不能用注释禁用：${why.zh}。/ Its findings cannot be suppressed with a comment: ${why.en}.`]
    : ["单处例外 / one exception:", "", "```yaml", `# ogi-disable-next-line ${id} -- 理由 / reason`, "```"];
  return ["## 配置 / Configuration", "", "```yaml", "# .ogi.yaml", "rules:", `  ${id}: warning   # error | warning | info | off`, "```", "", ...once];
}
