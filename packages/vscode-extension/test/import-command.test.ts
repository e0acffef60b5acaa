import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { importDocument, type DocumentDiagnostic } from "@ogi-report/import";
import { readReport, renderDocx } from "@ogi-report/render";
import { describeOutcome, importedYamlPath, importKindOf } from "../src/import-logic.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const read = (p: string) => readFileSync(`${root}${p}`, "utf8");
const manifest = JSON.parse(read("packages/vscode-extension/package.json"));

describe("Import report from Word / PDF / web page…", () => {
  test("a Word draft imports to the report it was made from, offered as <name>.yaml beside it", async () => {
    const seed = read("examples/seed-2025.yaml");
    const input = readReport(seed);
    if (!input.ok) throw new Error("the seed must read");
    const bytes = await renderDocx(input.input);
    const outcome = describeOutcome(await importDocument(bytes, "docx", { source: "草稿.docx" }), "草稿.docx", "zh-CN");
    expect(outcome.failed).toBe(false);
    expect(outcome.summary).toBe("已导入 草稿.docx：找到表格 3 个，读出单元格 200 个，不确定 0 个");
    expect(outcome.yaml).toMatch(/newReceived: +\[293, 16, 0, 0, 0, 0, 309\]/);
    expect(importedYamlPath("/work/年报/草稿.docx")).toBe("/work/年报/草稿.yaml");
    expect(importedYamlPath("C:\\年报\\page.v2.html")).toBe("C:\\年报\\page.v2.yaml");
  });

  test("a file that cannot be read: no YAML to open, the reason in the message, in both languages", async () => {
    // (The scanned-PDF message itself is tested in packages/import and, in the page and the CLI, end to end.)
    const result = await importDocument(new TextEncoder().encode("%PDF-1.4\nno objects"), "pdf", { source: "broken.pdf" });
    const en = describeOutcome(result, "broken.pdf", "en");
    expect(en.failed).toBe(true);
    expect(en.yaml).toBeUndefined();
    expect(en.summary).toMatch(/^broken\.pdf: Cannot read the PDF/);
    expect(en.details).toEqual([expect.stringMatching(/^broken\.pdf:1:1: error source-unreadable: /)]);
    expect(describeOutcome(result, "broken.pdf", "zh-CN").summary).toMatch(/无法读取 PDF/);
  });

  test("each note names its place in the source: PDF page and line, Word table cell or paragraph, else line:column", async () => {
    // A real import (a text file holding only the agency's name: every table is missing), its notes then placed as
    // each source kind places them.
    const result = await importDocument(new TextEncoder().encode("某县人民政府2025年政府信息公开工作年度报告\n"), "text", { source: "notes.txt" });
    expect(result.diagnostics.length).toBeGreaterThan(0);
    const note = result.diagnostics[0]!;
    const placed = (place: DocumentDiagnostic["place"]): DocumentDiagnostic => ({ ...note, severity: "warning", path: "/applications/newReceived/0", place });
    const outcome = describeOutcome(
      { ...result, diagnostics: [placed({ page: 2, line: 14 }), placed({ page: 3 }), placed({ table: 1, row: 4, column: 2 }), placed({ paragraph: 7 }), { ...note, severity: "warning", location: { ...note.location, line: 9, column: 3 } }] },
      "年报.pdf",
      "en",
    );
    expect(outcome.details.map((d) => d.slice(0, d.indexOf(": warning ")))).toEqual(["年报.pdf#page=2,line=14", "年报.pdf#page=3", "年报.pdf#table=1,row=4,column=2", "年报.pdf#paragraph=7", "年报.pdf:9:3"]);
    // The cell a note is about, when it is about one.
    expect(outcome.details[0]).toMatch(/ \[\/applications\/newReceived\/0\]$/);
    expect(outcome.details[4]).not.toMatch(/\]$/);
    // English notes in English, and the count of notes in the one-line summary; warnings alone are not errors.
    expect(outcome.details[4]).toContain(`: warning ${note.code}: ${note.message.en}`);
    expect(outcome.summary).toBe(`Imported 年报.pdf: ${result.summary.tables} tables, ${result.summary.cellsRead} cells read, ${result.summary.cellsUncertain} uncertain, 5 notes`);
    expect(outcome).toMatchObject({ failed: false, hasErrors: false, yaml: result.yaml });
    const zh = describeOutcome({ ...result, diagnostics: [note] }, "年报.txt", "zh-CN");
    expect(zh.summary).toMatch(/，提示 1 条$/);
    expect(zh.details[0]).toContain(note.message.zh);
    // No notes: nothing about them in the summary.
    expect(describeOutcome({ ...result, diagnostics: [] }, "年报.txt", "en").summary).not.toMatch(/notes/);
  });

  test("kinds by name; the command, its titles and the Explorer entry are in the manifest", () => {
    expect(["a.docx", "b.PDF", "c.htm", "d.txt", "e.yaml", "f.doc", "README", "/年报.d/draft"].map(importKindOf)).toEqual(["docx", "pdf", "html", "text", undefined, undefined, undefined, undefined]);
    expect(manifest.contributes.commands).toContainEqual({ command: "ogi.importReport", title: "%command.importReport%", category: "OGI" });
    expect(JSON.parse(read("packages/vscode-extension/package.nls.json"))["command.importReport"]).toBe("Import report from Word / PDF / web page…");
    expect(JSON.parse(read("packages/vscode-extension/package.nls.zh-cn.json"))["command.importReport"]).toBe("从 Word / PDF / 网页导入年度报告…");
    const entry = manifest.contributes.menus["explorer/context"].find((m: { command: string }) => m.command === "ogi.importReport");
    const when = new RegExp(/=~ \/(.*)\/i$/.exec(entry.when)![1]!, "i");
    expect([".docx", ".pdf", ".html", ".htm", ".txt", ".yaml", ".doc"].map((e) => when.test(e))).toEqual([true, true, true, true, true, false, false]);
  });
});
