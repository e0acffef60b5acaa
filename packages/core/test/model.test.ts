import { describe, expect, it } from "vitest";
import { checkText, readReportModel, type CellRead, type DocumentReader } from "../src/index.js";

const report = [
  'template: "2021"',
  "agency: 某市某局",
  "year: 2025",
  "title: 某市某局2025年政府信息公开工作年度报告",
  "previous: ../2024/report.yaml",
  "overview: |",
  "  本年度新收申请 3 件。",
  "activeDisclosure:",
  "  regulations: { issued: { value: 5, note: 含修订2件 }, repealed: 1, inForce: 9 }",
  "  fees: 12.50",
  "applications:",
  "  newReceived: [1, 2, 0, 0, 0, 0, 3]",
  "problems: 人手不足，已增配人员。",
  "",
].join("\n");

const lastYear = report.replace("year: 2025", "year: 2024").replace("previous: ../2024/report.yaml\n", "").replace("某市某局", "去年某局");

function memory(files: Record<string, string>): DocumentReader & { reads: string[] } {
  const reads: string[] = [];
  return { reads, readFile: (p) => (reads.push(p), files[p]), expandGlob: () => [] };
}

const at = (text: string, n: { start: number; end: number }) => text.slice(n.start, n.end);

describe("the report model checkText returns", () => {
  it("holds the template, identity, prose parts and every cell with value, note and range", () => {
    const { model } = checkText(report);
    expect(model).toBeDefined();
    const m = model!;
    expect(m.templateId).toBe("2021");
    expect(m.template.id).toBe("2021");
    expect(m.agency?.value).toBe("某市某局");
    expect(m.year?.value).toBe(2025);
    expect(at(report, m.year!.node)).toBe("2025");
    expect(m.title?.value).toContain("2025年");
    expect(m.parts.map((p) => [p.key, p.path, p.value])).toEqual([
      ["overview", "/overview", "本年度新收申请 3 件。\n"],
      ["problems", "/problems", "人手不足，已增配人员。"],
    ]);
    expect(at(report, m.parts[1]!.node)).toBe("人手不足，已增配人员。");

    const issued = m.cells.get("/activeDisclosure/regulations/issued") as Extract<CellRead, { state: "ok" }>;
    expect(issued).toMatchObject({ state: "ok", value: 5, note: "含修订2件" });
    expect(at(report, issued.node)).toBe("5");
    expect(m.cells.get("/activeDisclosure/fees")).toMatchObject({ state: "ok", value: 12.5, decimal: "12.50" });
    expect(m.cells.get("/applications/newReceived/6")).toMatchObject({ state: "ok", value: 3 });
    expect(m.cells.get("/applications/carriedOver/0")).toMatchObject({ state: "missing" });
    // Every template cell is there, once, in template order.
    expect(m.cells.size).toBe([...m.cells.keys()].length);
    expect([...m.cells.keys()][0]).toBe("/activeDisclosure/regulations/issued");
  });

  it("is immutable", () => {
    const m = checkText(report).model!;
    expect(Object.isFrozen(m)).toBe(true);
    expect(Object.isFrozen(m.parts)).toBe(true);
    expect(() => {
      (m as { agency: unknown }).agency = undefined;
    }).toThrow(TypeError);
  });

  it("is the model presenters get from the text alone, without the rules", () => {
    const checked = checkText(report).model!;
    const read = readReportModel(report).model!;
    expect(read.agency?.value).toBe(checked.agency?.value);
    expect(read.parts.map((p) => p.value)).toEqual(checked.parts.map((p) => p.value));
    expect([...read.cells.values()].map((c) => [c.state, "value" in c ? c.value : null])).toEqual([...checked.cells.values()].map((c) => [c.state, "value" in c ? c.value : null]));
  });

  it("resolves last year's report through the front end's reader, once, as a model of its own", () => {
    const reader = memory({ "/r/2024/report.yaml": lastYear });
    const { model } = checkText(report, { documents: { path: "/r/2025/report.yaml", reader } });
    const previous = model!.previous;
    expect(previous?.at).toBe("/previous");
    expect(previous?.report?.path).toBe("/r/2024/report.yaml");
    expect(previous?.report?.model.agency?.value).toBe("去年某局");
    expect(previous?.report?.model.year?.value).toBe(2024);
    expect(reader.reads).toEqual(["/r/2024/report.yaml"]); // the rules that use it did not read it again
  });

  it("says why last year's report could not be read", () => {
    const { model } = checkText(report, { documents: { path: "/r/2025/report.yaml", reader: memory({}) } });
    expect(model!.previous).toMatchObject({ failure: { path: "/r/2024/report.yaml", problem: "missing" } });
  });

  it("resolves units: read, missing, and unmatched globs", () => {
    const summary = report.replace("previous: ../2024/report.yaml\n", "units: [a.yaml, b.yaml, 'x/*.yaml']\n");
    const reader: DocumentReader = { readFile: (p) => (p === "/s/a.yaml" ? lastYear : undefined), expandGlob: () => [] };
    const units = checkText(summary, { documents: { path: "/s/sum.yaml", reader } }).model!.units;
    expect(units.map((u) => [u.index, u.entry, u.outcome.kind])).toEqual([
      [0, "a.yaml", "files"],
      [1, "b.yaml", "files"],
      [2, "x/*.yaml", "no-match"],
    ]);
    const files = (i: number) => {
      const outcome = units[i]!.outcome;
      if (outcome.kind !== "files") throw new Error(`unit ${i}: ${outcome.kind}`);
      return outcome.files.map((f) => ({ path: f.path, problem: "problem" in f ? f.problem : undefined }));
    };
    expect(files(0).map((f) => [f.path, f.problem])).toEqual([["/s/a.yaml", undefined]]);
    expect(files(1).map((f) => [f.path, f.problem])).toEqual([["/s/b.yaml", "missing"]]);
  });

  it("is absent when the text has no mapping at its root, and never resolves files without a reader", () => {
    expect(checkText("- 1\n- 2\n").model).toBeUndefined();
    expect(checkText("").model?.parts).toEqual([]); // an empty text is an empty report: every part missing
    const m = checkText(report).model!;
    expect(m.previous).toBeUndefined();
    expect(m.units).toEqual([]);
  });
});
