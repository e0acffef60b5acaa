import type { Locale, RuleId, SeveritySetting } from "../findings.js";
import { LineIndex, type Range } from "../positions.js";
import { isRuleId } from "../rules/index.js";
import type { ErrorObject } from "ajv";
import { locate } from "../rules/locate.js";
import { toPlain } from "../yaml/tree.js";
import { validateConfig } from "./validate-config.generated.js";
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
const NOT_A_MAPPING = "the configuration must be a mapping (locale, rules, root)";

/** Parse a config file's text and validate it with its own published schema (precompiled). Errors are values
 * with a location, never exceptions. */
export function parseConfig(text: string, file: string): LoadedConfig {
  const lines = new LineIndex(text);
  const errors: ConfigError[] = [];
  const config: OgiConfig = { rules: {} };
  const parsed = parseYaml(text);
  const err = (code: ConfigError["code"], message: string, start: number, end: number) =>
    errors.push({ code, message, file, range: lines.range(start, end) });
  // A config that is not a mapping is told what a config holds (the parser's message speaks of a report).
  for (const p of parsed.problems) err("config-syntax", p.code === "not-a-mapping" ? NOT_A_MAPPING : syntaxMessage(p).en, p.start, p.end);
  const root = parsed.root;
  if (!root) return { config, errors };
  const plain = toPlain(root) as Record<string, unknown>;
  const invalid = new Set<string>();
  if (!validateConfig(plain)) {
    for (const e of validateConfig.errors ?? []) {
      const { code, message, pointer, onKey } = describe(e);
      invalid.add(pointer);
      const at = locate(root, pointer, text, onKey);
      err(code, message, at.start, at.end);
    }
  }
  errors.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  // What validated is kept; each invalid entry is left out, with its error above.
  if (!invalid.has("/locale") && (plain.locale === "zh-CN" || plain.locale === "en")) config.locale = plain.locale;
  if (!invalid.has("/root") && typeof plain.root === "boolean") config.root = plain.root;
  const rules = plain.rules;
  if (rules && typeof rules === "object" && !invalid.has("/rules")) {
    for (const [id, severity] of Object.entries(rules as Record<string, unknown>)) {
      if (!invalid.has(`/rules/${id}`) && isRuleId(id) && typeof severity === "string" && SEVERITIES.has(severity)) config.rules[id as RuleId] = severity as SeveritySetting;
    }
  }
  return { config, errors };
}

/** ajv's error, said the way a person editing `.ogi.yaml` needs it, and where. */
function describe(e: ErrorObject): { code: ConfigError["code"]; message: string; pointer: string; onKey: boolean } {
  const at = e.instancePath;
  const name = at.split("/").pop() ?? "";
  if (e.keyword === "additionalProperties") {
    const key = (e.params as { additionalProperty: string }).additionalProperty;
    const pointer = `${at}/${key}`;
    return at === "/rules"
      ? { code: "config-key", message: `unknown rule "${key}"`, pointer, onKey: true }
      : { code: "config-key", message: `unknown key "${key}" (known: locale, rules, root)`, pointer, onKey: true };
  }
  if (at === "/locale") return { code: "config-value", message: `locale must be "zh-CN" or "en"`, pointer: at, onKey: false };
  if (at === "/root") return { code: "config-value", message: "root must be true or false", pointer: at, onKey: false };
  if (at === "/rules") return { code: "config-value", message: "rules must be a mapping of rule id to error | warning | info | off", pointer: at, onKey: false };
  if (at.startsWith("/rules/")) return { code: "config-value", message: `severity of "${name}" must be error, warning, info or off`, pointer: at, onKey: false };
  // `$schema` (the one other key): ajv's own words, after the key's name.
  return { code: "config-value", message: `${name} ${e.message ?? e.keyword}`, pointer: at, onKey: false };
}

/** What the front end gives core to read files: markdownlint-cli2 style, so core stays free of Node APIs. */
export type { FileReader } from "../files.js";
import type { FileReader } from "../files.js";

export { dirname, joinPath } from "../paths.js";
import { dirname, joinPath } from "../paths.js";

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

export { generateConfigSchema } from "./schema.js";
