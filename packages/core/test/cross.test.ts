import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { checkText, type DocumentReader } from "../src/index.js";
import { read, repoRoot } from "./helpers.js";

const seed = read(join(repoRoot, "examples", "seed-2025.yaml"));
const corpus = (name: string) => read(join(repoRoot, "fixtures", "corpus", name));

function memory(files: Record<string, string>, globs: Record<string, string[]> = {}): DocumentReader {
  return { readFile: (p) => files[p], expandGlob: (pattern, base) => globs[`${base}/${pattern}`] ?? [] };
}

const rulesOf = (findings: { ruleId: string; path: string }[], prefix: string) => findings.filter((f) => f.ruleId.startsWith(prefix)).map((f) => [f.ruleId, f.path]);

describe("across years", () => {
  it("the real Pingtan reports carry over year to year; the 2023 clean-up asks for an explanation", () => {
    const files: Record<string, string> = {
      "/pt/2022.yaml": corpus("004_pingtan_2022.yaml"),
      "/pt/2023.yaml": corpus("003_pingtan_2023.yaml").replace("\nsource:", "\nprevious: 2022.yaml\nsource:"),
    };
    const { findings } = checkText(files["/pt/2023.yaml"]!, { locale: "en", documents: { path: "/pt/2023.yaml", reader: memory(files) } });
    expect(rulesOf(findings, "year")).toEqual([["year-in-force", "/activeDisclosure/normativeDocuments/inForce"]]);
    expect(findings[0]!.severity).toBe("info");
    expect(findings[0]!.message).toBe("470 normative documents in force, but last year's 698 + 77 issued − 132 repealed = 643; if some were cleaned up or expired, say so in the prose");
    expect(findings[0]!.related[0]).toMatchObject({ file: "/pt/2022.yaml", role: "previous-year" });
  });

  it("a carry-over that does not match last year's carried forward, per column, pointing into last year's file", () => {
    const lastYear = seed.replace("year: 2025", "year: 2024").replace("carriedForward:     [2, 0, 0, 0, 0, 0, 2]", "carriedForward:     [4, 1, 0, 0, 0, 0, 5]");
    const files = { "/office/2024/report.yaml": lastYear, "/office/2025/report.yaml": seed.replace("year: 2025\n", "year: 2025\nprevious: ../2024/report.yaml\n") };
    const { findings } = checkText(files["/office/2025/report.yaml"], { locale: "zh-CN", documents: { path: "/office/2025/report.yaml", reader: memory(files) } });
    expect(rulesOf(findings, "year-carry")).toEqual([
      ["year-carry-over", "/applications/carriedOver/0"],
      ["year-carry-over", "/applications/carriedOver/1"],
    ]);
    const first = findings.find((f) => f.path === "/applications/carriedOver/1");
    expect(first!.message).toBe("「二、上年结转」商业企业栏为 0，上一年度报告「四、结转下年度继续办理」为 1");
    expect(first!.severity).toBe("warning");
    const line = lastYear.split("\n").findIndex((l) => l.includes("carriedForward:"));
    expect(first!.related[0]).toMatchObject({ file: "/office/2024/report.yaml", path: "/applications/carriedForward/1", range: { start: { line } } });
  });

  it("--previous overrides the document's own link; a missing file and a wrong year are said plainly", () => {
    const files = { "/a/r.yaml": seed.replace("year: 2025\n", "year: 2025\nprevious: nowhere.yaml\n"), "/a/2023.yaml": seed.replace("year: 2025", "year: 2023") };
    const missing = checkText(files["/a/r.yaml"], { locale: "en", documents: { path: "/a/r.yaml", reader: memory(files) } }).findings;
    expect(missing.map((f) => [f.ruleId, f.path, f.message])).toEqual([["year-carry-over", "/previous", "Previous year's report: file not found: /a/nowhere.yaml"]]);
    const wrongYear = checkText(files["/a/r.yaml"], { locale: "en", documents: { path: "/a/r.yaml", reader: memory(files), previous: "/a/2023.yaml" } }).findings;
    expect(wrongYear.map((f) => f.message)).toEqual(["The previous report should be for 2024, not 2023"]);
  });

  it("without a file reader the cross-document rules stay silent", () => {
    expect(checkText(seed.replace("year: 2025\n", "year: 2025\nprevious: x.yaml\n")).findings).toEqual([]);
  });
});

describe("across units", () => {
  const unit = (agency: string, newReceived: string, fees: string) =>
    seed.replace("agency: 福建省人力资源和社会保障厅", `agency: ${agency}`).replace("newReceived:        [293, 16, 0, 0, 0, 0, 309]", `newReceived:        ${newReceived}`).replace("fees: 2380.31", `fees: ${fees}`);
  // Only the cells under test differ; the units' other cells are the seed's, so the summary's are twice those.
  const doubled = (text: string) => text.replace(/\[([\d, ]+)\]/g, (_, row: string) => `[${row.split(",").map((n) => Number(n) * 2).join(", ")}]`).replace(/(issued|repealed|inForce|licensing|penalty|coercion): (\d+)/g, (_, k: string, n: string) => `${k}: ${Number(n) * 2}`);

  it("every cell equals the sum of the units; a difference names the units behind it; money is exact", () => {
    const a = unit("甲局", "[290, 19, 0, 0, 0, 0, 309]", "0.1");
    const b = unit("乙局", "[296, 13, 0, 0, 0, 0, 309]", "0.2");
    const summary = doubled(seed)
      .replace("year: 2025\n", "year: 2025\nunits:\n  - units/*.yaml\n  - missing/丙局.yaml\n")
      .replace("fees: 2380.31", "fees: 0.3")
      .replace("newReceived:        [586, 32, 0, 0, 0, 0, 618]", "newReceived:        [587, 32, 0, 0, 0, 0, 618]");
    const files = { "/gov/summary.yaml": summary, "/gov/units/a.yaml": a, "/gov/units/b.yaml": b };
    const reader = memory(files, { "/gov/units/*.yaml": ["/gov/units/a.yaml", "/gov/units/b.yaml"] });
    const { findings } = checkText(summary, { locale: "zh-CN", documents: { path: "/gov/summary.yaml", reader } });
    const units = findings.filter((f) => f.ruleId === "sum-of-units");
    expect(units.map((f) => f.path)).toEqual(["/units/1", "/applications/newReceived/0"]);
    expect(units[0]!.message).toBe("单位报告缺失：找不到文件 /gov/missing/丙局.yaml");
    expect(units[1]!.message).toBe("「一、本年新收政府信息公开申请数量」自然人栏汇总为 587，2 个单位之和为 586（甲局 290、乙局 296）");
    expect(units[1]!.related.map((r) => r.file)).toEqual(["/gov/units/a.yaml", "/gov/units/b.yaml"]);
    // 0.1 + 0.2 = 0.3 exactly: no float in the sum.
    expect(units.some((f) => f.path === "/activeDisclosure/fees")).toBe(false);
  });
});
