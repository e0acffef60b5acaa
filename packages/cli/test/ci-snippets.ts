import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { binPath, repoDir } from "./harness.js";

/**
 * docs/ci.md promises that its snippets are the ones the tests run: each is a fenced block whose first line is a
 * comment naming it (`# .gitlab-ci.yml`, `# ci-shell: …`). The tests read them from the page, never a copy.
 */
export function ciSnippet(name: string): string {
  const page = readFileSync(join(repoDir, "docs", "ci.md"), "utf8");
  const blocks = [...page.matchAll(/^```\w*\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  const found = blocks.filter((b) => b.startsWith(`# ${name}\n`) || b.startsWith(`# ${name}:`));
  if (found.length !== 1) throw new Error(`docs/ci.md must have exactly one block starting with "# ${name}" (found ${found.length})`);
  return found[0]!;
}

/** A folder holding an `ogi` command that runs this checkout's built CLI, as `npm install --global` would give. */
export function ogiOnPath(dir: string): string {
  const bin = join(dir, "bin");
  mkdirSync(bin, { recursive: true });
  const shim = join(bin, "ogi");
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${binPath}" "$@"\n`);
  chmodSync(shim, 0o755);
  return bin;
}

export { repoDir };
