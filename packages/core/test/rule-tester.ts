import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { parse } from "yaml";
import { allRules, checkText, type DocumentReader, type RuleId, type SeveritySetting } from "../src/index.js";
import type { RefusalProblem } from "../src/cross/load.js";
import { repoRoot } from "./helpers.js";

/**
 * One table of cases per rule, as ESLint's RuleTester and Spectral's testRule have them: documents the rule must
 * leave alone (valid) and documents where it must find exactly the listed paths, in order (invalid). Each runs
 * with every other rule off, so a case shows only what its rule sees. The tables are YAML
 * (packages/core/test/rule-cases/<rule>.yaml) because the docs generator reads them too: each rule's page shows
 * its first valid and first invalid case.
 */
export interface RuleCase {
  name: string;
  /** The report under test, at /cases/report.yaml; with `seed`, only the top-level parts that differ from it. */
  report: string;
  /** The report is examples/seed-2025.yaml with `report`'s top-level parts in place of its own. */
  seed?: boolean;
  /** With `seed`: top-level parts of the seed left out. */
  drop?: string[];
  /**
   * Other files beside it (last year's report, the units'), by path relative to /cases/; same `seed` rule. A file
   * `{ refuse: <problem> }` is one the front end's file-access policy refuses (outside the project, not a regular
   * file…); under a glob's own text as the name, the glob is refused.
   */
  files?: Record<string, string | { report: string; seed?: boolean; drop?: string[] } | { refuse: RefusalProblem }>;
  /** `false`: the front end cannot list files (no globs), as a reader without `expandGlob`. */
  globs?: false;
  /** Severity overrides beside the rule under test (e.g. the rule a suppression silences). */
  rules?: Partial<Record<RuleId, SeveritySetting>>;
  /** Invalid cases: the paths of the findings, in order ("" for a finding with no path). */
  findings?: string[];
  /** Invalid cases, optionally: the findings' English messages, in the same order. */
  messages?: string[];
}

export interface RuleCases {
  valid: RuleCase[];
  invalid: RuleCase[];
}

export const casesDir = join(repoRoot, "packages", "core", "test", "rule-cases");

export function loadCases(rule: RuleId): RuleCases {
  return parse(readFileSync(join(casesDir, `${rule}.yaml`), "utf8")) as RuleCases;
}

const seedText = readFileSync(join(repoRoot, "examples", "seed-2025.yaml"), "utf8");

/** Top-level parts of a YAML text, by key (a part runs to the next top-level key; leading comments stay with the previous one). */
function topLevelParts(text: string): [string, string][] {
  const parts: [string, string][] = [];
  for (const line of text.replace(/\n$/, "").split("\n")) {
    const key = /^([A-Za-z][\w-]*):/.exec(line)?.[1];
    if (key || parts.length === 0) parts.push([key ?? "", `${line}\n`]);
    else parts[parts.length - 1]![1] += `${line}\n`;
  }
  return parts;
}

/** The document a case describes: its text as written, or the seed with the case's parts in place of its own. */
export function composeReport(c: { report: string; seed?: boolean; drop?: string[] }): string {
  if (!c.seed) return c.report;
  const own = new Map(topLevelParts(c.report));
  const out = topLevelParts(seedText)
    .filter(([key]) => !c.drop?.includes(key))
    .map(([key, text]) => {
      const replacement = own.get(key);
      own.delete(key);
      // The seed's blank line between parts stays.
      return replacement === undefined ? text : replacement.replace(/\n*$/, "\n") + (text.endsWith("\n\n") ? "\n" : "");
    });
  return out.join("") + [...own.values()].join("");
}

type MemoryFile = string | { refuse: RefusalProblem };

/** A refusal as node-shell's policy throws it: an error with the problem (core reads nothing else). */
const refusal = (path: string, problem: RefusalProblem) => Object.assign(new Error(`${path}: refused`), { problem });

/** Files in memory, with `*` globs, as a front end's reader would give them. */
function memoryReader(files: Record<string, MemoryFile>, globs = true): DocumentReader {
  const paths = Object.keys(files).filter((p) => !p.includes("*"));
  const readFile = (path: string) => {
    const file = files[path];
    if (typeof file === "object") throw refusal(path, file.refuse);
    return file;
  };
  if (!globs) return { readFile };
  return {
    readFile,
    expandGlob: (pattern, base) => {
      const refused = files[`${base}/${pattern}`];
      if (typeof refused === "object") throw refusal(pattern, refused.refuse);
      const re = new RegExp(`^${`${base}/${pattern}`.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")}$`);
      return paths.filter((p) => re.test(p)).sort();
    },
  };
}

/** The findings of `rule` alone on a case: [path, message] pairs. */
export function runCase(rule: RuleId, c: RuleCase, locale: "zh-CN" | "en" = "en"): { path: string; message: string }[] {
  const others = Object.fromEntries(allRules.filter((m) => m.id !== rule).map((m) => [m.id, "off"]));
  const files = Object.fromEntries(Object.entries(c.files ?? {}).map(([name, file]) => [`/cases/${name}`, typeof file === "string" || "refuse" in file ? file : composeReport(file)]));
  const path = "/cases/report.yaml";
  const report = composeReport(c);
  const { findings } = checkText(report, {
    locale,
    rules: { ...others, ...c.rules },
    documents: { path, reader: memoryReader({ ...files, [path]: report }, c.globs !== false) },
  });
  return findings.filter((f) => f.ruleId === rule).map((f) => ({ path: f.path, message: f.message }));
}

/** Registers the table's tests: `valid > <name>` and `invalid > <name>`. */
export function testRule(rule: RuleId, cases: RuleCases): void {
  expect(cases.valid.length, `${rule}: no valid case`).toBeGreaterThan(0);
  expect(cases.invalid.length, `${rule}: no invalid case`).toBeGreaterThan(0);
  for (const c of cases.valid) {
    it(`valid: ${c.name}`, () => {
      expect(c.findings ?? [], "a valid case lists no findings").toEqual([]);
      expect(runCase(rule, c).map((f) => f.path)).toEqual([]);
    });
  }
  for (const c of cases.invalid) {
    it(`invalid: ${c.name}`, () => {
      expect(c.findings?.length, "an invalid case lists its findings").toBeGreaterThan(0);
      for (const locale of ["zh-CN", "en"] as const) {
        const got = runCase(rule, c, locale);
        expect(got.map((f) => f.path)).toEqual(c.findings);
        for (const f of got) expect(f.message.length).toBeGreaterThan(0);
        if (c.messages && locale === "en") expect(got.map((f) => f.message)).toEqual(c.messages);
      }
    });
  }
}
