import type { Locale, RuleId } from "../findings.js";
import type { SeveritySetting } from "../check.js";
import { LineIndex, type Range } from "../positions.js";
import { allRules, isRuleId } from "../rules/index.js";
import { parseYaml } from "../yaml/parse.js";
import { syntaxMessage } from "../syntax-messages.js";

/** The config file's names, looked for from the document's folder upwards; the nearest wins. */
export const CONFIG_FILE_NAMES = [".ogi.yaml", ".ogi.yml", "ogi.config.yaml"];

export interface OgiConfig {
  locale?: Locale;
  rules: Partial<Record<RuleId, SeveritySetting>>;
  /** Stop looking further up (like ESLint's root: true). */
  root?: boolean;
}

export interface ConfigError {
  code: "config-syntax" | "config-key" | "config-value";
  message: string;
  file: string;
  range: Range;
}

export interface LoadedConfig {
  config: OgiConfig;
  errors: ConfigError[];
}

const SEVERITIES = new Set(["error", "warning", "info", "off"]);

/** Parse and validate a config file's text. Errors are values with a location, never exceptions. */
export function parseConfig(text: string, file: string): LoadedConfig {
  const lines = new LineIndex(text);
  const errors: ConfigError[] = [];
  const config: OgiConfig = { rules: {} };
  const parsed = parseYaml(text);
  const err = (code: ConfigError["code"], message: string, start: number, end: number) =>
    errors.push({ code, message, file, range: lines.range(start, end) });
  for (const p of parsed.problems) err("config-syntax", syntaxMessage(p).en, p.start, p.end);
  const root = parsed.root;
  if (!root || root.kind !== "map") return { config, errors };
  for (const pair of root.pairs) {
    const v = pair.value;
    if (pair.key === "locale") {
      if (v.kind === "scalar" && (v.value === "zh-CN" || v.value === "en")) config.locale = v.value;
      else err("config-value", `locale must be "zh-CN" or "en"`, v.start, v.end);
    } else if (pair.key === "root") {
      if (v.kind === "scalar" && typeof v.value === "boolean") config.root = v.value;
      else err("config-value", "root must be true or false", v.start, v.end);
    } else if (pair.key === "rules") {
      if (v.kind !== "map") {
        err("config-value", "rules must be a mapping of rule id to error | warning | info | off", v.start, v.end);
        continue;
      }
      for (const rule of v.pairs) {
        if (!isRuleId(rule.key)) {
          err("config-key", `unknown rule "${rule.key}"`, rule.keyStart, rule.keyEnd);
          continue;
        }
        const s = rule.value;
        if (s.kind === "scalar" && typeof s.value === "string" && SEVERITIES.has(s.value)) config.rules[rule.key as RuleId] = s.value as SeveritySetting;
        else err("config-value", `severity of "${rule.key}" must be error, warning, info or off`, s.start, s.end);
      }
    } else if (pair.key !== "$schema") {
      err("config-key", `unknown key "${pair.key}" (known: locale, rules, root)`, pair.keyStart, pair.keyEnd);
    }
  }
  return { config, errors };
}

/** What the front end gives core to read files: markdownlint-cli2 style, so core stays free of Node APIs. */
export interface FileReader {
  /** The file's text, or undefined when there is none. */
  readFile(path: string): string | undefined;
}

export function dirname(path: string): string {
  const p = path.replace(/\\/g, "/").replace(/\/+$/, "");
  const i = p.lastIndexOf("/");
  if (i < 0) return ".";
  if (i === 0) return "/";
  return p.slice(0, i);
}

export function joinPath(dir: string, name: string): string {
  return dir === "/" ? `/${name}` : `${dir.replace(/\/+$/, "")}/${name}`;
}

export interface FoundConfig extends LoadedConfig {
  file?: string;
}

/** Walk up from a folder to the nearest config file (absolute folder paths expected). */
export function findConfig(startDir: string, reader: FileReader): FoundConfig {
  let dir = startDir.replace(/\\/g, "/");
  for (let i = 0; i < 256; i++) {
    for (const name of CONFIG_FILE_NAMES) {
      const file = joinPath(dir, name);
      const text = reader.readFile(file);
      if (text !== undefined) return { ...parseConfig(text, file), file };
    }
    const up = dirname(dir);
    if (up === dir || up === ".") break;
    dir = up;
  }
  return { config: { rules: {} }, errors: [] };
}

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
          allRules.map((r) => [
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
