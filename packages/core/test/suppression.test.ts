import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { checkText, fixAll, nodeAt, parseYaml, parseYamlCarefully } from "../src/index.js";
import { read, repoRoot } from "./helpers.js";

const seed = read(join(repoRoot, "examples", "seed-2025.yaml"));
const broken = seed.replace("review:                [1, 0, 0, 0, 1]", "review:                [1, 0, 0, 0, 2]");

describe("inline suppression", () => {
  it("silences one rule on the next line when it gives a reason", () => {
    const text = broken.replace("  review:", "  # ogi-disable-next-line t4-total -- 含往年结转案件\n  review:");
    expect(checkText(text).findings).toEqual([]);
  });
  it("does nothing without a reason, and says so", () => {
    const text = broken.replace("  review:", "  # ogi-disable-next-line t4-total\n  review:");
    expect(checkText(text).findings.map((f) => f.ruleId).sort()).toEqual(["suppression", "t4-total"]);
  });
  it("names only the rules it lists", () => {
    const text = broken.replace("  review:", "  # ogi-disable-next-line t3-balance -- 不相关\n  review:");
    expect(checkText(text).findings.map((f) => f.ruleId).sort()).toEqual(["suppression", "t4-total"]);
  });
  it("reports an unknown rule id", () => {
    const text = seed.replace("  review:", "  # ogi-disable-next-line t4-totl -- typo\n  review:");
    const findings = checkText(text, { locale: "en" }).findings;
    expect(findings.map((f) => f.message)).toEqual(["Unknown rule “t4-totl” in a suppression comment"]);
  });
});

describe("what a suppression comment cannot do", () => {
  /** applications.carriedOver twice: the first copy balances, the last (the one YAML readers that allow it keep) does not. */
  const duplicated = seed.replace(
    "  carriedOver:        [5, 0, 0, 0, 0, 0, 5]\n",
    "  carriedOver:        [5, 0, 0, 0, 0, 0, 5]\n  # ogi-disable-next-line yaml-syntax -- 重复的行\n  carriedOver:        [9, 0, 0, 0, 0, 0, 9]\n",
  );

  it("a duplicate key is reported even under `# ogi-disable-next-line yaml-syntax`, and the comment is a finding", () => {
    const findings = checkText(duplicated, { locale: "en" }).findings;
    expect(findings[0]).toMatchObject({ ruleId: "yaml-syntax" });
    expect(findings[0]!.message).toMatch(/Duplicate key “carriedOver”/);
    expect(findings.filter((f) => f.ruleId === "suppression").map((f) => f.message)).toEqual(["“yaml-syntax” findings cannot be suppressed: they change what other YAML readers read"]);
  });

  it("a comment naming `suppression` is itself a finding, with the reason that rule has", () => {
    const text = seed.replace("  review:", "  # ogi-disable-next-line suppression -- 不想看到\n  review:");
    const messages = checkText(text, { locale: "en" }).findings.map((f) => f.message);
    expect(messages).toEqual(["“suppression” findings cannot be suppressed: a suppression comment's own problem is mended in that comment, not silenced by another"]);
    const zh = checkText(text, { locale: "zh-CN" }).findings.map((f) => f.message);
    expect(zh).toEqual(["「suppression」的问题不能用注释关闭：禁用注释自身的问题应在该注释中改正，不能用另一条注释关闭"]);
  });

  it("every reader takes the last copy of a duplicate key, so the figures checked are the ones other readers see", () => {
    expect(nodeAt(parseYaml(duplicated).root, ["applications", "carriedOver", 0])).toMatchObject({ value: 9 });
    expect(nodeAt(parseYamlCarefully(duplicated).root, ["applications", "carriedOver", 0])).toMatchObject({ value: 9 });
    // The last copy (9) does not balance: the rules say so, as they would for a file with only that row.
    const balance = checkText(duplicated).findings.filter((f) => f.ruleId === "t3-balance");
    expect(balance.map((f) => f.path)).toEqual(["/applications/carriedForward/0", "/applications/carriedForward/6"]);
    const carried = balance[0]!.related.find((r) => r.path === "/applications/carriedOver/0")!;
    expect(carried.range.start.line).toBe(duplicated.split("\n").findIndex((l) => l.includes("[9, 0")));
    const flow = seed.replace("licensing: 0", "licensing: { value: 0, value: 3 }");
    expect(nodeAt(parseYaml(flow).root, ["activeDisclosure", "licensing", "value"])).toMatchObject({ value: 3 });
  });

  it("a line of prose inside a | block that reads like a directive silences nothing", () => {
    const text = seed + "  # ogi-disable-next-line schema -- 正文中的一行\nextra: 1\n";
    expect(checkText(text).findings.map((f) => [f.ruleId, f.path])).toEqual([["schema", "/extra"]]);
  });

  it("--fix leaves such a line of prose alone", () => {
    const text = seed + "  # ogi-disable-next-line t4-total -- 正文中的一行\n";
    expect(checkText(text).findings).toEqual([]);
    expect(fixAll(text).text).toBe(text);
  });

  it("--fix removes only the unused rule id of a directive, keeping the reason and the used one", () => {
    const text = broken.replace("  review:", "  # ogi-disable-next-line t4-total, cell-value -- 含往年结转案件\n  review:");
    const findings = checkText(text, { locale: "en" }).findings;
    expect(findings.map((f) => f.message)).toEqual(["Unused suppression: no “cell-value” finding on the next line"]);
    const fixed = fixAll(text);
    expect(fixed.text).toBe(broken.replace("  review:", "  # ogi-disable-next-line t4-total -- 含往年结转案件\n  review:"));
    expect(fixed.findings).toEqual([]);
    const first = broken.replace("  review:", "  # ogi-disable-next-line cell-value, t3-balance, t4-total -- 理由\n  review:");
    expect(fixAll(first).text).toBe(broken.replace("  review:", "  # ogi-disable-next-line t4-total -- 理由\n  review:"));
  });

  it("a directive whose every rule is unused goes as a whole line", () => {
    const text = seed.replace("  review:", "  # ogi-disable-next-line t4-total, cell-value -- 不需要\n  review:");
    expect(fixAll(text).text).toBe(seed);
  });

  it("a file that cannot be read as YAML keeps its directives (no rule ran, so none is unused)", () => {
    const text = broken.replace("  review:", "  # ogi-disable-next-line t4-total -- 理由\n  review:") + "bad: [\n";
    expect(checkText(text).findings.map((f) => f.ruleId)).toEqual(["yaml-syntax"]);
    expect(fixAll(text).text).toBe(text);
  });
});
