import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allRules } from "../src/index.js";
import { casesDir, loadCases, testRule } from "./rule-tester.js";

describe("rule case tables", () => {
  it("one table per rule, and no table for a rule that does not exist", () => {
    const tables = readdirSync(casesDir).filter((f) => f.endsWith(".yaml")).map((f) => f.replace(/\.yaml$/, "")).sort();
    expect(tables).toEqual(allRules.map((m) => m.id).sort());
  });
});

for (const meta of allRules) {
  describe(meta.id, () => {
    if (!existsSync(join(casesDir, `${meta.id}.yaml`))) it("has a case table", () => expect.fail(`packages/core/test/rule-cases/${meta.id}.yaml is missing`));
    else testRule(meta.id, loadCases(meta.id));
  });
}
