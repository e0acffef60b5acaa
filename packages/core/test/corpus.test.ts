import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { checkText } from "../src/index.js";
import { read, repoRoot, yamlFilesUnder } from "./helpers.js";

// The published reports transcribed by hand (fixtures/corpus); the corpus README says which balance.
const dir = join(repoRoot, "fixtures", "corpus");
const files = yamlFilesUnder(dir);

describe("real published reports", () => {
  it("are all here", () => expect(files.length).toBe(12));

  for (const file of files) {
    const name = file.split("/").pop()!;
    it(name, () => {
      const { findings } = checkText(read(file), { locale: "zh-CN" });
      if (name.startsWith("006_")) {
        // Published with 「（七）总计」 20 / 21 while its items add to 26 / 27; 一+二 = 三+四 still holds.
        expect(findings.map((f) => [f.ruleId, f.path, f.expected, f.actual])).toEqual([
          ["t3-results-total", "/applications/results/total/0", 26, 20],
          ["t3-results-total", "/applications/results/total/6", 27, 21],
        ]);
        expect(findings[0]!.message).toBe("「（七）总计」自然人栏为 20，各办理结果之和为 26");
      } else if (name.startsWith("010_")) {
        // Published with blank cells, 总计 of every result row among them: blank is not zero.
        expect(new Set(findings.map((f) => f.ruleId))).toEqual(new Set(["cell-blank"]));
        expect(findings.length).toBe(135);
        expect(findings.map((f) => f.path)).toContain("/applications/results/granted/6");
      } else {
        expect(findings).toEqual([]);
      }
    });
  }
});
