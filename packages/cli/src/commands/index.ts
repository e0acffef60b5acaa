import { audit } from "./audit.js";
import { check } from "./check.js";
import { importCommand } from "./import.js";
import { init } from "./init.js";
import { render } from "./render.js";
import { rules } from "./rules.js";
import { schema } from "./schema.js";
import type { Command } from "./types.js";

/** Every `ogi` subcommand, in the order `ogi --help` lists them. One line per command. */
export const commands: Command[] = [
  check,
  init,
  schema,
  rules,
  render,
  importCommand,
  audit,
];

export type { Command };
