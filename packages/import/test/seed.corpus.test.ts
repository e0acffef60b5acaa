import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { importReport } from "@ogi-report/import";
import { compareCells, findingKeys } from "./compare.js";
import { fixturesDir, repoRoot, seedsDir } from "./corpus-files.js";

const seeds = readdirSync(seedsDir()).filter((f) => f.endsWith(".txt"));

describe("the seed report imports to the same figures as its transcription", () => {
  it("has seeds to import", () => expect(seeds.length).toBeGreaterThan(0));
  for (const file of seeds) {
    const result = importReport(readFileSync(join(seedsDir(), file), "utf8"), "text", { agency: "福建省人力资源和社会保障厅" });
    it(`${file} = fixtures/corpus/011_fujian_hrss_2025.yaml`, () => {
      const fixture = parse(readFileSync(join(fixturesDir, "011_fujian_hrss_2025.yaml"), "utf8"));
      const cmp = compareCells(result, fixture, "2021");
      expect(cmp.wrong).toEqual([]);
      expect(cmp.uncertain).toEqual([]);
      expect(result.summary).toEqual({ tables: 3, cellsRead: 200, cellsUncertain: 0, blanks: 0, absent: 0 });
      expect(findingKeys(result.yaml)).toEqual([]);
      expect(result.report.year).toBe(2025);
    });
    const example = join(repoRoot, "examples/seed-2025.yaml");
    it(`${file} = examples/seed-2025.yaml`, () => {
      const seed = parse(readFileSync(example, "utf8"));
      const cmp = compareCells(result, seed, "2021");
      expect(cmp.wrong).toEqual([]);
      expect(cmp.uncertain).toEqual([]);
    });
    it(`${file}: without a title the agency is reported unknown, not invented`, () => {
      const bare = importReport(readFileSync(join(seedsDir(), file), "utf8"), "text");
      expect(bare.report.agency).toBe("");
      expect(bare.diagnostics.map((d) => d.code)).toContain("agency-unknown");
    });
  }
});
