import { describe, expect, it } from "vitest";
import { zipSync, strToU8 } from "fflate";
import { documentKindOf, importDocument } from "@ogi-report/import";
import { scannedPdf } from "./scanned-pdf.js";

/** A minimal .docx: the parts Word needs to open it, and the document part given. */
function docx(body: string): Uint8Array {
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  return zipSync({
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${w}><w:body>${body}</w:body></w:document>`),
  });
}
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string, pr = "") => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ""}${p(text)}</w:tc>`;

describe("source documents that cannot be read say why, with a code", () => {
  it("a scanned PDF (pages that are images, no text layer): pdf-no-text, no OCR, nothing invented", async () => {
    const r = await importDocument(scannedPdf(2), "pdf", { source: "scan.pdf" });
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([["pdf-no-text", "error"]]);
    expect(r.diagnostics[0]!.message.en).toMatch(/no text layer.*2 pages are images.*no OCR/);
    expect(r.diagnostics[0]!.message.zh).toMatch(/没有文字层.*扫描件.*OCR/);
    expect(r.summary.cellsRead).toBe(0);
    expect(r.yaml).toContain("agency:");
  });

  it("a Word 97–2003 .doc, a broken zip, a zip that is not Word, a broken PDF", async () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await importDocument(ole, "docx")).diagnostics[0]!.code).toBe("docx-legacy");
    expect((await importDocument(strToU8("PK\u0003\u0004 not really"), "docx")).diagnostics[0]!.code).toBe("source-unreadable");
    expect((await importDocument(zipSync({ "a.txt": strToU8("x") }), "docx")).diagnostics[0]!.message.en).toMatch(/no word\/document\.xml/);
    const pdf = await importDocument(strToU8("%PDF-1.4\nnothing here"), "pdf");
    expect(pdf.diagnostics[0]!.code).toBe("source-unreadable");
    expect(pdf.diagnostics[0]!.message.en).toMatch(/^Cannot read the PDF/);
  });

  it("kinds by file name", () => {
    expect(["a.DOCX", "b.pdf", "c.htm", "d.txt", "e.yaml", "f"].map(documentKindOf)).toEqual(["docx", "pdf", "html", "text", undefined, undefined]);
  });
});

describe("DOCX: merged cells as the document has them, text as printed", () => {
  it("gridSpan and vMerge become colspan and rowspan; deleted, hidden and field-code text are left out", async () => {
    const body =
      p("某县人民政府2025年政府信息公开工作年度报告") +
      `<w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删去</w:delText></w:r></w:del><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:tab/><w:t>12</w:t></w:r></w:p>` +
      `<w:tbl><w:tr>${tc("分组", "<w:vMerge w:val=\"restart\"/>")}${tc("表头", '<w:gridSpan w:val="2"/>')}</w:tr>` +
      `<w:tr>${tc("", "<w:vMerge/>")}${tc("1")}${tc("2")}</w:tr>` +
      `<w:tr>${tc("", "<w:vMerge/>")}${tc("3")}${tc("")}</w:tr></w:tbl>`;
    const r = await importDocument(docx(body), "docx");
    const html = r.converted!.replace(/\n/g, "");
    expect(html).toContain('<td rowspan="3"><p>分组</p></td><td colspan="2"><p>表头</p></td>');
    expect(html).toContain("<tr><td><p>1</p></td><td><p>2</p></td></tr>");
    expect(html).toContain("<tr><td><p>3</p></td><td><p></p></td></tr>");
    expect(html).toContain("<p>保留\t12</p>");
    expect(html).not.toMatch(/删去|隐藏|PAGE/);
  });
});
