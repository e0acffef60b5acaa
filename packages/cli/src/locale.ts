import type { Locale, Text } from "@ogi-report/core";
import { pick } from "@ogi-report/core";

export type { Locale, Text };

/** Negotiated as the editor does it (@ogi-report/node-shell): `--locale` values, LC_ALL/LC_MESSAGES/LANG. */
export { localeFromEnv, parseLocale } from "@ogi-report/node-shell";

export function t(locale: Locale, text: Text): string {
  return pick(text, locale);
}
