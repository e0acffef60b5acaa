import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isDeepStrictEqual } from "node:util";
import { join } from "node:path";
import { applyEdits, checkText, fastParse, fixAll, nodeAt, parseYaml, parseYamlCarefully, templates, cellsOf, type TScalar } from "../src/index.js";
import { figures, reportText } from "./generate.js";
import { read, repoRoot, yamlFilesUnder } from "./helpers.js";

const runs = Number(process.env.OGI_PROPERTY_RUNS ?? 150);

describe("properties", () => {
  it("any string: findings, never an exception, in bounded time", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: "binary" }), (s) => {
        const t0 = performance.now();
        const { findings } = checkText(s);
        expect(Array.isArray(findings)).toBe(true);
        expect(performance.now() - t0).toBeLessThan(2000);
      }),
      { numRuns: runs * 4 },
    );
  });

  it("YAML-ish strings built from report fragments never throw either", () => {
    const seed = read(join(repoRoot, "examples", "seed-2025.yaml"));
    const pieces = seed.split(/(?<=[\n:,\[\]{}|])/);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces, "&a ", "*a", "!!str ", "? ", "- ", "\t", "'", '"', "\\", "#", "\r\n", "{{x}}"), { maxLength: 120 }), (parts) => {
        expect(() => checkText(parts.join(""))).not.toThrow();
      }),
      { numRuns: runs * 2 },
    );
  });

  for (const template of ["2021", "2019"] as const) {
    it(`a generated ${template} report balances, and one changed cell is named first`, () => {
      const applications = cellsOf(templates[template]).filter((c) => c.table !== "activeDisclosure");
      fc.assert(
        fc.property(figures(template), fc.nat({ max: applications.length - 1 }), fc.integer({ min: 1, max: 9 }), (f, which, delta) => {
          const text = reportText(f);
          expect(checkText(text).findings).toEqual([]);
          const cell = applications[which]!;
          const node = nodeAt(parseYaml(text).root, cell.path) as TScalar;
          const changed = applyEdits(text, [{ start: node.start, end: node.end, newText: String(Number(node.value) + delta) }]).text;
          const { findings } = checkText(changed);
          expect(findings.length).toBeGreaterThan(0);
          const rules = new Set(findings.map((x) => x.ruleId));
          expect([...rules].every((r) => ["t3-row-total", "t3-results-total", "t3-balance", "t4-total"].includes(r))).toBe(true);
          const first = findings[0]!;
          const named = first.related.find((r) => r.role === "likely-cause")?.path ?? first.path;
          if (cell.table === "applications") expect(named).toBe(cell.pointer);
          else expect([first.path, ...first.related.map((r) => r.path)]).toContain(cell.pointer);
        }),
        { numRuns: runs },
      );
    });
  }

  it("after every safe fix, nothing fixable is left", () => {
    const seed = read(join(repoRoot, "examples", "seed-2025.yaml"));
    const breakers = [
      (t: string) => t.replace("licensing: 0", 'licensing: "０"'),
      (t: string) => t.replace("penalty: 0", "penalty: 1e1"),
      (t: string) => t.replace('template: "2021"', "template: 2021"),
      (t: string) => t.replace("coercion: 0", 'coercion: "12"'),
      (t: string) => t.replace("[0, 0, 0, 0, 0, 0, 0]", '[0, "55（含自然失效29件）", 0, 0, 0, 0, 0]'),
      (t: string) => t.replace("  review:", "  # ogi-disable-next-line t4-total -- 不需要\n  review:"),
    ];
    fc.assert(
      fc.property(fc.subarray(breakers, { minLength: 1 }), (chosen) => {
        const text = chosen.reduce((t, f) => f(t), seed);
        const { findings } = fixAll(text);
        expect(findings.flatMap((f) => f.fixes.filter((x) => x.safe))).toEqual([]);
      }),
      { numRuns: runs },
    );
  });
});

/**
 * What random edits insert: report syntax, and the spellings where a reader could guess — white space YAML does not
 * trim (U+3000, U+00A0, U+2003, U+2028), a BOM, document markers, a lone `-`, CR, a version directive, nesting.
 */
const insertions = [
  ...["", " ", "0", "12", ", 3", "#", " # note", "\n", "\n  ", ":", ": x", "- ", "[", "]", "{", "}", '"', "'", "|", "~", "null", "1.5", "-3", "x y", "\n\n", "  "],
  ...["\u3000", "\u00a0", "\u2003", "\u2028", "\uFEFF", "---", "--- ", "\n--- ", "...", "\n...\n", "-", " -", "\n-", "\r", "\r\n", "%YAML 1.1\n---\n"],
  ...["{a: {a: 1}}", "[[1]]", "{a: ", "|-", "|2", "&x ", "*x", "!!str ", "? ", "0445", "0o17", "\\", "\t"],
];

describe("the fast reader and the careful path agree", () => {
  const corpus = [...yamlFilesUnder(join(repoRoot, "examples")), ...yamlFilesUnder(join(repoRoot, "fixtures", "corpus"))].map(read);

  it("on every example and fixture: same tree where the fast reader answers, and it answers for all but the broken YAML", () => {
    let fast = 0;
    for (const text of corpus) {
      const quick = fastParse(text);
      if (!quick) continue;
      fast++;
      expect(quick).toEqual(parseYamlCarefully(text).root);
    }
    expect(fast).toBe(corpus.length - 1);
  });

  it("on generated reports and on random edits of real ones: same tree, same findings and ranges", () => {
    const mutations = fc.record({
      base: fc.constantFrom(...corpus),
      at: fc.nat(),
      cut: fc.nat({ max: 6 }),
      insert: fc.constantFrom(...insertions),
    });
    fc.assert(
      fc.property(fc.oneof(figures("2021").map(reportText), mutations.map((m) => {
        const i = m.at % (m.base.length + 1);
        return m.base.slice(0, i) + m.insert + m.base.slice(i + m.cut);
      })), (text) => {
        const quick = fastParse(text);
        if (quick) {
          const careful = parseYamlCarefully(text);
          expect(careful.problems.filter((p) => p.fatal)).toEqual([]);
          expect(isDeepStrictEqual(quick, careful.root)).toBe(true);
        }
      }),
      { numRuns: runs * 6 },
    );
  });

  it("a file's findings do not depend on its line ends (LF or CRLF)", () => {
    const mutations = fc.record({ base: fc.constantFrom(...corpus), at: fc.nat(), cut: fc.nat({ max: 6 }), insert: fc.constantFrom(...insertions.filter((x) => !x.includes("\r"))) });
    // On text that is not valid YAML, the yaml package words and counts its follow-on errors differently in CRLF
    // text (one error where LF gets five): the file fails either way, on the same first line. Every other finding
    // must agree exactly, position included.
    const view = (text: string) => {
      const findings = checkText(text, { locale: "en" }).findings;
      const syntax = findings.filter((f) => f.ruleId === "yaml-syntax");
      const others = findings.filter((f) => f.ruleId !== "yaml-syntax").map((f) => [f.ruleId, f.path, f.message, f.range.start]);
      return { firstSyntaxErrorLine: syntax.length > 0 ? Math.min(...syntax.map((f) => f.range.start.line)) : null, others };
    };
    fc.assert(
      fc.property(mutations, (m) => {
        const i = m.at % (m.base.length + 1);
        const lf = m.base.slice(0, i) + m.insert + m.base.slice(i + m.cut);
        expect(view(lf.replace(/\n/g, "\r\n"))).toEqual(view(lf));
      }),
      { numRuns: runs * 2 },
    );
  });
});
