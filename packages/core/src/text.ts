import type { Locale } from "./findings.js";
import type { Text } from "./templates/types.js";

export function pick(text: Text, locale: Locale): string {
  return locale === "en" ? text.en : text.zh;
}
