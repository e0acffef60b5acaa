import type { Io } from "../io.js";
import type { Text } from "../locale.js";

/**
 * One `ogi <name>` subcommand. Adding a command is one file plus one line in commands/index.ts. Import heavy
 * dependencies inside `run` (`await import(…)`) and list them in LAZY in scripts/build.mjs: each becomes a file that `ogi check` never loads.
 */
export interface Command {
  name: string;
  /** One line for `ogi --help`. */
  summary: Text;
  /** Arguments after the command name; returns the exit code. Handles its own `--help`. */
  run(args: string[], io: Io): Promise<number>;
}
