import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reportRules } from "../src/index.js";
import { casesDir, loadCases, testRule } from "./rule-tester.js";

describe("rule case tables", () => {
  // `internal` (scope "tool") is the tool failing on a file: no report draws it, so no table can show it.
  it("one table per rule a report can draw, and no table for any other id", () => {
    const tables = readdirSync(casesDir).filter((f) => f.endsWith(".yaml")).map((f) => f.replace(/\.yaml$/, "")).sort();
    expect(tables).toEqual(reportRules.map((m) => m.id).sort());
  });
});

for (const meta of reportRules) {
  describe(meta.id, () => {
    if (!existsSync(join(casesDir, `${meta.id}.yaml`))) it("has a case table", () => expect.fail(`packages/core/test/rule-cases/${meta.id}.yaml is missing`));
    else testRule(meta.id, loadCases(meta.id));
  });
}
