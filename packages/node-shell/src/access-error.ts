import type { Text } from "@ogi-report/core";

/** Why the file-access policy refused a path (beside the system's own ENOENT, EACCES…). */
export type AccessProblem = "outside-project" | "not-a-file" | "too-large" | "too-many-matches" | "glob-too-complex";

/**
 * A refusal of the file-access policy, thrown where a reader must throw (core's `FileReader`), with the
 * problem as a code core maps to a finding, and the reason in both languages (without the path) for the CLI's
 * stderr, which names the file itself.
 */
export class FileAccessError extends Error {
  readonly code = "EOGIACCESS";
  constructor(
    readonly problem: AccessProblem,
    readonly path: string,
    readonly text: Text,
  ) {
    super(`${path}: ${text.en}`);
    this.name = "FileAccessError";
  }
}

export function isFileAccessError(error: unknown): error is FileAccessError {
  return error instanceof FileAccessError;
}
