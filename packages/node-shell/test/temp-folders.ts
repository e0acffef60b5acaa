import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

/**
 * A temporary folder for one test file, removed after it, and `folder(name, files)` making a folder in it with
 * files: a list of paths (each holding `# <path>`) or paths with their text.
 */
export function temporaryFolders(prefix: string): { root: string; folder: (name: string, files?: readonly string[] | Record<string, string>) => string } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const folder = (name: string, files: readonly string[] | Record<string, string> = {}) => {
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    const entries: [string, string][] = Array.isArray(files) ? files.map((f) => [f, `# ${f}\n`]) : Object.entries(files);
    for (const [f, text] of entries) {
      mkdirSync(join(dir, f, ".."), { recursive: true });
      writeFileSync(join(dir, f), text);
    }
    return dir;
  };
  return { root, folder };
}
