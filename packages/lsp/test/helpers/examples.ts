import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./lsp-client.js";

export interface Example {
  /** Path relative to the repository root. */
  name: string;
  path: string;
  text: string;
  /** `# expect: <rule-id> <json-pointer>` lines at the top of a broken example. */
  expect: { ruleId: string; path: string }[];
}

function readDir(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort().map((f) => join(dir, f)) : [];
}

/** The case table: examples/*.yaml and examples/broken/*.yaml, or the corpus until the examples exist. */
export function examples(): Example[] {
  let files = [...readDir(join(repoRoot, "examples")), ...readDir(join(repoRoot, "examples/broken"))];
  if (files.length === 0) files = readDir(join(repoRoot, "fixtures/corpus"));
  return files.map((path) => {
    const text = readFileSync(path, "utf8");
    const expect = [...text.matchAll(/^# expect: (\S+) (\S*)\s*$/gm)].map((m) => ({ ruleId: m[1]!, path: m[2]! }));
    return { name: path.slice(repoRoot.length), path, text, expect };
  });
}

export function example(name: string): Example {
  const found = examples().find((e) => e.name.endsWith(name));
  if (!found) throw new Error(`no example ${name}`);
  return found;
}
