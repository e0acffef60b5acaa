import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkText, type Locale } from "@ogi-report/core";
import type { FileResult } from "../src/check/run.js";
import { formatters, summarize } from "../src/formatters/index.js";
import { slimmers } from "../src/formatters/slim.js";
import { repoDir, yamlFiles } from "./harness.js";

/**
 * `ogi check` cuts each finding down to what the chosen formatter reads (formatters/slim.ts). That is safe only if
 * the formatter writes exactly the same output from the cut-down findings: checked on every example and corpus
 * report at once (broken ones have likely causes, misfiled pairs, safe and unsafe fixes), in both locales.
 */
const files = [...yamlFiles(join(repoDir, "examples")), ...yamlFiles(join(repoDir, "fixtures", "corpus"))];

function results(locale: Locale): FileResult[] {
  return files.map((absPath) => ({
    display: absPath.slice(repoDir.length + 1),
    absPath,
    findings: checkText(readFileSync(absPath, "utf8"), { locale }).findings,
    rules: {},
    fixesApplied: 0,
  }));
}

describe("formatters write the same from cut-down findings", () => {
  for (const locale of ["zh-CN", "en"] as const) {
    const whole = results(locale);
    for (const [name, slim] of Object.entries(slimmers)) {
      it(`${name}, ${locale}`, () => {
        const format = formatters[name as keyof typeof formatters];
        const cut = whole.map((r) => ({ ...r, findings: r.findings.map(slim!) }));
        const input = (rs: FileResult[]) => ({ results: rs, summary: summarize(rs), cwd: repoDir, locale, color: true, version: "0" });
        // Not a vacuous comparison: the batch has findings the slimmer cuts (addends, unsafe fixes).
        expect(whole.some((r) => r.findings.some((f) => f.related.some((x) => x.role === "addend")))).toBe(true);
        expect(cut.flatMap((r) => r.findings).reduce((n, f) => n + f.related.length + f.fixes.length, 0)).toBeLessThan(
          whole.flatMap((r) => r.findings).reduce((n, f) => n + f.related.length + f.fixes.length, 0),
        );
        expect(format(input(cut))).toEqual(format(input(whole)));
      });
    }
  }
});
