import { mkdirSync, statSync, writeFileSync, type Stats } from "node:fs";
import { dirname, resolve } from "node:path";
import { usageError, type UsageError } from "./args.js";
import { displayPath } from "./formatters/paths.js";
import { terminalText } from "./terminal-text.js";

/**
 * Where `-o` / `--output` (and audit's `--html`) may write: never over one of the command's own inputs (compared
 * by device and inode, so a symlink or a hard link to the report is caught too), never over another existing
 * file unless `--force`, and with a plain sentence when the path cannot be a file. Every command decides this
 * before it does any work, so a refused output costs nothing and changes nothing.
 */
export interface OutputPlan {
  /** Absolute. */
  path: string;
  /** As the user wrote it. */
  display: string;
  force: boolean;
}

export type OutputRefusal =
  | { code: "is-input"; input: string }
  | { code: "exists" }
  | { code: "is-folder" }
  /** A component of the path is a file, so no folder can be made there. */
  | { code: "not-a-folder"; at: string };

export interface OutputInput {
  /** Absolute. */
  path: string;
  /** As the user sees it, for the message. */
  display: string;
}

export function planOutput(display: string, cwd: string, inputs: Iterable<OutputInput>, force: boolean): OutputPlan | { refused: OutputRefusal } {
  const path = resolve(cwd, display);
  const existing = statOrUndefined(path);
  if (existing === "not-a-folder") return { refused: { code: "not-a-folder", at: fileAncestor(path) } };
  if (existing === undefined) {
    const at = fileAncestor(path);
    return at ? { refused: { code: "not-a-folder", at } } : { path, display, force };
  }
  if (existing.isDirectory()) return { refused: { code: "is-folder" } };
  for (const input of inputs) {
    const s = statOrUndefined(input.path);
    if (typeof s === "object" && s.dev === existing.dev && s.ino === existing.ino) return { refused: { code: "is-input", input: input.display } };
  }
  if (!force) return { refused: { code: "exists" } };
  return { path, display, force };
}

/**
 * Writes what a command produced. Without `--force` the file is created exclusively ("wx"), so a file that
 * appeared since `planOutput` is not replaced either.
 */
export function writeOutput(plan: OutputPlan, content: string | Uint8Array): void {
  mkdirSync(dirname(plan.path), { recursive: true });
  writeFileSync(plan.path, content, { flag: plan.force ? "w" : "wx" });
}

/** The refusal as a usage error (exit 2), in the words `ogi init` has always used for an existing file. */
export function outputRefusal(command: string, display: string, refusal: OutputRefusal, cwd: string): UsageError {
  const shown = terminalText(display);
  switch (refusal.code) {
    case "is-input": {
      const input = terminalText(refusal.input);
      return usageError(
        { zh: `${command}：${shown} 是输入文件 ${input}，不能作为输出`, en: `${command}: ${shown} is the input ${input}; an output never overwrites an input` },
        { zh: "把输出写到另一个文件", en: "write the output to another file" },
      );
    }
    case "exists":
      return usageError(
        { zh: `${command}：${shown} 已存在，不会覆盖`, en: `${command}: ${shown} already exists; not overwriting it` },
        { zh: "换一个文件名，或加 --force 覆盖", en: "choose another name, or add --force to overwrite" },
      );
    case "is-folder":
      return usageError({ zh: `${command}：${shown} 是一个文件夹，不能写成文件`, en: `${command}: ${shown} is a folder, not a file` }, { zh: "在文件夹中指定一个文件名", en: "name a file inside the folder" });
    case "not-a-folder": {
      const at = terminalText(displayPath(refusal.at, cwd));
      return usageError(
        { zh: `${command}：无法写入 ${shown}：${at} 是一个文件，不是文件夹`, en: `${command}: cannot write ${shown}: ${at} is a file, not a folder` },
        { zh: "换一个输出路径", en: "choose another output path" },
      );
    }
  }
}

/** The nearest ancestor folder of `path` that exists as something other than a folder, or "" when there is none. */
function fileAncestor(path: string): string {
  let dir = dirname(path);
  for (;;) {
    const s = statOrUndefined(dir);
    if (typeof s === "object") return s.isDirectory() ? "" : dir;
    const up = dirname(dir);
    if (up === dir) return "";
    dir = up;
  }
}

function statOrUndefined(path: string): Stats | undefined | "not-a-folder" {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOTDIR") return "not-a-folder";
    return undefined;
  }
}
