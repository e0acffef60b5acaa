import { isRuleId, type Locale, type RuleId, type SeveritySetting } from "@ogi-report/core";
import { parseLocale as parseLocaleName } from "@ogi-report/node-shell";

/** Column labels before each value of a row: none, abbreviated, or the printed label. */
export type InlayHintMode = "off" | "short" | "full";

/** What the editor may set under the `ogi` section (workspace/configuration or didChangeConfiguration). */
export interface EditorSettings {
  /** "auto" (default): the config file's locale, else the editor's display language. */
  locale: Locale | "auto";
  inlayHints: InlayHintMode;
  rules: Partial<Record<RuleId, SeveritySetting>>;
  /** Globs of files checked as reports even without a `template:` key or modeline (node-shell's `matchesFiles`). */
  files: string[];
  /** Folders outside a report's project its `previous:` and `units:` may reach (the CLI's `--allow-read`). */
  allowRead: string[];
}

export const defaultEditorSettings: EditorSettings = { locale: "auto", inlayHints: "short", rules: {}, files: [], allowRead: [] };

const SEVERITIES = new Set(["error", "warning", "info", "off"]);

/** Settings come from any client in any shape: keep what is valid, ignore the rest. */
export function normaliseEditorSettings(raw: unknown): EditorSettings {
  const out: EditorSettings = { ...defaultEditorSettings, rules: {}, files: [], allowRead: [] };
  if (!raw || typeof raw !== "object") return out;
  const r = raw as Record<string, unknown>;
  const locale = parseLocale(r.locale);
  if (locale) out.locale = locale;
  if (r.inlayHints === "off" || r.inlayHints === "short" || r.inlayHints === "full") out.inlayHints = r.inlayHints;
  // VS Code's settings UI has no "off" for a boolean-ish toggle: accept false/true as well.
  if (r.inlayHints === false) out.inlayHints = "off";
  if (r.inlayHints === true) out.inlayHints = "short";
  if (Array.isArray(r.files)) out.files = r.files.filter((g): g is string => typeof g === "string" && g.trim() !== "");
  if (Array.isArray(r.allowRead)) out.allowRead = r.allowRead.filter((d): d is string => typeof d === "string" && d.trim() !== "");
  if (r.rules && typeof r.rules === "object") {
    for (const [id, severity] of Object.entries(r.rules as Record<string, unknown>)) {
      if (isRuleId(id) && typeof severity === "string" && SEVERITIES.has(severity)) out.rules[id as RuleId] = severity as SeveritySetting;
    }
  }
  return out;
}

/** `zh`, `zh-cn`, `zh_CN`, `en-US`… as the CLI reads them, or `auto` (the setting's default). */
export function parseLocale(value: unknown): Locale | "auto" | undefined {
  if (typeof value === "string" && value.trim().toLowerCase() === "auto") return "auto";
  return parseLocaleName(value);
}
