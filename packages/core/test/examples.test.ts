import { describe, expect, it } from "vitest";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { checkText, reportRules, type DocumentReader } from "../src/index.js";
import { expectations, read, rel, repoRoot, yamlFilesUnder } from "./helpers.js";

const files = yamlFilesUnder(join(repoRoot, "examples"));

/** The files beside a report (last year's, the units'), as the CLI reads them: `dir/*.yaml` globs only. */
const reader: DocumentReader = {
  readFile: (path) => (existsSync(path) ? read(path) : undefined),
  expandGlob: (pattern, base) => {
    const full = join(base, pattern);
    const [dir, name] = [dirname(full), full.slice(dirname(full).length + 1)];
    const re = new RegExp(`^${name.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")}$`);
    return existsSync(dir) ? readdirSync(dir).filter((f) => re.test(f)).sort().map((f) => join(dir, f)) : [];
  },
};
/** A broken example is a file directly in examples/broken/; its companions live in a folder named after it. */
const isBroken = (file: string) => dirname(file).endsWith("/examples/broken");

describe("examples: each file's inline expectations", () => {
  it("has a clean example per template and a broken example per rule", () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
    const broken = files.filter(isBroken).map((f) => f.split("/").pop()!.replace(/\.yaml$/, ""));
    // `internal` is the tool failing on a file, not a rule a report can break: reportRules leaves it out.
    for (const meta of reportRules) expect(broken).toContain(meta.id);
  });

  for (const file of files) {
    it(rel(file), () => {
      const text = read(file);
      const want = expectations(text);
      if (isBroken(file)) expect(want.length).toBeGreaterThan(0);
      for (const locale of ["zh-CN", "en"] as const) {
        const got = checkText(text, { locale, documents: { path: file, reader } }).findings.map((f) => `${f.ruleId} ${f.path}`.trim());
        expect(got).toEqual(want);
      }
    });
  }
});
