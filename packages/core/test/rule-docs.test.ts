import { describe, expect, it } from "vitest";
import { allRules, DOCS_BASE_URL, ruleDocMarkdown, ruleDocUrl, type RuleMeta } from "../src/index.js";
import { UNSUPPRESSIBLE } from "../src/suppress.js";
import { loadCases } from "./rule-tester.js";

/** What the page says about switching the rule off and silencing one finding. */
function expectConfiguration(meta: RuleMeta, page: string): void {
  const directive = `# ogi-disable-next-line ${meta.id} -- `;
  if (meta.scope === "tool") {
    expect(page).toContain("It cannot be switched off or suppressed.");
    expect(page).not.toContain(".ogi.yaml");
    expect(page).not.toContain(directive);
    return;
  }
  expect(page).toContain(`  ${meta.id}: warning   # error | warning | info | off`);
  const reason = UNSUPPRESSIBLE.get(meta.id);
  if (reason) {
    // No example of a comment that would itself be a finding; the page says why instead.
    expect(page).toContain(`Its findings cannot be suppressed with a comment: ${reason.en}.`);
    expect(page).not.toContain(directive);
  } else {
    expect(page).toContain(directive);
  }
}

// Each rule's page (docs/rules/<id>.md, the CLI's `ogi rules <id>`, the editor's and the page's rule docs) shows
// the first valid and the first invalid case of the rule's case table: examples that the tests prove.
describe("rule documentation pages", () => {
  for (const meta of allRules) {
    // `internal` (scope "tool") is the tool failing on a file: no report draws it, so it has no case table to show.
    const title = meta.scope === "tool" ? "its metadata, and no examples: no report draws it" : "its metadata, and a correct and an incorrect example from its case table";
    it(`${meta.id}: ${title}`, () => {
      const page = ruleDocMarkdown(meta);
      expect(page.startsWith(`# ${meta.id}\n`)).toBe(true);
      expect(page).toContain(meta.description.zh);
      expect(page).toContain(meta.description.en);
      expectConfiguration(meta, page);
      expect(page.trimEnd().endsWith("do not edit -->")).toBe(true);
      if (meta.scope === "tool") {
        expect(page).not.toContain("## 示例 / Examples");
        return;
      }
      const { valid, invalid } = loadCases(meta.id);
      const examples = page.slice(page.indexOf("## 示例 / Examples"));
      expect(examples).toContain(`### 正确 / Correct: ${valid[0]!.name}\n`);
      expect(examples).toContain(`### 错误 / Incorrect: ${invalid[0]!.name}\n`);
      const [correct, incorrect] = examples.split("### 错误 / Incorrect");
      expect(correct).toContain("```yaml\n" + valid[0]!.report.trimEnd() + "\n```");
      expect(incorrect).toContain("```yaml\n" + invalid[0]!.report.trimEnd() + "\n```");
      for (const path of invalid[0]!.findings!) {
        expect(incorrect).toContain(path ? `- \`${meta.id}\` at \`${path}\`` : `- \`${meta.id}\` (the whole document)`);
      }
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

  it("says why a rule cannot be silenced, in the rule's own terms", () => {
    expect(ruleDocMarkdown(allRules.find((m) => m.id === "yaml-syntax")!)).toContain("they change what other YAML readers read");
    expect(ruleDocMarkdown(allRules.find((m) => m.id === "suppression")!)).not.toContain("YAML readers");
  });

  it("links each rule to its page", () => {
    expect(ruleDocUrl("t4-total")).toBe(`${DOCS_BASE_URL}t4-total.md`);
  });
});
