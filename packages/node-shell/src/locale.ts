import type { Locale } from "@ogi-report/core";

/**
 * A locale as people and programs write it — `zh`, `zh-CN`, `zh_cn`, `zh-Hans`, `en`, `en-US`, `en_GB.UTF-8` —
 * as one of the two the messages exist in; undefined for anything else.
 */
export function parseLocale(value: unknown): Locale | undefined {
  if (typeof value !== "string") return undefined;
  const v = value.trim().toLowerCase().replace(/_/g, "-").replace(/[.@].*$/, "");
  if (v === "zh" || v.startsWith("zh-")) return "zh-CN";
  if (v === "en" || v.startsWith("en-")) return "en";
  return undefined;
}

/** POSIX precedence: the first of LC_ALL, LC_MESSAGES, LANG that is set decides; Chinese or else English. */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  return displayLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** An editor's or a system's display language (`zh-cn`, `zh-tw`, `en`, `de`…): Chinese or else English. */
export function displayLocale(language: string | undefined): Locale {
  return (language ?? "").trim().toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}
