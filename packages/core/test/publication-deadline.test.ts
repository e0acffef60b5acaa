import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { checkText } from "../src/index.js";
import { read, repoRoot } from "./helpers.js";

const seed = read(join(repoRoot, "examples", "seed-2025.yaml"));
const corpus = (name: string) => read(join(repoRoot, "fixtures", "corpus", name));

/** The seed with its agency, and `level` / `published` when given. */
function report(agency: string, published?: string, level?: string): string {
  const head = [`agency: ${agency}`, ...(level ? [`level: ${level}`] : []), ...(published ? [`published: "${published}"`] : [])].join("\n");
  return seed.replace("agency: 福建省人力资源和社会保障厅", head);
}

const findingsOf = (text: string, locale: "zh-CN" | "en" = "en") =>
  checkText(text, { locale }).findings.filter((f) => f.ruleId === "publication-deadline").map((f) => [f.severity, f.path, f.message]);

describe("publication-deadline: the 2025 report against Art. 49", () => {
  const cases: [string, string, string | undefined, string | undefined, [string, string][]][] = [
    // [title, agency, published, level, [severity, message start]]
    ["a department on 31 January: in time", "福建省人力资源和社会保障厅", "2026-01-31", undefined, []],
    ["a department on 1 February: late (name, high confidence)", "福建省人力资源和社会保障厅", "2026-02-01", undefined, [["warning", "Published on 2026-02-01, after the legal deadline for a government department, 31 January 2026 (inferred from the name, high confidence"]]],
    ["a 局 in March: late", "某某市生态环境局", "2026-03-02", undefined, [["warning", "Published on 2026-03-02, after the legal deadline for a government department"]]],
    ["a 委员会 in time", "上海市科学技术委员会", "2026-01-20", undefined, []],
    ["a people's government on 31 March: in time", "某某县人民政府", "2026-03-31", undefined, []],
    ["a people's government on 1 April: late", "某某县人民政府", "2026-04-01", undefined, [["warning", "Published on 2026-04-01, after the legal deadline for a people's government, 31 March 2026 (inferred from the name, high confidence"]]],
    ["a government's office in February: a department, low confidence", "上海市人民政府办公厅", "2026-02-10", undefined, [["warning", "Published on 2026-02-10, after the legal deadline for a government department, 31 January 2026 (inferred from the name, low confidence"]]],
    ["level: government overrides the office's name", "上海市人民政府办公厅", "2026-02-10", "government", []],
    ["level: department overrides a place's name", "平潭综合实验区", "2026-02-10", "department", [["warning", "Published on 2026-02-10, after the legal deadline for a government department, 31 January 2026 (level: department)"]]],
    ["a place's name reads as its government (low)", "平潭综合实验区", "2026-03-10", undefined, []],
    ["a committee, between the deadlines: info, no guess", "某某经济开发区管理委员会", "2026-03-10", undefined, [["info", "Cannot tell the kind of agency (a zone's committee or a street office may report as a government or as a department): as a department, 2026-03-10 is after the deadline of 31 January 2026"]]],
    ["a committee by 31 January: in time whatever it is", "某某经济开发区管理委员会", "2026-01-15", undefined, []],
    ["a committee after 31 March: late whatever it is", "某某经济开发区管理委员会", "2026-05-01", undefined, [["warning", "Published on 2026-05-01, after the legal deadline for any kind of agency, 31 March 2026"]]],
    ["no published: no finding", "某某经济开发区管理委员会", undefined, undefined, []],
  ];
  it.each(cases)("%s", (_title, agency, published, level, want) => {
    const got = findingsOf(report(agency, published, level));
    expect(got.length).toBe(want.length);
    got.forEach(([severity, path, message], i) => {
      expect(severity).toBe(want[i]![0]);
      expect(path).toBe("/published");
      expect(message!.startsWith(want[i]![1])).toBe(true);
    });
  });

  it("points at the date, says it in Chinese too, and can be switched off", () => {
    const text = report("福建省人力资源和社会保障厅", "2026-02-01");
    const [f] = checkText(text, { locale: "zh-CN" }).findings.filter((x) => x.ruleId === "publication-deadline");
    expect(f!.message).toBe("2026-02-01 公布，晚于人民政府部门的法定期限 2026年1月31日（按机关名称推断，把握较高：机关名称以局、厅、委员会、办公室等结尾）");
    const line = text.split("\n").findIndex((l) => l.startsWith("published:"));
    expect(f!.range).toEqual({ start: { line, character: 11 }, end: { line, character: 23 } });
    expect(f!.expected).toBe("≤ 2026-01-31");
    expect(checkText(text, { rules: { "publication-deadline": "off" } }).findings).toEqual([]);
    expect(checkText(text, { rules: { "publication-deadline": "error" } }).findings[0]!.severity).toBe("error");
  });

  it("an unknown level is the schema's to report, and the rule then infers from the name", () => {
    const findings = checkText(report("某某县人民政府", "2026-04-01", "county"), { locale: "en" }).findings;
    expect(findings.map((f) => [f.ruleId, f.path])).toEqual([
      ["schema", "/level"],
      ["publication-deadline", "/published"],
    ]);
  });

  it("the corpus's publication dates are all within the deadline for the kind of agency their names say", () => {
    // Pingtan 2019–2025 (a place, read as its government): 20 Jan to 10 March; Shanghai's office 2019: 31 January.
    for (const name of ["001_pingtan_2025", "002_pingtan_2024", "003_pingtan_2023", "004_pingtan_2022", "005_pingtan_2021", "006_pingtan_2020", "007_pingtan_2019", "010_shanghai_office_2019"]) {
      expect(findingsOf(corpus(`${name}.yaml`))).toEqual([]);
    }
    // The same dates for a department: the five published after 31 January are late.
    const asDepartment = ["001_pingtan_2025", "002_pingtan_2024", "003_pingtan_2023", "004_pingtan_2022", "005_pingtan_2021", "006_pingtan_2020", "007_pingtan_2019"].filter(
      (name) => findingsOf(corpus(`${name}.yaml`).replace("agency: 平潭综合实验区", "agency: 平潭综合实验区\nlevel: department")).length > 0,
    );
    expect(asDepartment).toEqual(["001_pingtan_2025", "002_pingtan_2024", "003_pingtan_2023", "004_pingtan_2022", "005_pingtan_2021", "006_pingtan_2020"]);
  });
});
