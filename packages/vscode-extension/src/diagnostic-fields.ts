import type { Diagnostic } from "vscode";

// What a diagnostic says about itself, read without the vscode module (only its types): the same functions read the
// ogi server's diagnostics and those of other extensions, and are tested as they are, outside VS Code.

/** The JSON Pointer the server puts in `data.path` (vscode-languageclient keeps `data` on the diagnostic). */
export function pointerOf(d: object): string | undefined {
  const data = (d as { data?: unknown }).data;
  const path = data && typeof data === "object" ? (data as { path?: unknown }).path : undefined;
  return typeof path === "string" ? path : undefined;
}

/** The rule id: the diagnostic's code, which the client turns into `{ value, target }` when the rule has a docs link. */
export function ruleIdOf(d: Pick<Diagnostic, "code">): string | undefined {
  const code = typeof d.code === "object" ? d.code.value : d.code;
  return code === undefined ? undefined : String(code);
}
