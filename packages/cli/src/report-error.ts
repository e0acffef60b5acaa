import type { UsageError } from "./args.js";
import { EXIT_TROUBLE } from "./exit.js";
import type { Io } from "./io.js";
import { t, type Locale } from "./locale.js";

/** Prints a usage error (message line, then a hint line) and gives the exit code for it. Messages start with the command they are about. */
export function reportUsage(io: Io, locale: Locale, error: UsageError): number {
  io.stderr(`${t(locale, error.message)}\n`);
  if (error.hint) io.stderr(`${locale === "en" ? "hint" : "提示"}: ${t(locale, error.hint)}\n`);
  return EXIT_TROUBLE;
}

/** The first line of whatever was thrown: users get a sentence, not a stack trace. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? message;
}

/** `ENOENT` and friends in words; the file-access policy's refusals say their own. */
export function describeFsError(error: unknown, locale: Locale): string {
  const own = (error as { text?: { zh?: unknown; en?: unknown } })?.text;
  if (typeof own?.zh === "string" && typeof own.en === "string") return t(locale, { zh: own.zh, en: own.en });
  const code = (error as { code?: string })?.code;
  const words: Record<string, { zh: string; en: string }> = {
    ENOENT: { zh: "文件不存在", en: "no such file or directory" },
    EACCES: { zh: "没有读取权限", en: "permission denied" },
    EPERM: { zh: "没有权限", en: "operation not permitted" },
    EISDIR: { zh: "这是一个文件夹", en: "is a directory" },
    ENOTDIR: { zh: "路径中有一段不是文件夹", en: "a part of the path is not a directory" },
    EEXIST: { zh: "文件已存在", en: "file already exists" },
  };
  const known = code ? words[code] : undefined;
  return known ? t(locale, known) : describeError(error);
}
