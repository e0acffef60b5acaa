import type { Locale, Text } from "@ogi-report/core";
import { pick } from "@ogi-report/core";

export type { Locale, Text };

/** POSIX precedence: the first of LC_ALL, LC_MESSAGES, LANG that is set decides. */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return value.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

/** `--locale` values; `zh` and `zh_CN` are accepted because that is what people type. */
export function parseLocale(value: string): Locale | undefined {
  const v = value.trim().toLowerCase().replace("_", "-");
  if (v === "zh-cn" || v === "zh") return "zh-CN";
  if (v === "en" || v.startsWith("en-")) return "en";
  return undefined;
}

export function t(locale: Locale, text: Text): string {
  return pick(text, locale);
}
