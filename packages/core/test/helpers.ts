import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

export function read(path: string): string {
  return readFileSync(path, "utf8");
}

export function yamlFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlFilesUnder(path));
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

/** `# expect: <rule-id> [<json-pointer>]` lines, in the order the findings must come. */
export function expectations(text: string): string[] {
  return [...text.matchAll(/^# expect: (\S+)(?: (\S+))?\s*$/gm)].map((m) => `${m[1]} ${m[2] ?? ""}`.trim());
}

export function rel(path: string): string {
  return relative(repoRoot, path);
}
