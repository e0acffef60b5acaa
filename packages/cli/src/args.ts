import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Text } from "./locale.js";
import { closest } from "./suggest.js";

export type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/** A mistake on the command line: one line saying what, and a hint saying how to get it right. */
export interface UsageError {
  kind: "usage";
  message: Text;
  hint?: Text;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export function usageError(message: Text, hint?: Text): UsageError {
  return { kind: "usage", message, ...(hint ? { hint } : {}) };
}

export function isUsageError(value: unknown): value is UsageError {
  return typeof value === "object" && value !== null && (value as UsageError).kind === "usage";
}

const helpHint = (command: string): Text => ({
  zh: `运行 \`${command} --help\` 查看用法`,
  en: `run \`${command} --help\` for usage`,
});

/**
 * node:util parseArgs, with its exceptions turned into usage errors that name the command and suggest the
 * option the user probably meant. `--help`/`-h` is added to every command.
 */
export function parseCommandArgs(command: string, args: string[], options: OptionsConfig, allowPositionals: boolean): ParsedArgs | UsageError {
  const all: OptionsConfig = { help: { type: "boolean", short: "h" }, ...options };
  try {
    const { values, positionals } = parseArgs({ args, options: all, allowPositionals, strict: true });
    return { values: values as ParsedArgs["values"], positionals };
  } catch (error) {
    const e = error as { code?: string; message?: string };
    const text = String(e.message ?? error);
    const quoted = /'([^']+)'/.exec(text)?.[1] ?? "";
    if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const name = quoted.replace(/=.*$/, "");
      const known = Object.entries(all).flatMap(([long, o]) => [`--${long}`, ...(o.short ? [`-${o.short}`] : [])]);
      const guess = closest(name, known.filter((k) => k.startsWith("--")));
      return usageError(
        { zh: `${command}：未知选项 '${name}'`, en: `${command}: unknown option '${name}'` },
        guess
          ? { zh: `是不是想用 '${guess}'？${helpHint(command).zh}`, en: `did you mean '${guess}'? Run \`${command} --help\` for usage` }
          : helpHint(command),
      );
    }
    if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      // "Option '-f, --format <value>' argument missing": name the long form.
      const name = quoted.split(/[ ,]+/).find((w) => w.startsWith("--")) ?? quoted.split(" ")[0] ?? quoted;
      return usageError(
        /argument missing/.test(text)
          ? { zh: `${command}：选项 '${name}' 需要一个值`, en: `${command}: option '${name}' needs a value` }
          : { zh: `${command}：选项 '${name}' 不接受值`, en: `${command}: option '${name}' does not take a value` },
        helpHint(command),
      );
    }
    if (e.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
      return usageError({ zh: `${command}：多余的参数 '${quoted}'`, en: `${command}: unexpected argument '${quoted}'` }, helpHint(command));
    }
    return usageError({ zh: `${command}：${text}`, en: `${command}: ${text}` }, helpHint(command));
  }
}

export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const v = parsed.values[name];
  return typeof v === "string" ? v : undefined;
}

export function flag(parsed: ParsedArgs, name: string): boolean {
  return parsed.values[name] === true;
}
