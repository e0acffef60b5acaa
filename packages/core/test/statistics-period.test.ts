import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { checkText } from "../src/index.js";
import { read, repoRoot } from "./helpers.js";

const seed = read(join(repoRoot, "examples", "seed-2025.yaml"));

/** The seed (year 2025) with one sentence put before its overview, as a preamble. */
const withPreamble = (sentence: string, year = "2025") => seed.replace("year: 2025\n", `year: ${year}\npreamble: |\n  ${sentence}\n  本报告由本厅编制。\n`);

const findingsOf = (text: string) => checkText(text, { locale: "en" }).findings.filter((f) => f.ruleId === "statistics-period");

describe("statistics-period: the period the prose states is the report's calendar year", () => {
  const valid = [
    "本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。",
    "本报告中所列数据统计期限为2025年1月1日至12月31日。",
    "统计期间：2025.1.1—2025.12.31。",
    "统计时限为2025-01-01至2025-12-31。",
    "本报告所列数据的统计期限自１月１日起至１２月３１日止。",
    "本报告的电子版可在门户网站下载。", // no period stated: nothing to check
  ];
  it.each(valid)("valid: %s", (sentence) => expect(findingsOf(withPreamble(sentence))).toEqual([]));

  const invalid: [string, string, string][] = [
    ["本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。", "2024年1月1日起至2024年12月31日", "2024-01-01/2024-12-31"],
    ["本报告中所列数据统计期限为2025年1月1日至11月30日。", "2025年1月1日至11月30日", "2025-01-01/2025-11-30"],
    ["统计期间：2025.2.1—2025.12.31。", "2025.2.1—2025.12.31", "2025-02-01/2025-12-31"],
    ["统计时限自2024年7月1日至2025年6月30日。", "2024年7月1日至2025年6月30日", "2024-07-01/2025-06-30"],
  ];
  it.each(invalid)("invalid: %s", (sentence, written, actual) => {
    const [f, ...rest] = findingsOf(withPreamble(sentence));
    expect(rest).toEqual([]);
    expect(f!.path).toBe("/preamble");
    expect(f!.message).toBe(`The statistics period “${written}” should run from 1 January to 31 December 2025 (the report year)`);
    expect(f!).toMatchObject({ severity: "warning", expected: "2025-01-01/2025-12-31", actual });
  });

  it("marks the sentence itself in the text, across a folded line", () => {
    const text = seed.replace("year: 2025\n", "year: 2025\npreamble: |\n  根据条例编制本报告。本报告所列数据的统计期限自2024年1月1日\n  起至2024年12月31日止。如有疑问请联系本厅。\n");
    const [f] = findingsOf(text);
    const line = text.split("\n").findIndex((l) => l.includes("根据条例编制本报告"));
    expect(f!.range).toEqual({ start: { line, character: 12 }, end: { line: line + 1, character: 17 } }); // through its full stop
  });

  it("in Chinese, and without `year` the period must still be one whole year", () => {
    const zh = checkText(withPreamble("统计期限为2025年1月1日至2025年6月30日。"), { locale: "zh-CN" }).findings.find((f) => f.ruleId === "statistics-period");
    expect(zh!.message).toBe("统计期限「2025年1月1日至2025年6月30日」应为 2025年1月1日至2025年12月31日（报告年度 2025）");
    const noYear = withPreamble("统计期限为2024年1月1日至2024年6月30日。").replace("year: 2025\n", "");
    expect(findingsOf(noYear).map((f) => f.message)).toEqual(["The statistics period “2024年1月1日至2024年6月30日” should run from 1 January to 31 December 2024"]);
  });

  it("finds the period in every prose part", () => {
    const text = seed.replace("otherMatters: |\n", "otherMatters: |\n  本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n");
    expect(findingsOf(text).map((f) => f.path)).toEqual(["/otherMatters"]);
  });
});
