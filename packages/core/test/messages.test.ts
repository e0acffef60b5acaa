import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { checkText } from "../src/index.js";
import { read, repoRoot } from "./helpers.js";

const broken = (name: string) => read(join(repoRoot, "examples", "broken", `${name}.yaml`));
const messages = (name: string, locale: "zh-CN" | "en") => checkText(broken(name), { locale }).findings.map((f) => f.message);

describe("messages state the reported and the computed value, in both languages", () => {
  it("t3-row-total", () => {
    expect(messages("t3-row-total", "zh-CN")[0]).toBe("「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」总计栏为 12，六类申请人之和为 11（11+0+0+0+0+0）");
    expect(messages("t3-row-total", "en")[0]).toBe("“(2) Partly disclosed (count separable cases here only)”: the Total column is 12, but the six applicant columns sum to 11 (11+0+0+0+0+0)");
  });
  it("t3-results-total", () => {
    expect(messages("t3-results-total", "zh-CN")).toEqual(["「（七）总计」自然人栏为 296，各办理结果之和为 297", "「（七）总计」商业企业栏为 16，各办理结果之和为 15"]);
    expect(messages("t3-results-total", "en")[1]).toBe("“(7) Total”, Businesses column, is 16, but the result items sum to 15");
  });
  it("t3-balance", () => {
    expect(messages("t3-balance", "zh-CN")[0]).toBe("自然人栏：一（293）+ 二（6）= 299，三（七）（296）+ 四（2）= 298，两者应相等");
    expect(messages("t3-balance", "en")[1]).toBe("Total column: 1 (309) + 2 (6) = 315, but 3(7) (312) + 4 (2) = 314; they must be equal");
  });
  it("t4-total", () => {
    expect(messages("t4-total", "zh-CN")).toEqual(["「行政复议」总计为 2，维持、纠正、其他、尚未审结之和为 1（1+0+0+0）"]);
    expect(messages("t4-total", "en")).toEqual(["“Administrative reconsideration”: the total is 2, but upheld + corrected + other + pending = 1 (1+0+0+0)"]);
  });
  it("expected and actual carry the figures", () => {
    const [f] = checkText(broken("t4-total")).findings;
    expect([f!.expected, f!.actual]).toEqual([1, 2]);
  });
  it("the likely cause is named in both languages", () => {
    const zh = checkText(broken("root-cause"), { locale: "zh-CN" }).findings[1]!.related[0]!;
    const en = checkText(broken("root-cause"), { locale: "en" }).findings[1]!.related[0]!;
    expect(zh).toMatchObject({ role: "likely-cause", path: "/applications/results/total/0", message: "可能的原因：「（七）总计」自然人栏为 295，改为 296 可使 3 项勾稽关系同时成立" });
    expect(en.message).toBe("Likely cause: “(7) Total”, Natural persons column is 295; 296 would make 3 identities hold");
  });
  it("cell-value and cell-blank name the cell", () => {
    expect(messages("cell-value", "zh-CN")[0]).toBe("第二十条第（一）项「行政规范性文件」的「现行有效件数」：全角或带分隔符的数字「８４」");
    expect(messages("cell-blank", "en")).toEqual([
      "Article 20 item (6) “Administrative coercion” is blank: write 0 if there were none",
      "“1. State secret”, Businesses column is blank「/」: write 0 if there were none",
    ]);
  });
});
