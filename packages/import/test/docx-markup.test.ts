import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { cellSource, formatPlace, importDocument } from "@ogi-report/import";

// Word documents as Word, WPS and LibreOffice write them, made here file by file: what is printed is read, what is
// not printed (deletions, hidden runs, field codes) is not, and merged cells keep their spans.
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function docx(body: string, title?: string, extra: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = { "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}>${body}</w:document>`) };
  if (title !== undefined) files["docProps/core.xml"] = strToU8(`<cp:coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${title}</dc:title></cp:coreProperties>`);
  for (const [name, text] of Object.entries(extra)) files[name] = strToU8(text);
  return zipSync(files);
}

const p = (runs: string) => `<w:p>${runs}</w:p>`;
const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const tc = (text: string, pr = "") => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ""}${p(r(text))}</w:tc>`;

const bodyOf = (html: string) => html.slice(html.indexOf("<body>") + 7, html.indexOf("</body>"));

describe("a Word document read as the page it prints", () => {
  it("runs, tabs and line breaks are text; deletions, hidden runs, field codes and page breaks are not", async () => {
    const body = p(
      [
        r("本年"),
        "<w:r><w:tab/></w:r>",
        r("新收"),
        '<w:r><w:br/><w:br w:type="page"/><w:cr/></w:r>',
        "<w:r><w:noBreakHyphen/></w:r>",
        "<w:del><w:r><w:delText>旧文字</w:delText></w:r></w:del>",
        "<w:ins>" + r("插入") + "</w:ins>",
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>",
        "<w:r><w:instrText> PAGE </w:instrText></w:r>",
        "<w:hyperlink>" + r("链接") + "</w:hyperlink>",
        "<mc:AlternateContent><mc:Choice>" + r("选") + "</mc:Choice><mc:Fallback>" + r("备") + "</mc:Fallback></mc:AlternateContent>",
        "<w:r><w:pict><w:txbxContent>" + p(r("文本框")) + "</w:txbxContent></w:pict></w:r>",
      ].join(""),
    );
    const result = await importDocument(docx(`<w:body>${body}<w:sdt><w:sdtPr/><w:sdtContent>${p(r("控件内容"))}</w:sdtContent></w:sdt><w:sectPr/></w:body>`), "docx");
    expect(bodyOf(result.converted!)).toBe("<p>本年\t新收<br><br>-插入链接选<br>文本框<br></p>\n<p>控件内容</p>\n");
  });

  it("a report's title is kept from the document's properties; a stale title (文档1) is not", async () => {
    const titled = await importDocument(docx(`<w:body>${p(r("正文"))}</w:body>`, "某某局2025年政府信息公开工作年度报告"), "docx");
    expect(titled.converted).toContain("<title>某某局2025年政府信息公开工作年度报告</title>");
    const stale = await importDocument(docx(`<w:body>${p(r("正文"))}</w:body>`, "文档1"), "docx");
    expect(stale.converted).not.toContain("<title>");
  });

  it("merged cells: gridSpan is a colspan, vMerge a rowspan, gridBefore an offset; each cell has its place", async () => {
    const table =
      "<w:tbl><w:tblPr/><w:tblGrid/>" +
      `<w:tr>${tc("申请人", '<w:gridSpan w:val="2"/>')}${tc("总计", '<w:vMerge w:val="restart"/>')}</w:tr>` +
      `<w:tr>${tc("自然人")}${tc("法人")}${tc("", "<w:vMerge/>")}</w:tr>` +
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc("5")}${tc("6")}</w:tr>` +
      `<w:sdt><w:sdtContent><w:tr>${tc("7")}<w:customXml>${tc("8")}</w:customXml>${tc("9")}</w:tr></w:sdtContent></w:sdt>` +
      "</w:tbl>";
    const result = await importDocument(docx(`<w:body>${table}</w:body>`), "docx");
    expect(bodyOf(result.converted!)).toBe(
      [
        "<table>",
        '<tr><td colspan="2"><p>申请人</p>\n</td><td rowspan="2"><p>总计</p>\n</td></tr>',
        "<tr><td><p>自然人</p>\n</td><td><p>法人</p>\n</td></tr>",
        "<tr><td><p>5</p>\n</td><td><p>6</p>\n</td></tr>",
        "<tr><td><p>7</p>\n</td><td><p>8</p>\n</td><td><p>9</p>\n</td></tr>",
        "</table>",
        "",
      ].join("\n"),
    );
    const places = result.ranges!.map((range) => formatPlace(range.place));
    expect(places).toEqual(["table=1,row=1,column=1", "table=1,row=1,column=3", "table=1,row=2,column=1", "table=1,row=2,column=2", "table=1,row=3,column=2", "table=1,row=3,column=3", "table=1,row=4,column=1", "table=1,row=4,column=2", "table=1,row=4,column=3"]);
  });

  it("a row label found in a Word table is placed by table, row and column", async () => {
    const table = `<w:tbl><w:tr>${tc("一、本年新收政府信息公开申请数量")}${tc("3")}</w:tr></w:tbl>`;
    const result = await importDocument(docx(`<w:body>${p(r("三、收到和处理政府信息公开申请情况"))}${table}</w:body>`), "docx");
    expect(cellSource(result, "/applications/newReceived/0")?.place).toEqual({ table: 1, row: 1, column: 1 });
  });

  it.each([
    ["not a ZIP file", new Uint8Array([80, 75, 1, 2, 3]), /^Not a valid \.docx \(ZIP\) file: /],
    ["a ZIP without word/document.xml", zipSync({ "content.xml": strToU8("<x/>") }), /^The file has no word\/document\.xml: not a Word document$/],
    ["a document with no body", docx("<w:p/>"), /^word\/document\.xml has no body \(w:body\)$/],
  ])("%s is one error saying why", async (_what, bytes, message) => {
    const result = await importDocument(bytes, "docx");
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([["source-unreadable", "error"]]);
    expect(result.diagnostics[0]!.message.en).toMatch(message);
  });
});
