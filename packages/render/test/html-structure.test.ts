import { cellsOf, fromPointer, templates, type Template } from "@ogi-report/core";
import { describe, expect, it } from "vitest";
import { parse as parseYamlText } from "yaml";
import { renderHtml } from "../src/index.js";
import { attr, county2020Input, elements, exampleText, hasClass, parseHtml, seedInput, tableById, textOf, type TableGrid } from "./helpers.js";

/** Table 3 as the template prints it, checked on the rendered page for both templates. */
function checkApplications(grid: TableGrid, template: Template) {
  const { matrix, rows } = grid;
  const labelColumns = 3;
  expect(grid.width).toBe(labelColumns + 7);

  // Header: the note in the corner over the label columns and all header rows; 申请人情况 over the seven.
  const corner = matrix[0]![0]!;
  expect(corner.text).toBe(template.applicationsNote.zh);
  expect(corner.text).toContain("勾稽关系");
  expect([corner.rowSpan, corner.colSpan]).toEqual([3, labelColumns]);
  expect(matrix[0]![labelColumns]!.text).toBe("申请人情况");
  expect(matrix[0]![labelColumns]!.colSpan).toBe(7);
  const natural = matrix[1]![labelColumns]!;
  expect([natural.text, natural.rowSpan]).toEqual(["自然人", 2]);
  const legal = matrix[1]![labelColumns + 1]!;
  expect([legal.text, legal.colSpan]).toEqual(["法人或其他组织", 5]);
  expect(matrix[2]!.slice(labelColumns + 1, labelColumns + 6).map((c) => c.text)).toEqual(template.applicantColumns.slice(1, 6).map((c) => c.label.zh));
  const total = matrix[1]![labelColumns + 6]!;
  expect([total.text, total.rowSpan]).toEqual(["总计", 2]);

  // Body: one row per template row, seven figures each, labels in template order.
  const body = rows.slice(3);
  expect(body).toHaveLength(template.applicationRows.length);
  body.forEach((row) => expect(row.filter((c) => c.tag === "td")).toHaveLength(7));
  template.applicationRows.forEach((row, i) => {
    const cells = matrix[3 + i]!;
    expect(cells[labelColumns - 1]!.text).toBe(row.label.zh);
    // The group cells to the left are the row's groups, each spanning exactly its run of rows.
    row.groups.forEach((group, level) => {
      const cell = cells[level]!;
      expect(cell.text).toBe(group.zh);
      const run = template.applicationRows.filter((r) => r.groups[level]?.zh === group.zh && r.groups[0]?.zh === row.groups[0]?.zh).length;
      expect(cell.rowSpan).toBe(run);
    });
    // The label spans whatever the groups leave.
    expect(cells.slice(0, labelColumns).filter((c) => c.text === row.label.zh)).toHaveLength(labelColumns - row.groups.length);
  });
}

describe("HTML: table 3 (收到和处理政府信息公开申请情况)", () => {
  it("template 2021: 25 rows × 7 figures under the merged headers", () => {
    const grid = tableById(parseHtml(renderHtml(seedInput(), { standalone: true })), "applications");
    checkApplications(grid, templates["2021"]);
    expect(grid.rows.slice(3)).toHaveLength(25);
    const cell = (text: string) => grid.rows.flat().find((c) => c.text === text)!;
    expect(cell("三、本年度办理结果").rowSpan).toBe(22);
    expect(cell("（三）不予公开").rowSpan).toBe(8);
    expect(cell("（四）无法提供").rowSpan).toBe(3);
    expect(cell("（五）不予处理").rowSpan).toBe(5);
    expect(cell("（六）其他处理").rowSpan).toBe(3);
    expect(cell("（七）总计").colSpan).toBe(2);
    expect(cell("一、本年新收政府信息公开申请数量").colSpan).toBe(3);
    expect(cell("四、结转下年度继续办理").colSpan).toBe(3);
  });

  it("template 2019: 23 rows; （六）其他处理 is a row of its own", () => {
    const grid = tableById(parseHtml(renderHtml(county2020Input(), { standalone: true })), "applications");
    checkApplications(grid, templates["2019"]);
    expect(grid.rows.slice(3)).toHaveLength(23);
    const cell = (text: string) => grid.rows.flat().find((c) => c.text === text)!;
    expect(cell("三、本年度办理结果").rowSpan).toBe(20);
    expect(cell("（六）其他处理").colSpan).toBe(2);
    expect(cell("（六）其他处理").rowSpan).toBe(1);
  });
});

describe("HTML: table 4 (行政复议、行政诉讼)", () => {
  it("has the grouped header: 行政复议 over 5, 行政诉讼 over 10 split into 未经复议直接起诉 and 复议后起诉", () => {
    const { matrix, rows, width } = tableById(parseHtml(renderHtml(seedInput(), { standalone: true })), "reviewAndLitigation");
    const tpl = templates["2021"];
    const columns = tpl.reviewColumns.map((c) => c.label.zh);
    expect(width).toBe(15);
    expect(rows).toHaveLength(4);
    expect([matrix[0]![0]!.text, matrix[0]![0]!.colSpan]).toEqual(["行政复议", 5]);
    expect([matrix[0]![5]!.text, matrix[0]![5]!.colSpan]).toEqual(["行政诉讼", 10]);
    expect(matrix[1]!.slice(0, 5).map((c) => [c.text, c.rowSpan])).toEqual(columns.map((c) => [c, 2]));
    expect([matrix[1]![5]!.text, matrix[1]![5]!.colSpan]).toEqual(["未经复议直接起诉", 5]);
    expect([matrix[1]![10]!.text, matrix[1]![10]!.colSpan]).toEqual(["复议后起诉", 5]);
    expect(matrix[2]!.slice(5).map((c) => c.text)).toEqual([...columns, ...columns]);
    expect(rows[3]!.filter((c) => c.tag === "td")).toHaveLength(15);
  });
});

describe("HTML: table 2 (主动公开政府信息情况)", () => {
  for (const [name, input] of [
    ["2021", seedInput],
    ["2019", county2020Input],
  ] as const) {
    it(`template ${name}: each block headed by its item, then 信息内容 and the block's columns, then its rows`, () => {
      const tpl = templates[name];
      const { matrix, rows, width } = tableById(parseHtml(renderHtml(input(), { standalone: true })), "activeDisclosure");
      let r = 0;
      for (const block of tpl.activeDisclosure) {
        expect(rows[r]).toHaveLength(1);
        expect([rows[r]![0]!.text, rows[r]![0]!.colSpan]).toEqual([block.item.zh, width]);
        r++;
        expect(dedupe(matrix[r]!).map((c) => c.text)).toEqual(["信息内容", ...block.columns.map((c) => c.label.zh)]);
        r++;
        for (const row of block.rows) {
          const cells = dedupe(matrix[r]!);
          expect(cells[0]!.text).toBe(row.label.zh);
          expect(cells.slice(1).every((c) => c.tag === "td")).toBe(true);
          expect(cells).toHaveLength(block.columns.length + 1);
          r++;
        }
      }
      expect(rows).toHaveLength(r);
    });
  }
});

describe("HTML: the document", () => {
  it("has the title and the six headings in order", () => {
    const root = parseHtml(renderHtml(seedInput(), { standalone: true }));
    expect(elements(root, "h1").map(textOf)).toEqual(["福建省人力资源和社会保障厅2025年政府信息公开工作年度报告"]);
    expect(elements(root, "h2").map(textOf)).toEqual(templates["2021"].parts.map((p) => p.heading.zh));
    expect(elements(root, "section").map((s) => attr(s, "data-pointer"))).toEqual(templates["2021"].parts.map((p) => `/${p.key}`));
  });

  for (const [name, file, input] of [
    ["seed (2021)", "seed-2025.yaml", seedInput],
    ["county (2019)", "county-2020.yaml", county2020Input],
  ] as const) {
    it(`${name}: every figure cell carries its data-pointer and shows exactly the YAML's value`, () => {
      const report = input();
      const yaml = parseYamlText(exampleText(file)) as unknown;
      const root = parseHtml(renderHtml(report, { standalone: true }));
      const figures = elements(root, "td");
      const expected = cellsOf(templates[report.template]);
      expect(figures.every((td) => hasClass(td, "ogi-figure"))).toBe(true);
      expect(figures.map((td) => attr(td, "data-pointer"))).toEqual(expected.map((c) => c.pointer));
      for (const td of figures) {
        const path = fromPointer(attr(td, "data-pointer")!);
        expect(textOf(td), attr(td, "data-pointer")).toBe(yamlFigure(yaml, path));
      }
    });
  }

  it("the seed's figures are the published ones (spot checks against the YAML text)", () => {
    const root = parseHtml(renderHtml(seedInput(), { standalone: true }));
    const at = (pointer: string) => textOf(elements(root, "td").find((td) => attr(td, "data-pointer") === pointer)!);
    expect(at("/applications/newReceived/6")).toBe("309");
    expect(at("/applications/results/total/0")).toBe("296");
    expect(at("/applications/carriedForward/6")).toBe("2");
    expect(at("/activeDisclosure/fees")).toBe("2380.31");
    expect(at("/activeDisclosure/normativeDocuments/inForce")).toBe("84");
    expect(at("/reviewAndLitigation/review/0")).toBe("1");
  });

  it("substitutes placeholders in the prose with the table's figures", () => {
    const input = seedInput();
    const report = input.report as Record<string, unknown>;
    report.overview = "本年新收申请{{applications.newReceived.total}}件，结转下年度{{ applications.carriedForward.6 }}件。\n（一）主动公开\n复议{{reviewAndLitigation.review.total}}件。";
    const root = parseHtml(renderHtml(input, { standalone: true }));
    const overview = elements(root, "section")[0]!;
    expect(elements(overview, "p").map(textOf)).toEqual(["本年新收申请309件，结转下年度2件。", "复议1件。"]);
    expect(elements(overview, "h3").map(textOf)).toEqual(["（一）主动公开"]);
    expect(renderHtml(input, { standalone: true })).not.toContain("{{");
  });
});

/** The figure the YAML holds at a path (read by the yaml package, not by the renderer), as printed. */
function yamlFigure(yaml: unknown, path: string[]): string {
  const value = path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], yaml);
  if (value === null || value === undefined) return "";
  if (typeof value === "object") {
    const { value: v, note } = value as { value: unknown; note?: unknown };
    return note === undefined ? String(v) : `${String(v)}（${String(note)}）`;
  }
  return String(value);
}

/** A row of the matrix with each merged cell once. */
function dedupe<T>(cells: T[]): T[] {
  return cells.filter((c, i) => cells.indexOf(c) === i);
}
