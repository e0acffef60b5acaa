import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { checkText, fastParse, parseYamlCarefully } from "../src/index.js";
import { read, repoRoot } from "./helpers.js";

const seed = read(join(repoRoot, "examples", "seed-2025.yaml"));
const view = (text: string) => checkText(text, { locale: "en" }).findings.map((f) => [f.ruleId, f.path, f.message, f.range.start]);
const crlf = (text: string) => text.replace(/\n/g, "\r\n");

/** Where the fast reader once guessed: it must read what YAML 1.2 (the careful path) reads, or give up. */
describe("the fast reader gives up where it is not certain", () => {
  for (const [name, space] of [
    ["U+3000", "\u3000"],
    ["U+00A0", "\u00a0"],
    ["U+2003", "\u2003"],
    ["U+2028", "\u2028"],
  ] as const) {
    it(`year${name}: 2025 — the same findings with LF and CRLF (the key is not "year")`, () => {
      const text = seed.replace("year: 2025", `year${space}: 2025`);
      const fast = fastParse(text);
      if (fast) expect(fast).toEqual(parseYamlCarefully(text).root);
      expect(view(text)).toEqual(view(crlf(text)));
      expect(view(text).map((f) => f[0])).toContain("schema");
    });
  }

  it("licensing: - is a YAML error, not the text “-”", () => {
    const text = seed.replace("licensing: 0", "licensing: -");
    expect(fastParse(text)).toBeUndefined();
    expect(view(text)[0]![0]).toBe("yaml-syntax");
    expect(view(text)).toEqual(view(crlf(text)));
  });

  it("--- key: v on a later line starts a document, it is not a key “--- key”", () => {
    const text = seed.replace("year: 2025\n", "year: 2025\n--- key: v\n");
    expect(fastParse(text)).toBeUndefined();
    expect(view(text).map((f) => f[0])).toContain("yaml-syntax");
    expect(JSON.stringify(parseYamlCarefully(text).root ?? null)).not.toContain('"--- key"');
  });

  it("a BOM in mid-file is left to the careful path", () => {
    const text = seed.replace("year: 2025\n", "year: 2025\n\uFEFFextra: 1\n");
    expect(fastParse(text)).toBeUndefined();
    expect(view(text)).toEqual(view(crlf(text)));
  });

  it("document markers at the start and the end", () => {
    for (const text of ["---\n" + seed, seed + "...\n", seed + "---\n"]) {
      expect(fastParse(text)).toBeUndefined();
      expect(view(text)).toEqual(view(crlf(text)));
    }
  });
});

/**
 * One text per decision the fast reader makes (each branch of yaml/fast*.ts, measured with coverage): it either
 * builds exactly the careful path's tree or gives up, and gives up exactly where expected.
 */
const keys17 = Array.from({ length: 17 }, (_, i) => `k${i}: ${i}`).join("\n");
const cases: [name: string, text: string, fast: "reads" | "gives up"][] = [
  ["empty", "", "gives up"],
  ["only comments", "# a\n\n# b\n", "gives up"],
  ["a sequence at the top", "- a\n- b\n", "gives up"],
  ["an indented first line", "  a: 1\n", "gives up"],
  ["content after the root", "a: 1\n- b\n", "gives up"],
  ["booleans and null", "a: true\nb: false\nc: ~\nd: null\ne: 1.5\nf: -3\ng: 12345678901234567\n", "reads"],
  ["hex, octal, .inf, .nan", "a: 0x1F\n", "gives up"],
  ["a special scalar in flow", "a: [.inf]\n", "gives up"],
  ["a key that is not a string", "1: a\n", "gives up"],
  ["null as a key", "null: a\n", "gives up"],
  ["true as a key", "True: a\n", "gives up"],
  ["a key in a flow mapping that is not a string", "a: {1.5: x}\n", "gives up"],
  ["a quoted key", "'a': 1\n", "gives up"],
  [".inf as a key", ".inf: 1\n", "gives up"],
  ["a key that starts with a sign", "_a: 1\n+b: 2\n", "reads"],
  ["an empty key", ": 1\n", "gives up"],
  ["a key without a colon", "abc\n", "gives up"],
  ["a comment inside a key", "a #b: 1\n", "gives up"],
  ["a colon inside a key", "a:b: 1\n", "reads"],
  ["a comment after a key", "a: # c\n  b: 1\n", "gives up"],
  ["a comment after a value", "a: 1 # c\nb: x # d\n", "reads"],
  ["a hash inside a value", "a: x#y\n", "reads"],
  ["a colon inside a value", "a: x: y\n", "gives up"],
  ["a colon at a value's end", "a: x:\n", "gives up"],
  ["a value continued on the next line", "a: x\n  y\n", "gives up"],
  ["a value with an indicator", "a: &x 1\n", "gives up"],
  ["a lone dash", "a: -\n", "gives up"],
  ["a dash and a space", "a: - b\n", "gives up"],
  ["a negative number", "a: -1\n", "reads"],
  ["a double-quoted value", 'a: "x y"\n', "reads"],
  ["a double-quoted escape", 'a: "x\\ny"\n', "gives up"],
  ["a single-quoted value", "a: 'x y'\n", "reads"],
  ["a single-quoted escape", "a: 'it''s'\n", "gives up"],
  ["an unterminated quote", "a: 'x\n", "gives up"],
  ["text after a quote", "a: 'x' y\n", "gives up"],
  ["a quote and a comment", "a: 'x' # c\n", "reads"],
  ["a comment without a space", "a: [1]#c\n", "gives up"],
  ["a nested mapping", "a:\n  b: 1\n  c:\n    d: 2\ne: 3\n", "reads"],
  ["a deeper line after a nested mapping ends", "a:\n    b: 1\n  c: 2\n", "gives up"],
  ["a sequence under a key, indented", "a:\n  - x\n  - y\nb: 1\n", "reads"],
  ["a sequence under a key, not indented", "a:\n- x\n- y\nb: 1\n", "reads"],
  ["a sequence at the end", "a:\n  - x\n", "reads"],
  ["a sequence and a deeper line", "a:\n  - x\n    y\n", "gives up"],
  ["a sequence item that is a collection", "a:\n  - [1]\n", "gives up"],
  ["an empty sequence item", "a:\n  -\n", "gives up"],
  ["a key with nothing after it", "a:\nb: 1\n", "reads"],
  ["a key with nothing after it, at the end", "a:", "reads"],
  ["flow rows", "a: [1, 22, x, 'q', 0.5]\nb: [ 1 , 2 ]\nc: []\n", "reads"],
  ["a long number in a row", "a: [1234567890123456789, 1]\n", "reads"],
  ["a trailing comma in a row", "a: [1, ]\n", "gives up"],
  ["a row cut after a comma", "a: [1, \n", "gives up"],
  ["a brace inside a row item", "a: [x{y]\n", "gives up"],
  ["a colon at the line's end in a row", "a: [x:\n", "gives up"],
  ["an empty item in a row", "a: [1, , 2]\n", "gives up"],
  ["a row that does not end", "a: [1, 2\n", "gives up"],
  ["a row item with a space", "a: [1 2]\n", "reads"],
  ["a row without a separator", "a: ['x' 2]\n", "gives up"],
  ["a nested row", "a: [[1]]\n", "gives up"],
  ["a bracket inside an item", "a: [x]y]\n", "gives up"],
  ["a colon before a comma in a row", "a: [x:, 1]\n", "gives up"],
  ["a colon before the end of a row", "a: [x:]\n", "gives up"],
  ["a colon before a space in a row", "a: [x: y]\n", "gives up"],
  ["a colon inside an item", "a: [x:y]\n", "reads"],
  ["a hash in an item", "a: [x #y]\n", "gives up"],
  ["a dash item in a row", "a: [-, 1]\n", "gives up"],
  ["a dash number in a row", "a: [-1, 1]\n", "reads"],
  ["an indicator in a row", "a: [*x]\n", "gives up"],
  ["a row after a value", "a: [1] x\n", "gives up"],
  ["cells", "a: { value: 3, note: 含往年 }\nb: {value: '1', note: x}\n", "reads"],
  ["an empty flow mapping", "a: {}\n", "reads"],
  ["a trailing comma in a flow mapping", "a: {b: 1, }\n", "gives up"],
  ["a flow mapping cut after a comma", "a: {b: 1, \n", "gives up"],
  ["a flow mapping cut after a colon", "a: {b: \n", "gives up"],
  ["a bracket inside a flow value", "a: {b: x]}\n", "gives up"],
  ["a flow mapping that does not end", "a: {b: 1\n", "gives up"],
  ["a flow mapping at the end of the text", "a: {b: ", "gives up"],
  ["a flow mapping with an empty value", "a: {b: }\n", "gives up"],
  ["a flow key without a value", "a: {b, c: 1}\n", "gives up"],
  ["a flow key with a bracket", "a: {b[: 1}\n", "gives up"],
  ["a flow key with a comment", "a: {b #c: 1}\n", "gives up"],
  ["a flow key without a space after its colon", "a: {b:1}\n", "gives up"],
  ["a flow key with an indicator", "a: {-b: 1}\n", "gives up"],
  ["a flow mapping without a separator", "a: {b: 1 c: 2}\n", "gives up"],
  ["a flow mapping in a flow mapping", "a: {b: {c: 1}}\n", "reads"],
  ["a flow duplicate key", "a: {b: 1, b: 2}\n", "gives up"],
  ["seventeen keys", keys17 + "\n", "reads"],
  ["seventeen keys and a duplicate", keys17 + "\nk3: 9\n", "gives up"],
  ["seventeen keys, a new one and a duplicate", keys17 + "\nk17: 1\nk0: 2\n", "gives up"],
  ["a duplicate key", "a: 1\na: 2\n", "gives up"],
  ["a literal block", "a: |\n  x\n\n  y\n\nb: |-\n  z\n    w\nc: 1\n", "reads"],
  ["a literal block with trailing spaces after the header", "a: |  \n  x\n", "reads"],
  ["a literal block with a comment on the header", "a: | # c\n  x\n", "gives up"],
  ["a literal block with an indentation indicator", "a: |2\n  x\n", "gives up"],
  ["a literal block with a leading blank line", "a: |\n\n  x\n", "gives up"],
  ["an empty literal block", "a: |\nb: 1\n", "gives up"],
  ["a literal block with a less indented line", "a: |\n    x\n  y\n", "gives up"],
  ["a literal block with a deeper blank line", "a: |\n  x\n     \n  y\n", "gives up"],
  ["a literal block at the end without a newline", "a: |\n  x", "gives up"],
  ["a literal block with shallow blank lines", "a: |\n  x\n \n  y\n", "reads"],
  ["a folded block", "a: >\n  x\n", "gives up"],
  ["deep block nesting", Array.from({ length: 70 }, (_, i) => " ".repeat(i) + "a:").join("\n") + " 1\n", "gives up"],
  ["deep flow nesting", "a: " + "{a: ".repeat(70) + "1" + "}".repeat(70) + "\n", "gives up"],
];

describe("every decision of the fast reader", () => {
  for (const [name, text, expected] of cases) {
    it(`${name}: ${expected === "reads" ? "the careful path's tree" : "gives up"}`, () => {
      const fast = fastParse(text);
      if (expected === "gives up") {
        expect(fast).toBeUndefined();
        return;
      }
      expect(fast).toBeDefined();
      const careful = parseYamlCarefully(text);
      expect(careful.problems).toEqual([]);
      expect(fast).toEqual(careful.root);
    });
  }
});
