import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Text } from "./locale.js";
import { closest } from "./suggest.js";
import { firstControlCharacter } from "./terminal-text.js";

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
    const { values, positionals } = parseArgs({ args: joinNegativeNumbers(args, all), options: all, allowPositionals, strict: true });
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
      if (/ambiguous/.test(text)) {
        // `--agency -x`: the value looks like an option.
        const value = args[args.indexOf(name) + 1] ?? "-…";
        return usageError(
          { zh: `${command}：选项 '${name}' 需要一个值`, en: `${command}: option '${name}' needs a value` },
          { zh: `以 - 开头的值请写成 ${name}=${value}`, en: `to give a value that starts with '-', write ${name}=${value}` },
        );
      }
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

/** `--max-warnings -1`: a negative number after an option that takes a value is that value, not an option. */
function joinNegativeNumbers(args: string[], options: OptionsConfig): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    // After `--` everything is a positional, as parseArgs reads it.
    if (arg === "--") return [...out, ...args.slice(i)];
    if (arg.startsWith("--") && options[arg.slice(2)]?.type === "string" && next !== undefined && /^-\d+$/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/**
 * An option whose text is written into a file (a report's agency, the modeline's schema reference): a newline
 * there would add a key to the report, a control character would sit in it unseen. Rejected with its escape.
 */
export function fileTextOption(command: string, parsed: ParsedArgs, name: string): string | undefined | UsageError {
  const value = stringOption(parsed, name);
  const found = value === undefined ? undefined : firstControlCharacter(value);
  if (found === undefined) return value;
  return usageError(
    { zh: `${command}：--${name} 含有控制字符（${found}），它会被写进文件`, en: `${command}: --${name} holds a control character (${found}), which would be written into the file` },
    { zh: "写成一行，不含控制字符", en: "write it on one line, without control characters" },
  );
}

export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const v = parsed.values[name];
  return typeof v === "string" ? v : undefined;
}

export function flag(parsed: ParsedArgs, name: string): boolean {
  return parsed.values[name] === true;
}
