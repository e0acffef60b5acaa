import { describe, expect, it } from "vitest";
import { allRules, DOCS_BASE_URL, ruleDocMarkdown, ruleDocUrl } from "../src/index.js";
import { loadCases } from "./rule-tester.js";

// Each rule's page (docs/rules/<id>.md, the CLI's `ogi rules <id>`, the editor's and the page's rule docs) shows
// the first valid and the first invalid case of the rule's case table: examples that the tests prove.
describe("rule documentation pages", () => {
  for (const meta of allRules) {
    it(`${meta.id}: its metadata, and a correct and an incorrect example from its case table`, () => {
      const page = ruleDocMarkdown(meta);
      const { valid, invalid } = loadCases(meta.id);
      expect(page.startsWith(`# ${meta.id}\n`)).toBe(true);
      expect(page).toContain(meta.description.zh);
      expect(page).toContain(meta.description.en);
      expect(page).toContain(`# ogi-disable-next-line ${meta.id} -- `);
      const examples = page.slice(page.indexOf("## 示例 / Examples"));
      expect(examples).toContain(`### 正确 / Correct: ${valid[0]!.name}\n`);
      expect(examples).toContain(`### 错误 / Incorrect: ${invalid[0]!.name}\n`);
      const [correct, incorrect] = examples.split("### 错误 / Incorrect");
      expect(correct).toContain("```yaml\n" + valid[0]!.report.trimEnd() + "\n```");
      expect(incorrect).toContain("```yaml\n" + invalid[0]!.report.trimEnd() + "\n```");
      for (const path of invalid[0]!.findings!) {
        expect(incorrect).toContain(path ? `- \`${meta.id}\` at \`${path}\`` : `- \`${meta.id}\` (the whole document)`);
      }
      expect(page.trimEnd().endsWith("do not edit -->")).toBe(true);
    });
  }

  it("says what a case is built on: the seed, the parts it leaves out, the files beside it", () => {
    const section = ruleDocMarkdown(allRules.find((m) => m.id === "section-missing")!);
    expect(section).toContain("以 `examples/seed-2025.yaml` 为底，去掉 `otherMatters`，换上以下部分 / `examples/seed-2025.yaml` without `otherMatters`, with these parts in place of its own:");
    const carry = ruleDocMarkdown(allRules.find((m) => m.id === "year-carry-over")!);
    expect(carry).toContain("`2024.yaml` (beside it):\n\n```yaml\ntemplate: \"2021\"");
    const units = ruleDocMarkdown(allRules.find((m) => m.id === "sum-of-units")!);
    expect(units).not.toContain("examples/seed-2025.yaml");
    expect(units).toContain("`units/a.yaml` (beside it):");
  });

  it("links each rule to its page", () => {
    expect(ruleDocUrl("t4-total")).toBe(`${DOCS_BASE_URL}t4-total.md`);
  });
});
