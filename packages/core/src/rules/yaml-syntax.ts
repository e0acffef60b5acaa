import type { Rule } from "./types.js";

/** Reported by the parser stage (see check.ts); the rule exists for its metadata, docs and severity. */
export const yamlSyntax: Rule = {
  meta: {
    id: "yaml-syntax",
    defaultSeverity: "error",
    title: { zh: "YAML 语法", en: "YAML syntax" },
    description: {
      zh: "文件必须是合法的 YAML：没有重复的键、没有会无限展开的别名、没有自定义标签、大小与嵌套层数在限度内，顶层是映射。",
      en: "The file must be valid YAML: no duplicate keys, no aliases that blow up, no custom tags, size and nesting within limits, a mapping at the top.",
    },
    basis: { zh: "YAML 1.2 规范；OGI Report 报告格式。", en: "YAML 1.2; the OGI Report format." },
    fixable: false,
    scope: "document",
  },
  check() {},
};
