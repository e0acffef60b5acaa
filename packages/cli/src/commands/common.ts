import { isUsageError, parseCommandArgs, usageError, type OptionsConfig, type ParsedArgs, type UsageError } from "../args.js";
import type { Io } from "../io.js";
import { localeFromEnv, parseLocale, t, type Locale, type Text } from "../locale.js";
import { reportUsage } from "../report-error.js";

export const localeOption: OptionsConfig = { locale: { type: "string" } };

/**
 * Parse a command's arguments and settle the locale of its own words (flag, else environment). Gives back
 * either what the command needs or the exit code to return at once (help shown, usage error reported).
 */
export function prepare(
  io: Io,
  command: string,
  args: string[],
  options: OptionsConfig,
  allowPositionals: boolean,
  help: Text,
): { parsed: ParsedArgs; locale: Locale; flagLocale?: Locale } | { exit: number } {
  const envLocale = localeFromEnv(io.env);
  const parsed = parseCommandArgs(command, args, options, allowPositionals);
  if (isUsageError(parsed)) return { exit: reportUsage(io, envLocale, parsed) };
  const raw = parsed.values.locale;
  let flagLocale: Locale | undefined;
  if (typeof raw === "string") {
    flagLocale = parseLocale(raw);
    if (!flagLocale) return { exit: reportUsage(io, envLocale, badValue(command, "--locale", raw, ["zh-CN", "en"])) };
  }
  const locale = flagLocale ?? envLocale;
  if (parsed.values.help === true) {
    io.stdout(t(locale, help));
    return { exit: 0 };
  }
  return { parsed, locale, ...(flagLocale ? { flagLocale } : {}) };
}

export function badValue(command: string, option: string, value: string, allowed: string[]): UsageError {
  return usageError(
    { zh: `${command}：${option} 的值 '${value}' 无效`, en: `${command}: invalid value '${value}' for ${option}` },
    { zh: `可用的值：${allowed.join("、")}`, en: `expected one of: ${allowed.join(", ")}` },
  );
}
