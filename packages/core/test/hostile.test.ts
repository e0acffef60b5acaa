import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { checkText, defaultLimits } from "../src/index.js";
import { read, repoRoot } from "./helpers.js";

const seed = read(join(repoRoot, "examples", "seed-2025.yaml"));
const rules = (text: string) => checkText(text, { locale: "en" }).findings.map((f) => f.ruleId);

describe("bad input gets a clear finding, never an exception", () => {
  it("an alias bomb is one yaml-syntax finding, found quickly", () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${new Array(10).fill("*" + String.fromCharCode(96 + i)).join(",")}]`);
    const t0 = performance.now();
    const findings = checkText(lines.join("\n")).findings;
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(findings.map((f) => f.ruleId)).toEqual(["yaml-syntax"]);
    expect(checkText(lines.join("\n"), { locale: "en" }).findings[0]!.message).toMatch(/alias bomb/);
  });
  it("duplicate keys", () => {
    expect(rules(seed.replace("year: 2025\n", "year: 2025\nyear: 2024\n"))).toContain("yaml-syntax");
  });
  it("a custom tag is reported and never executed", () => {
    const text = seed.replace("agency: 福建省人力资源和社会保障厅", "agency: !!js/function 'function(){ return 1 }'");
    const findings = checkText(text, { locale: "en" }).findings;
    expect(findings[0]).toMatchObject({ ruleId: "yaml-syntax" });
    expect(findings[0]!.message).toMatch(/Custom tag/);
  });
  it("an oversized file is one finding", () => {
    const findings = checkText(seed, { limits: { ...defaultLimits, maxLength: 100 } }).findings;
    expect(findings.map((f) => f.ruleId)).toEqual(["yaml-syntax"]);
    expect(findings[0]!.range.start).toEqual({ line: 0, character: 0 });
  });
  it.each([
    ["its first line", "agency: 某某局\n" + "x".repeat(300), 11],
    ["its first 200 characters when the first line is longer", "a".repeat(300), 200],
  ])("an oversized file's finding underlines %s", (_what, text, end) => {
    const findings = checkText(text, { locale: "en", limits: { ...defaultLimits, maxLength: 100 } }).findings;
    expect(findings.map((f) => [f.message, f.range])).toEqual([[`File too large (${text.length} > 100 characters); not checked`, { start: { line: 0, character: 0 }, end: { line: 0, character: end } }]]);
  });
  it("deep nesting", () => {
    const text = "a: " + "[".repeat(5000) + "]".repeat(5000);
    expect(rules(text)).toEqual(["yaml-syntax"]);
  });
  it("a document that is not a mapping", () => {
    expect(rules("- 1\n- 2\n")).toEqual(["yaml-syntax"]);
    expect(rules("just text")).toEqual(["yaml-syntax"]);
  });
  it("an empty file says what is missing, at line 0", () => {
    const findings = checkText("", { locale: "en" }).findings;
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.range.start.line).toBe(0);
  });
  it("binary bytes", () => {
    expect(() => checkText("\u0000\u0001\u0002\uFFFD\u0007template: x")).not.toThrow();
    expect(rules("\u0000\u0001")).toEqual(["yaml-syntax"]);
  });
  it("__proto__ and constructor keys are unknown keys, and pollute nothing", () => {
    const text = seed.replace("year: 2025\n", "year: 2025\n__proto__: { polluted: true }\nconstructor: x\n");
    const findings = checkText(text).findings;
    expect(findings.map((f) => [f.ruleId, f.path])).toEqual([
      ["schema", "/__proto__"],
      ["schema", "/constructor"],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it("numbers beyond 2^53, exponents, .inf and .nan are cell-value", () => {
    const text = seed
      .replace("licensing: 0", "licensing: 9007199254740993")
      .replace("penalty: 0", "penalty: 1e3")
      .replace("coercion: 0", "coercion: .inf")
      .replace("fees: 2380.31", "fees: .nan");
    const findings = checkText(text, { locale: "en" }).findings;
    expect(findings.map((f) => [f.ruleId, f.path])).toEqual([
      ["cell-value", "/activeDisclosure/licensing"],
      ["cell-value", "/activeDisclosure/penalty"],
      ["cell-value", "/activeDisclosure/coercion"],
      ["cell-value", "/activeDisclosure/fees"],
    ]);
    expect(findings[1]!.fixes[0]).toMatchObject({ safe: true, edits: [{ newText: "1000" }] });
  });
  it("a BOM and CRLF line ends keep positions right", () => {
    const text = "\uFEFF" + seed.replace("review:                [1, 0, 0, 0, 1]", "review:                [1, 0, 0, 0, 2]").replace(/\n/g, "\r\n");
    const [f] = checkText(text).findings;
    const line = seed.split("\n").findIndex((l) => l.includes("review:  "));
    expect(f!.range.start.line).toBe(line);
    expect(f!.range.start.character).toBe(seed.split("\n")[line]!.indexOf("1]"));
  });
  it("tabs in indentation are a syntax finding", () => {
    expect(rules(seed.replace("  licensing: 0", "\tlicensing: 0"))).toContain("yaml-syntax");
  });
  it("money stays exact: no float in the way", () => {
    const text = seed.replace("fees: 2380.31", "fees: 4166.241619");
    expect(checkText(text).findings).toEqual([]);
  });
});

describe("cells written as { value, note }", () => {
  it("a stray key inside a cell is cell-value (the schema rule leaves cells alone)", () => {
    const text = seed.replace("licensing: 0", "licensing: { value: 0, nte: 含往年 }");
    const findings = checkText(text, { locale: "en" }).findings;
    expect(findings.map((f) => [f.ruleId, f.path])).toEqual([["cell-value", "/activeDisclosure/licensing"]]);
    expect(findings[0]!.message).toMatch(/only value and note, not “nte”/);
  });
  it("a note beside the value is fine", () => {
    expect(checkText(seed.replace("licensing: 0", 'licensing: { value: 0, note: "含往年" }')).findings).toEqual([]);
  });
});

describe("size", () => {
  it("a 50 MB file is one yaml-syntax finding at line 0, without reading it as YAML", () => {
    const big = seed + "# " + "填".repeat(25 * 1024 * 1024) + "\n";
    const t0 = performance.now();
    const findings = checkText(big, { locale: "en" }).findings;
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(findings.map((f) => [f.ruleId, f.range.start.line])).toEqual([["yaml-syntax", 0]]);
    expect(findings[0]!.message).toMatch(/too large/);
  });

  it("100,000 lines of prose check clean, in bounded time", () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `  第${i + 1}项工作按计划推进。`).join("\n");
    const text = seed.replace(/overview: \|\n(?: {2}.*\n)+/, `overview: |\n${lines}\n`);
    expect(text.split("\n").length).toBeGreaterThan(100_000);
    const t0 = performance.now();
    const findings = checkText(text).findings;
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(findings).toEqual([]);
  });

  it("100,000 lines of unknown keys: schema findings, no crash", () => {
    const text = seed + Array.from({ length: 100_000 }, (_, i) => `extra${i}: ${i}`).join("\n") + "\n";
    const findings = checkText(text).findings;
    expect(findings.length).toBe(100_000);
    expect(new Set(findings.map((f) => f.ruleId))).toEqual(new Set(["schema"]));
  });
});
