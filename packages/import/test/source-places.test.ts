import { describe, expect, it } from "vitest";
import { cellSource, formatDiagnostic, formatLocation, formatPlace, importDocument } from "@ogi-report/import";
import { xmlTokens } from "../src/sources/xml.js";

// Where `ogi check` on a source document points for a finding: the row's label in the text imported.
describe("the printed row of a cell in the source", () => {
  const text = [
    "三、收到和处理政府信息公开申请情况",
    "一、本年新收政府信息公开申请数量 309 16 0 0 0 0 325",
    "  （一）予 以 公 开 212 15 0 0 0 0 227",
    "2.重复申请 0 0 0 0 0 0 0",
    "2.重复申请 0 0 0 0 0 0 0",
    "（七）总计 296 16 0 0 0 0 312",
  ].join("\n");

  it.each([
    ["a row printed once, by its label without its numbering", "/applications/newReceived/3", { line: 2, column: 3 }],
    ["a label printed with spaces between its characters", "/applications/results/granted/0", { line: 3, column: 6 }],
    ["a label printed twice: no place rather than a wrong one", "/applications/results/notProcessed/duplicate/0", undefined],
    ["a label too short to be told apart (总计)", "/applications/results/total/0", undefined],
    ["table 4, whose rows are column headers", "/reviewAndLitigation/review/0", undefined],
    ["a pointer that is no cell", "/applications/nothing/0", undefined],
  ])("%s", async (_what, pointer, place) => {
    const result = await importDocument(new TextEncoder().encode(text), "text");
    expect(result.template).toBe("2021");
    expect(cellSource(result, pointer)).toEqual(place);
  });

  it("a source that could not be read has no places", async () => {
    const result = await importDocument(new Uint8Array([1, 2, 3]), "docx");
    expect(result.diagnostics.map((d) => d.severity)).toEqual(["error"]);
    expect(cellSource(result, "/applications/newReceived/0")).toBeUndefined();
  });
});

describe("a place in a Word or PDF file, in the source's own terms", () => {
  it.each([
    [{ page: 3 }, "page=3"],
    [{ page: 3, line: 7 }, "page=3,line=7"],
    [{ table: 2, row: 5, column: 3 }, "table=2,row=5,column=3"],
    [{ paragraph: 12 }, "paragraph=12"],
    [{}, ""],
  ])("%j is %s", (place, written) => {
    expect(formatPlace(place)).toBe(written);
  });
});

describe("an import diagnostic as one line", () => {
  const d = { code: "cell-uncertain" as const, severity: "warning" as const, message: { zh: "无法确定", en: "cannot tell" }, location: { offset: 10, line: 12, column: 5 } };
  it.each([
    [d, "en", undefined, "12:5: warning cell-uncertain: cannot tell"],
    [{ ...d, path: "/applications/newReceived/0" }, "zh-CN", "r.html", "r.html:12:5: warning cell-uncertain: 无法确定 [/applications/newReceived/0]"],
    [{ ...d, location: { ...d.location, htmlPath: "body>table[2]>tr[5]>td[3]" } }, "en", "r.html", "r.html:12:5 (body>table[2]>tr[5]>td[3]): warning cell-uncertain: cannot tell"],
  ] as const)("%#: %s", (diagnostic, locale, file, line) => {
    expect(formatDiagnostic(diagnostic, locale, file)).toBe(line);
  });

  it("English by default", () => {
    expect(formatDiagnostic(d)).toBe("12:5: warning cell-uncertain: cannot tell");
    expect(formatLocation(d.location)).toBe("12:5");
  });
});

describe("the XML of a Word document, token by token", () => {
  it("tags with either quote, text with entities, CDATA; comments, declarations and doctypes skipped", () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE x><!-- saved by WPS --><w:p w:rsidR='00A1' w:x = "a&amp;b"><w:t xml:space="preserve">第&#x4E00;&#20108;&amp;&lt;&gt;&quot;&apos;&nbsp;&#0;&#x110000;</w:t><w:br/><![CDATA[<raw & text>]]></w:p>tail &amp; end`;
    expect([...xmlTokens(xml)]).toEqual([
      { kind: "open", name: "w:p", attrs: { "w:rsidR": "00A1", "w:x": "a&b" }, selfClosing: false },
      { kind: "open", name: "w:t", attrs: { "xml:space": "preserve" }, selfClosing: false },
      { kind: "text", text: `第一二&<>"'&nbsp;&#0;&#x110000;` },
      { kind: "close", name: "w:t" },
      { kind: "open", name: "w:br", attrs: {}, selfClosing: true },
      { kind: "text", text: "<raw & text>" },
      { kind: "close", name: "w:p" },
      { kind: "text", text: "tail & end" },
    ]);
  });
});
