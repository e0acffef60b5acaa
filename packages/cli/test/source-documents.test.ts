import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { assertBuilt, repoDir, runOgi } from "./harness.js";
import { convertWithLibreOffice, renderDocx, scratch } from "../../import/test/office.js";
import { scannedPdf } from "../../import/test/scanned-pdf.js";

// The CLI has no YAML parser of its own to test with: the importer's is the one its output is read by.
const { parse } = createRequire(join(repoDir, "packages/import/package.json"))("yaml") as { parse: (text: string) => Record<string, unknown> };

// The seed report, and the same with one figure of table 3 wrong (its total no longer adds up).
const seed = join(repoDir, "examples/seed-2025.yaml");

describe("ogi import and ogi check on Word and PDF files", () => {
  const work = scratch("ogi-cli-documents-");
  const file = (name: string) => join(work.dir, name);
  beforeAll(() => {
    assertBuilt();
    copyFileSync(seed, file("seed.yaml"));
    writeFileSync(file("broken.yaml"), readFileSync(seed, "utf8").replace("newReceived:        [293, 16, 0, 0, 0, 0, 309]", "newReceived:        [293, 16, 0, 0, 0, 0, 310]"));
    renderDocx(file("seed.yaml"), work.dir);
    renderDocx(file("broken.yaml"), work.dir);
    convertWithLibreOffice([file("seed.docx"), file("broken.docx")], "pdf", work.dir);
    writeFileSync(file("scan.pdf"), scannedPdf(3));
    mkdirSync(file("folder"));
    copyFileSync(file("seed.docx"), file("folder/report.docx"));
    writeFileSync(file("folder/notes.txt"), "会议记录：没有表格。\n");
    writeFileSync(file("folder/page.html"), "<p>不是年报</p>");
  }, 300_000);
  afterAll(() => work.remove());

  it.each(["seed.docx", "seed.pdf"])("ogi import %s: the seed's YAML, every cell as the seed has it", async (name) => {
    const r = await runOgi(["import", file(name)], { cwd: work.dir });
    expect(r.stderr).toMatch(/template 2021, tables found 3, cells read 200 \(0 blank\), cells uncertain 0/);
    expect(r.code).toBe(0);
    const imported = parse(r.stdout);
    const expected = parse(readFileSync(seed, "utf8"));
    for (const table of ["activeDisclosure", "applications", "reviewAndLitigation"]) expect(imported[table]).toEqual(expected[table]);
  });

  it("ogi check of the Word and PDF drafts: clean ones pass, a wrong total is found and named by its cell", async () => {
    const clean = await runOgi(["check", "seed.docx", "seed.pdf"], { cwd: work.dir });
    expect(clean.stdout).toMatch(/2 files checked, no problems/);
    expect(clean.code).toBe(0);
    for (const name of ["broken.docx", "broken.pdf"]) {
      const r = await runOgi(["check", name, "--format", "json"], { cwd: work.dir });
      expect(r.code).toBe(1);
      const out = JSON.parse(r.stdout);
      expect(out.files[0].file).toBe(name);
      const findings = out.files[0].findings.filter((f: { severity: string }) => f.severity === "error");
      expect(findings.map((f: { ruleId: string; path: string }) => `${f.ruleId} ${f.path}`)).toContain("t3-row-total /applications/newReceived/6");
      for (const f of findings) expect(f.message).toContain(`[${f.path}]`);
      // Where the row is printed: the Word table's row, the PDF's page and line.
      const rowTotal = findings.find((f: { ruleId: string }) => f.ruleId === "t3-row-total");
      expect(rowTotal.message).toMatch(name.endsWith(".docx") ? /broken\.docx#table=2,row=4,column=1$/ : /broken\.pdf#page=\d+,line=\d+$/);
    }
  });

  it("ogi check of a web page: a finding's range is the line of its row in the page", async () => {
    await runOgi(["render", "broken.yaml", "--to", "html", "-o", "broken.html"], { cwd: work.dir });
    const r = await runOgi(["check", "broken.html", "--format", "json"], { cwd: work.dir });
    expect(r.code).toBe(1);
    const rowTotal = JSON.parse(r.stdout).files[0].findings.find((f: { ruleId: string }) => f.ruleId === "t3-row-total");
    const line = readFileSync(file("broken.html"), "utf8").split("\n").findIndex((l) => l.includes("一、本年新收政府信息公开申请数量"));
    expect(line).toBeGreaterThan(0);
    expect(rowTotal.range.start.line).toBe(line);
  });

  it("a scanned PDF: exit 2 with the reason, from both commands; nothing on stdout", async () => {
    const imp = await runOgi(["import", "scan.pdf"], { cwd: work.dir });
    expect(imp.code).toBe(2);
    expect(imp.stdout).toBe("");
    expect(imp.stderr).toMatch(/scan\.pdf: pdf-no-text: The PDF has no text layer \(its 3 pages are images, perhaps a scan\).*no OCR/);
    const chk = await runOgi(["check", "scan.pdf", "seed.docx"], { cwd: work.dir });
    expect(chk.code).toBe(2);
    expect(chk.stderr).toMatch(/cannot read scan\.pdf: .*no text layer/);
    // The other file is still checked.
    expect(chk.stdout).toMatch(/1 file checked, no problems/);
  });

  it("a folder: the Word report is found and checked, documents that hold no report are passed over", async () => {
    const r = await runOgi(["check", "folder", "--format", "json"], { cwd: work.dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { file: string }) => f.file)).toEqual([join("folder", "report.docx")]);
  });
});
