import { describe, expect, it } from "vitest";
import { checkText, fastParse, parseYamlCarefully } from "../src/index.js";

/** Nesting far past any limit, in every shape the readers take: each is one yaml-syntax finding with a place. */
const deep = {
  "10,000 nested flow mappings in one cell": "a: " + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000) + "\n",
  "100,000 nested flow mappings": "a: " + "{a: ".repeat(100_000) + "1" + "}".repeat(100_000) + "\n",
  "10,000 nested flow sequences": "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n",
  "mixed flow mappings and sequences": "a: " + "{a: [".repeat(5_000) + "1" + "]}".repeat(5_000) + "\n",
  "empty flow mappings as keys": "a: " + "{".repeat(10_000) + "}".repeat(10_000) + "\n",
  "3,000 nested block mappings": Array.from({ length: 3_000 }, (_, i) => " ".repeat(i) + "a:").join("\n") + " 1\n",
  "3,000 nested block sequences": Array.from({ length: 3_000 }, (_, i) => " ".repeat(2 * i) + "-").join("\n") + " 1\n",
  "compact sequences on one line": "a:\n" + "- ".repeat(10_000) + "1\n",
  "block mappings holding flow mappings": Array.from({ length: 1_000 }, (_, i) => " ".repeat(i) + "a:").join("\n") + " " + "{a: ".repeat(5_000) + "1" + "}".repeat(5_000) + "\n",
  "nested explicit keys": "? ".repeat(10_000) + "a\n",
  "anchored flow sequences": "a: " + "&x [".repeat(10_000) + "]".repeat(10_000) + "\n",
};

describe("depth limits on every path of both readers", () => {
  for (const [name, text] of Object.entries(deep)) {
    it(`${name}: one yaml-syntax finding with a location, no stack overflow`, () => {
      expect(() => fastParse(text)).not.toThrow();
      expect(() => parseYamlCarefully(text)).not.toThrow();
      const careful = parseYamlCarefully(text);
      expect(careful.root).toBeUndefined();
      expect(careful.problems.some((p) => p.fatal)).toBe(true);
      const findings = checkText(text, { locale: "en" }).findings;
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.every((f) => f.ruleId === "yaml-syntax")).toBe(true);
      const tooDeep = findings.find((f) => /too deep/.test(f.message));
      expect(tooDeep, JSON.stringify(findings.map((f) => f.message))).toBeDefined();
      // Where the nesting passes the limit, not the top of the file.
      expect(tooDeep!.range.start.line + tooDeep!.range.start.character).toBeGreaterThan(0);
    });
  }

  it("nesting within the limit still reads", () => {
    const text = "a: " + "{a: ".repeat(20) + "1" + "}".repeat(20) + "\n";
    expect(parseYamlCarefully(text).problems).toEqual([]);
  });
});
