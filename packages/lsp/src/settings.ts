import { isRuleId, type Locale, type RuleId, type SeveritySetting } from "@ogi-report/core";

/** Column labels before each value of a row: none, abbreviated, or the printed label. */
export type InlayHintMode = "off" | "short" | "full";

/** What the editor may set under the `ogi` section (workspace/configuration or didChangeConfiguration). */
export interface EditorSettings {
  /** "auto" (default): the config file's locale, else the editor's display language. */
  locale: Locale | "auto";
  inlayHints: InlayHintMode;
  rules: Partial<Record<RuleId, SeveritySetting>>;
  /** Globs of files checked as reports even without a `template:` key or modeline (`files-glob.ts`). */
  files: string[];
}

export const defaultEditorSettings: EditorSettings = { locale: "auto", inlayHints: "short", rules: {}, files: [] };

const SEVERITIES = new Set(["error", "warning", "info", "off"]);

/** Settings come from any client in any shape: keep what is valid, ignore the rest. */
export function normaliseEditorSettings(raw: unknown): EditorSettings {
  const out: EditorSettings = { ...defaultEditorSettings, rules: {}, files: [] };
  if (!raw || typeof raw !== "object") return out;
  const r = raw as Record<string, unknown>;
  const locale = parseLocale(r.locale);
  if (locale) out.locale = locale;
  if (r.inlayHints === "off" || r.inlayHints === "short" || r.inlayHints === "full") out.inlayHints = r.inlayHints;
  // VS Code's settings UI has no "off" for a boolean-ish toggle: accept false/true as well.
  if (r.inlayHints === false) out.inlayHints = "off";
  if (r.inlayHints === true) out.inlayHints = "short";
  if (Array.isArray(r.files)) out.files = r.files.filter((g): g is string => typeof g === "string" && g.trim() !== "");
  if (r.rules && typeof r.rules === "object") {
    for (const [id, severity] of Object.entries(r.rules as Record<string, unknown>)) {
      if (isRuleId(id) && typeof severity === "string" && SEVERITIES.has(severity)) out.rules[id as RuleId] = severity as SeveritySetting;
    }
  }
  return out;
}

/** `zh`, `zh-cn`, `zh_CN`, `en-US`…: what clients and people write for a locale. */
export function parseLocale(value: unknown): Locale | "auto" | undefined {
  if (typeof value !== "string") return undefined;
  const v = value.trim().toLowerCase().replace("_", "-");
  if (v === "auto") return "auto";
  if (v === "zh" || v.startsWith("zh-")) return "zh-CN";
  if (v === "en" || v.startsWith("en-")) return "en";
  return undefined;
}

/** POSIX precedence, as the CLI reads it: the first of LC_ALL, LC_MESSAGES, LANG that is set decides. */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return value.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}
