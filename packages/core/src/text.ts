import type { Locale } from "./findings.js";
import type { Text } from "./templates/types.js";

export function pick(text: Text, locale: Locale): string {
  return locale === "en" ? text.en : text.zh;
}

/** 「label」 in Chinese, "label" in English. */
export function quote(label: Text, locale: Locale): string {
  return locale === "en" ? `“${label.en}”` : `「${label.zh}」`;
}

export function bi(zh: string, en: string): Text {
  return { zh, en };
}
