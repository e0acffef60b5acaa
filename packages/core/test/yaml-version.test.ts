import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { checkText, nodeAt, parseYaml } from "../src/index.js";
import { read, repoRoot } from "./helpers.js";

const seed = read(join(repoRoot, "examples", "seed-2025.yaml"));
/** Balanced only if 0445 were octal (293), as YAML 1.1 reads it. */
const octal = seed.replace("newReceived:        [293,", "newReceived:        [0445,");

describe("reports are YAML 1.2", () => {
  for (const directive of ["%YAML 1.1", "%YAML 1.1 # old", "%YAML 1.3"]) {
    it(`${directive}: a yaml-syntax finding on the directive, and the figures read as YAML 1.2`, () => {
      const text = `${directive}\n---\n${octal}`;
      expect(nodeAt(parseYaml(text).root, ["applications", "newReceived", 0])).toMatchObject({ value: 445 });
      const findings = checkText(text, { locale: "en" }).findings;
      expect(findings[0]).toMatchObject({ ruleId: "yaml-syntax", range: { start: { line: 0, character: 0 } } });
      expect(findings[0]!.message).toMatch(/YAML 1\.2/);
      // Everything else is what the same report says without the directive, two lines further down.
      const without = checkText(octal, { locale: "en" }).findings;
      expect(without.map((f) => f.ruleId)).toContain("t3-row-total");
      expect(findings.slice(1).map((f) => [f.ruleId, f.path, f.range.start.line - 2])).toEqual(without.map((f) => [f.ruleId, f.path, f.range.start.line]));
    });
  }

  it("%YAML 1.2 is fine", () => {
    expect(checkText(`%YAML 1.2\n---\n${seed}`).findings).toEqual([]);
  });

  it("a directive cannot be silenced", () => {
    const text = `# ogi-disable-next-line yaml-syntax -- old files\n%YAML 1.1\n---\n${seed}`;
    expect(checkText(text).findings.map((f) => f.ruleId)).toContain("yaml-syntax");
  });
});
