import { codequality } from "./codequality.js";
import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { FormatName } from "./names.js";
import type { Formatter } from "./types.js";

export const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, github, junit, codequality };

export type { FormatName } from "./names.js";

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formatters, name);
}

export type { Formatter, FormatInput, Formatted, Summary } from "./types.js";
export { summarize } from "./types.js";
