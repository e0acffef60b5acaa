import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { checkText } from "../src/index.js";
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
