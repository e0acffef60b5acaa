import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { importDocument } from "@ogi-report/import";
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

  test("kinds by name; the command, its titles and the Explorer entry are in the manifest", () => {
    expect(["a.docx", "b.PDF", "c.htm", "d.txt", "e.yaml", "f.doc"].map(importKindOf)).toEqual(["docx", "pdf", "html", "text", undefined, undefined]);
    expect(manifest.contributes.commands).toContainEqual({ command: "ogi.importReport", title: "%command.importReport%", category: "OGI" });
    expect(JSON.parse(read("packages/vscode-extension/package.nls.json"))["command.importReport"]).toBe("Import report from Word / PDF / web page…");
    expect(JSON.parse(read("packages/vscode-extension/package.nls.zh-cn.json"))["command.importReport"]).toBe("从 Word / PDF / 网页导入年度报告…");
    const entry = manifest.contributes.menus["explorer/context"].find((m: { command: string }) => m.command === "ogi.importReport");
    const when = new RegExp(/=~ \/(.*)\/i$/.exec(entry.when)![1]!, "i");
    expect([".docx", ".pdf", ".html", ".htm", ".txt", ".yaml", ".doc"].map((e) => when.test(e))).toEqual([true, true, true, true, true, false, false]);
  });
});
