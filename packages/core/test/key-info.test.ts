import { describe, expect, it } from "vitest";
import { keyInfo, metaKeyInfo, templates } from "../src/index.js";

// What hover shows for a key: the printed label, where it sits in the template, and the columns of a row.
describe("keyInfo: what the template says about the key at a path", () => {
  it.each([
    // template, path, kind, label (zh), context (zh), columns (count)
    ["2021", ["agency"], "meta", "机关名称", [], undefined],
    ["2021", ["title"], "meta", "标题", [], undefined],
    ["2021", ["applications"], "part", "三、收到和处理政府信息公开申请情况", [], undefined],
    ["2021", ["activeDisclosure", "regulations"], "table2-row", "规章", ["第二十条第（一）项"], 3],
    ["2021", ["activeDisclosure", "regulations", "inForce"], "table2-column", "现行有效件数", ["第二十条第（一）项", "规章"], undefined],
    ["2021", ["activeDisclosure", "fees"], "table2-row", "行政事业性收费", ["第二十条第（八）项"], 1],
    ["2021", ["applications", "results", "denied", "stateSecret"], "table3-row", "1.属于国家秘密", ["三、本年度办理结果", "（三）不予公开"], 7],
    ["2021", ["applications", "results", "denied"], "table3-group", "（三）不予公开", ["三、本年度办理结果"], 7],
    ["2021", ["reviewAndLitigation", "litigationDirect"], "table4-row", "未经复议直接起诉", ["行政诉讼"], 5],
    ["2021", ["reviewAndLitigation", "review"], "table4-row", "行政复议", [], 5],
    ["2021", ["applications", "newReceived", 0, "value"], "cell-note", "数值", [], undefined],
    ["2021", ["applications", "newReceived", 0, "note"], "cell-note", "注释（原表单元格中数字旁的说明）", [], undefined],
    ["2019", ["activeDisclosure", "procurement", "amount"], "table2-column", "采购总金额", ["第二十条第（九）项", "政府集中采购"], undefined],
  ] as const)("%s %j: %s「%s」", (id, path, kind, label, context, columns) => {
    const info = keyInfo(templates[id], path);
    expect(info).toMatchObject({ kind, label: { zh: label }, context: context.map((zh) => ({ zh })) });
    expect(info!.columns?.length).toBe(columns);
  });

  it.each([
    ["nothing", []],
    ["a key the format does not know", ["remarks"]],
    ["below a meta key", ["agency", "name"]],
    ["a table-2 row that does not exist", ["activeDisclosure", "nothing"]],
    ["a column of a row of one figure", ["activeDisclosure", "licensing", "decisions"]],
    ["a column a row does not have", ["activeDisclosure", "regulations", "decisions"]],
    ["below a table-2 column", ["activeDisclosure", "regulations", "issued", "x"]],
    ["a table-3 row that does not exist", ["applications", "results", "nothing"]],
    ["below a table-4 row", ["reviewAndLitigation", "review", "upheld"]],
    ["a table-4 row that does not exist", ["reviewAndLitigation", "appeal"]],
    ["below a text part", ["problems", "x"]],
  ] as const)("nothing for %s", (_what, path) => {
    expect(keyInfo(templates["2021"], path)).toBeUndefined();
  });

  it("a meta key's description comes in both languages from the schema; a key without one has none", () => {
    expect(metaKeyInfo("year")).toEqual({ kind: "meta", label: { zh: "报告年度", en: "Report year" }, context: [], description: { zh: "报告所涵盖的年度（如 2025）。", en: "The year reported on." } });
    expect(metaKeyInfo("title")).toEqual({ kind: "meta", label: { zh: "标题", en: "Title" }, context: [] });
    expect(metaKeyInfo("applications")).toBeUndefined();
  });
});
