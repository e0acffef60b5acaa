import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { templates } from "@ogi-report/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { placeCells, renderDocx, reportDocument, type ReportInput } from "../src/index.js";
import { docxTables, mergedCells, textsOf, unzipDocx } from "./docx-xml.js";
import { requireTool } from "../../../test/tools.js";
import { county2020Input, ensureArtifacts, seedInput, which } from "./helpers.js";

describe("DOCX: the package", () => {
  let files: Record<string, string>;
  beforeAll(async () => {
    const bytes = await renderDocx(seedInput());
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe("PK");
    files = unzipDocx(bytes);
  });

  it("has real merged cells: every merge of the layout is a w:gridSpan / w:vMerge in Word's table grid", async () => {
    for (const input of [seedInput(), county2020Input()]) {
      const xml = unzipDocx(await renderDocx(input))["word/document.xml"]!;
      expect(xml).toContain(`<w:vMerge w:val="restart"/>`);
      expect(xml).toContain(`<w:vMerge w:val="continue"/>`);
      expect(xml).toMatch(/<w:gridSpan w:val="\d+"\/>/);
      const tables = docxTables(xml);
      const grids = reportDocument(input).parts.flatMap((p) => (p.kind === "table" ? [p.grid] : []));
      expect(tables).toHaveLength(3);
      tables.forEach((table, i) => {
        const grid = grids[i]!;
        expect(table.gridColumns).toHaveLength(grid.columns);
        expect(table.headerRows).toBe(grid.headerRows);
        const { starts } = placeCells(grid);
        const expected = grid.rows.flatMap((row, r) => row.map((cell, k) => ({ row: r, column: starts[r]![k]!, rowSpan: cell.rowSpan, colSpan: cell.colSpan, text: cell.text })));
        expect(mergedCells(table)).toEqual(expected);
      });
    }
  });

  it("lays table 3 out as the template prints it (2021: 3 header rows + 25; 三、本年度办理结果 over 22 rows)", () => {
    const table3 = docxTables(files["word/document.xml"]!)[1]!;
    expect(table3.rows).toHaveLength(3 + 25);
    const cells = mergedCells(table3);
    const find = (text: string) => cells.find((c) => c.text === text)!;
    expect(find(templates["2021"].applicationsNote.zh)).toMatchObject({ rowSpan: 3, colSpan: 3 });
    expect(find("法人或其他组织")).toMatchObject({ colSpan: 5 });
    expect(find("自然人")).toMatchObject({ rowSpan: 2 });
    expect(find("三、本年度办理结果")).toMatchObject({ rowSpan: 22, column: 0 });
    expect(find("（三）不予公开")).toMatchObject({ rowSpan: 8, column: 1 });
    expect(find("（七）总计")).toMatchObject({ colSpan: 2, column: 1 });
    const newReceived = cells.filter((c) => c.row === 3).map((c) => c.text);
    expect(newReceived).toEqual(["一、本年新收政府信息公开申请数量", "293", "16", "0", "0", "0", "0", "309"]);
  });

  it("lays table 4 out with the grouped header", () => {
    const cells = mergedCells(docxTables(files["word/document.xml"]!)[2]!);
    expect(cells.filter((c) => c.row === 0).map((c) => [c.text, c.colSpan])).toEqual([
      ["行政复议", 5],
      ["行政诉讼", 10],
    ]);
    expect(cells.filter((c) => c.row === 1 && c.colSpan === 5).map((c) => c.text)).toEqual(["未经复议直接起诉", "复议后起诉"]);
    expect(cells.filter((c) => c.row === 3)).toHaveLength(15);
  });

  it("uses the faces of a government document, declared for East Asian text, with fallbacks", () => {
    const styles = files["word/styles.xml"]!;
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? "";
    const docDefaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? "";
    expect(docDefaults).toContain(`w:eastAsia="仿宋_GB2312"`);
    expect(docDefaults).toContain(`w:ascii="Times New Roman"`);
    expect(docDefaults).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
    expect(docDefaults).toContain(`<w:sz w:val="32"/>`); // 三号
    expect(style("Title")).toContain(`w:eastAsia="方正小标宋简体"`);
    expect(style("Title")).toContain(`<w:sz w:val="44"/>`); // 二号
    expect(style("Heading1")).toContain(`w:eastAsia="黑体"`);
    expect(style("Heading2")).toContain(`w:eastAsia="楷体_GB2312"`);
    // Word looks here when a face is missing: each names an alternative and the GB2312 character set.
    const fonts = files["word/fontTable.xml"]!;
    for (const [name, alt] of [
      ["仿宋_GB2312", "仿宋"],
      ["楷体_GB2312", "楷体"],
      ["黑体", "SimHei"],
      ["方正小标宋简体", "华文中宋"],
    ]) {
      expect(fonts).toContain(`<w:font w:name="${name}"><w:altName w:val="${alt}"/>`);
    }
    expect(fonts.match(/<w:charset w:val="86"\/>/g)).toHaveLength(4);
  });

  it("is A4 with the GB/T 9704 margins, and has the title and the six headings in order", () => {
    const xml = files["word/document.xml"]!;
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar [^>]*w:top="2098"[^>]*w:right="1474"[^>]*w:bottom="1984"[^>]*w:left="1587"/);
    const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]!);
    const styled = (id: string) => paragraphs.filter((p) => p.includes(`<w:pStyle w:val="${id}"/>`)).map(textsOf);
    expect(styled("Title")).toEqual(["福建省人力资源和社会保障厅2025年政府信息公开工作年度报告"]);
    expect(styled("Heading1")).toEqual(templates["2021"].parts.map((p) => p.heading.zh));
    expect(files["word/footer1.xml"]).toContain("PAGE");
  });

  it("substitutes placeholders and escapes what the report says", async () => {
    const input = seedInput();
    const report = input.report as Record<string, unknown>;
    report.overview = "（一）依申请公开\n本年新收申请{{applications.newReceived.total}}件 <w:t>&amp;</w:t>";
    const xml = unzipDocx(await renderDocx(input))["word/document.xml"]!;
    const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => textsOf(m[1]!));
    expect(paragraphs).toContain("本年新收申请309件 <w:t>&amp;</w:t>");
    expect(xml).toContain("<w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t xml:space=\"preserve\">（一）依申请公开");
    expect(xml).not.toContain("{{");
  });
});

const soffice = which("soffice", "libreoffice");
const pdftoppm = which("pdftoppm");

describe("DOCX: opened by LibreOffice", () => {
  const work = mkdtempSync(join(tmpdir(), "ogi-render-docx-"));
  const fontsConf = fileURLToPath(new URL("./fixtures/fonts.conf", import.meta.url));
  const env = { ...process.env, HOME: work, FONTCONFIG_FILE: fontsConf };
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const documents: [string, () => ReportInput][] = [
    ["seed-2025", seedInput],
    ["county-2020", county2020Input],
  ];

  beforeAll(async () => {
    requireTool(pdftoppm, "pdftoppm", "poppler-utils");
    for (const [name, input] of documents) writeFileSync(join(work, `${name}.docx`), await renderDocx(input()));
    // One LibreOffice start for both documents; a private profile so a user's own settings play no part.
    execFileSync(
      requireTool(soffice, "LibreOffice (soffice)", "libreoffice-writer-nogui"),
      [`-env:UserInstallation=file://${work}/profile`, "--headless", "--norestore", "--nologo", "--convert-to", "pdf", "--outdir", work, ...documents.map(([n]) => join(work, `${n}.docx`))],
      { env, stdio: "pipe", timeout: 120_000 },
    );
  }, 150_000);

  it("converts to an A4 PDF whose text has the headings, the figures and real Chinese fonts (no tofu)", () => {
    const pdf = join(work, "seed-2025.pdf");
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    expect(info).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    for (const part of templates["2021"].parts) expect(text).toContain(part.heading.zh);
    expect(text).toContain("勾稽关系");
    expect(text).toMatch(/293\s+16\s+0\s+0\s+0\s+0\s+309/);
    const fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" });
    expect(fonts).toMatch(/CJK/);
  });

  it("renders to PNG pages kept in artifacts/ for a person to look at", () => {
    const out = ensureArtifacts();
    for (const [name] of documents) {
      for (const f of readdirSync(out)) if (f.startsWith(`render-docx-${name}-`)) rmSync(join(out, f));
      execFileSync(requireTool(pdftoppm, "pdftoppm", "poppler-utils"), ["-r", "80", "-png", join(work, `${name}.pdf`), join(out, `render-docx-${name}`)], { stdio: "pipe" });
      const pages = readdirSync(out).filter((f) => f.startsWith(`render-docx-${name}-`) && f.endsWith(".png"));
      expect(pages.length).toBeGreaterThanOrEqual(3);
    }
  });
});
