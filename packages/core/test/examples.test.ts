import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkText, type DocumentReader } from "../src/index.js";
import { expectations, read, rel, repoRoot, yamlFilesUnder } from "./helpers.js";

const files = yamlFilesUnder(join(repoRoot, "examples"));

// As the CLI reads other reports (copied-prose.yaml names last year's): plain reads from disk.
const reader: DocumentReader = {
  readFile(path) {
    try {
      return readFileSync(path, "utf8");
    } catch {
      return undefined;
    }
  },
};

describe("examples: each file's inline expectations", () => {
  it("has a clean example per template and a broken example per rule", () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
    const broken = files.filter((f) => f.includes("/broken/")).map((f) => f.split("/").pop()!.replace(/\.yaml$/, ""));
    for (const rule of ["yaml-syntax", "schema", "t3-row-total", "t3-results-total", "t3-balance", "t4-total", "cell-value", "cell-blank", "section-missing", "template-year", "suppression", "publication-deadline", "statistics-period", "copied-prose", "title-year"]) {
      expect(broken).toContain(rule);
    }
  });

  for (const file of files) {
    it(rel(file), () => {
      const text = read(file);
      const want = expectations(text);
      if (file.includes("/broken/")) expect(want.length).toBeGreaterThan(0);
      for (const locale of ["zh-CN", "en"] as const) {
        const got = checkText(text, { locale, documents: { path: file, reader } }).findings.map((f) => `${f.ruleId} ${f.path}`.trim());
        expect(got).toEqual(want);
      }
    });
  }
});
