import type { Text } from "./templates/types.js";
import type { SyntaxProblem } from "./yaml/parse.js";

export function syntaxMessage(p: SyntaxProblem): Text {
  switch (p.code) {
    case "too-large":
      return { zh: `文件过大（${p.message} 个字符），未检查`, en: `File too large (${p.message} characters); not checked` };
    case "duplicate-key":
      return { zh: `重复的键「${p.message}」：同一个键只能出现一次`, en: `Duplicate key “${p.message}”: a key may appear only once` };
    case "alias-limit":
      return { zh: `别名展开超过 ${p.message} 个节点（疑似“别名炸弹”），未检查`, en: `Aliases expand to more than ${p.message} nodes (an alias bomb?); not checked` };
    case "too-deep":
      return { zh: `嵌套层数过深（超过 ${p.message} 层），未检查`, en: `Nesting too deep (more than ${p.message} levels); not checked` };
    case "yaml-version":
      return {
        zh: `报告使用 YAML 1.2：%YAML ${p.message} 指令无效，仍按 YAML 1.2 读取（例如 0445 读作 445）`,
        en: `Reports are YAML 1.2: the %YAML ${p.message} directive is not followed, the file is read as YAML 1.2 (0445 is 445)`,
      };
    case "custom-tag":
      return { zh: `不支持自定义标签 ${p.message}（按普通文本读取，不会执行）`, en: `Custom tag ${p.message} is not supported (read as plain text, never executed)` };
    case "complex-key":
      return { zh: "键必须是简单文本", en: "Keys must be plain text" };
    case "not-a-mapping":
      return { zh: "报告的顶层必须是映射（template:、agency:、year: ……）", en: "A report must be a mapping at the top (template:, agency:, year: …)" };
    case "internal":
      return { zh: `无法读取 YAML：${p.message}`, en: `Could not read the YAML: ${p.message}` };
    case "syntax":
      return { zh: `YAML 语法错误：${p.message}`, en: `YAML syntax error: ${p.message}` };
  }
}
