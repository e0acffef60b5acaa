import { reportRules } from "../rules/index.js";

/** The config file's own schema, generated from rule metadata (editors validate `.ogi.yaml` with it). */
export function generateConfigSchema(): Record<string, unknown> {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://ogi-report.github.io/schema/ogi-config.schema.json",
    title: "OGI Report 配置 / OGI Report configuration",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      locale: { title: "消息语言 / Message language", enum: ["zh-CN", "en"] },
      root: { title: "不再向上查找 / Stop looking further up", type: "boolean" },
      rules: {
        title: "规则严重程度 / Rule severities",
        type: "object",
        additionalProperties: false,
        properties: Object.fromEntries(
          // `internal` is the tool failing, not a rule about the report: it cannot be switched off.
          reportRules.map((r) => [
            r.id,
            {
              title: `${r.title.zh} / ${r.title.en}`,
              description: `${r.description.zh}\n${r.description.en}\n默认 / default: ${r.defaultSeverity}`,
              enum: ["error", "warning", "info", "off"],
            },
          ]),
        ),
      },
    },
  };
}
