import { audit } from "./audit.js";
import { check } from "./check.js";
import { importCommand } from "./import.js";
import { init } from "./init.js";
import { rules } from "./rules.js";
import { schema } from "./schema.js";
import type { Command } from "./types.js";

/** Every `ogi` subcommand, in the order `ogi --help` lists them. One line per command. */
export const commands: Command[] = [
  check,
  init,
  schema,
  rules,
  importCommand,
  audit,
];

export type { Command };
