import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./shared-data.js";
import { importCycles, importsOf } from "./import-graph.js";

// No source file may reach itself through its imports, in any package. Type-only imports count: a cycle of types
// is still a knot a reader has to untie, and it turns into a load-order bug the day one import carries a value.

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

const packagesDir = join(repoRoot, "packages");
const packageSources = new Map(
  readdirSync(packagesDir)
    .filter((name) => existsSync(join(packagesDir, name, "src")))
    .map((name) => [JSON.parse(readFileSync(join(packagesDir, name, "package.json"), "utf8")).name as string, join(packagesDir, name, "src")]),
);

/** The file an import names: a relative path (`./x.js` is `./x.ts`), or another package's src/index.ts. */
function resolveImport(from: string, specifier: string): string | undefined {
  if (specifier.startsWith(".")) {
    const base = resolve(dirname(from), specifier).replace(/\.js$/, "");
    return [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find(existsSync);
  }
  const [scope, name, ...rest] = specifier.split("/");
  const src = packageSources.get(`${scope}/${name}`);
  if (!src || rest.length > 0) return undefined;
  return join(src, "index.ts");
}

function graph(files: string[]): Map<string, string[]> {
  return new Map(files.map((file) => [file, importsOf(readFileSync(file, "utf8")).flatMap((s) => resolveImport(file, s) ?? [])]));
}

describe("imports between source files", () => {
  const files = [...packageSources.values()].flatMap(sourceFiles);

  it("finds the source files and their imports", () => {
    expect(files.length).toBeGreaterThan(100);
    expect([...graph(files).values()].flat().length).toBeGreaterThan(files.length);
  });

  it("form no cycle (type-only imports included)", () => {
    const cycles = importCycles(graph(files)).map((cycle) => cycle.map((f) => relative(repoRoot, f)).join(" → "));
    expect(cycles).toEqual([]);
  });

  it("the check finds a cycle closed by a type-only import", () => {
    const a = "/a.ts", b = "/b.ts", c = "/c.ts";
    const edges = new Map([
      [a, importsOf('import { x } from "./b.js";').map(() => b)],
      [b, importsOf('export { y } from "./c.js";').map(() => c)],
      [c, importsOf('import type { A } from "./a.js";').map(() => a)],
    ]);
    expect(importCycles(edges)).toEqual([[a, b, c, a]]);
    expect(importCycles(new Map([[a, [b]], [b, [c]], [c, []]]))).toEqual([]);
  });
});
