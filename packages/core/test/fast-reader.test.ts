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
