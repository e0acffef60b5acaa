import { describe, expect, it } from "vitest";
import { addDecimals, formatDecimal, parseDecimal, sameDecimal } from "../src/decimal.js";

// 万元 amounts are added as written, never through floats (0.1 + 0.2 is 0.3 here).
describe("万元 decimals", () => {
  it.each([
    [["0.1", "0.2"], "0.3"],
    [["4166.241619", "1"], "4167.241619"],
    [["2380.3", "0.05"], "2380.35"],
    [["0.01", "0.02"], "0.03"],
    [["12", "30"], "42"],
    [[" 1.5 ", "2"], "3.5"],
    [[], "0"],
    [["1.5", "-2"], undefined],
    [["1.5", "1e3"], undefined],
    [["1.5", "一"], undefined],
  ])("%j add up to %s", (values, sum) => {
    expect(addDecimals(values)).toBe(sum);
  });

  it.each([
    ["2380.3", "2380.30", true],
    ["2380", "2380.00", true],
    ["0.1", "0.10000", true],
    ["2380.31", "2380.3", false],
    ["2380.3", "约2380", false],
    ["x", "x", false],
  ])("%s and %s are the same amount: %s", (a, b, same) => {
    expect(sameDecimal(a, b)).toBe(same);
  });

  it("reads and writes the digits exactly, small amounts with their leading zero", () => {
    expect(parseDecimal("0012.50")).toEqual({ units: 1250n, scale: 2 });
    expect(parseDecimal("12.")).toBeUndefined();
    expect(formatDecimal(5n, 3)).toBe("0.005");
    expect(formatDecimal(123456789012345678901234n, 2)).toBe("1234567890123456789012.34");
    expect(formatDecimal(7n, 0)).toBe("7");
  });
});
