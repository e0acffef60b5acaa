import { readFileSync, readdirSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, repoDir, runOgi, tempDir } from "./harness.js";

// The CLI has no YAML parser of its own to test with: the importer's is the one its output is read by.
const { parse } = createRequire(join(repoDir, "packages/import/package.json"))("yaml") as { parse: (text: string) => Record<string, unknown> };

const reports = [
  ...readdirSync(join(repoDir, "fixtures/corpus")).filter((f) => f.endsWith(".yaml")).map((f) => join(repoDir, "fixtures/corpus", f)),
  ...readdirSync(join(repoDir, "examples")).filter((f) => f.endsWith(".yaml")).map((f) => join(repoDir, "examples", f)),
];
const TABLES = ["activeDisclosure", "applications", "reviewAndLitigation"];

/** `ogi render --to md` keeps each table as HTML, a row a line: the same rows with `|` after each cell. */
const pipeRows = (markdown: string) =>
  markdown.replace(/^<tr>(.*)<\/tr>$/gm, (_, row: string) => row.replace(/<\/t[dh]>/g, "|").replace(/<[^>]+>/g, "")).replace(/^<\/?(table|thead|tbody)[^>]*>$/gm, "");

describe("ogi import and ogi check of text files: the renderer's Markdown, and findings at the figure", () => {
  const dir = tempDir("ogi-source-text-");
  const file = (name: string) => join(dir, name);
  beforeAll(() => assertBuilt());
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(reports.map((r) => [r.slice(repoDir.length + 1), r]))("%s: rendered to Markdown and saved as .txt, it imports cell for cell", async (_name, yamlPath) => {
    const md = await runOgi(["render", yamlPath, "--to", "md"], { cwd: dir });
    expect(md.code).toBe(0);
    const txt = file(`${yamlPath.replace(/^.*\//, "")}.txt`);
    writeFileSync(txt, md.stdout);
    const r = await runOgi(["import", txt], { cwd: dir });
    expect(r.stderr).toMatch(/cells uncertain 0\b/);
    const imported = parse(r.stdout);
    const expected = parse(readFileSync(yamlPath, "utf8"));
    // Cells only: the renderer does not print table 4's note (`note:`), so no import can read it back.
    const cells = (t: unknown) => ({ ...(t as Record<string, unknown>), note: undefined });
    for (const table of TABLES) expect({ table, cells: cells(imported[table]) }).toEqual({ table, cells: cells(expected[table]) });
  }, 60_000);

  // The seed with one figure of table 3 wrong: its row no longer adds up, and t3-row-total names the total cell.
  const broken = () => readFileSync(join(repoDir, "examples/seed-2025.yaml"), "utf8").replace("newReceived:        [293, 16, 0, 0, 0, 0, 309]", "newReceived:        [293, 16, 0, 0, 0, 0, 310]");

  it.each([
    ["broken.txt", "Markdown (HTML tables)", (md: string) => md],
    ["broken-pipes.txt", "a row a line, | after each cell", pipeRows],
    ["broken.html", "HTML page", undefined],
  ] as const)("ogi check %s (%s): a finding on a cell points at its figure in the file", async (name, _layout, shape) => {
    writeFileSync(file("broken.yaml"), broken());
    const rendered = await runOgi(["render", "broken.yaml", "--to", shape ? "md" : "html"], { cwd: dir });
    writeFileSync(file(name), shape ? shape(rendered.stdout) : rendered.stdout);
    const r = await runOgi(["check", name, "--format", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    const finding = JSON.parse(r.stdout).files[0].findings.find((f: { ruleId: string; path: string }) => f.ruleId === "t3-row-total" && f.path === "/applications/newReceived/6");
    expect(finding).toBeDefined();
    const lines = readFileSync(file(name), "utf8").split("\n");
    const { start, end } = finding.range;
    // The range is 「310」 on the row of 一、本年新收政府信息公开申请数量, and the message says where.
    expect(lines[start.line]).toContain("一、本年新收政府信息公开申请数量");
    expect(start.line).toBe(end.line);
    expect(lines[start.line]!.slice(start.character, end.character)).toBe("310");
    expect(finding.message).toContain(`${name}:${start.line + 1}:${start.character + 1}`);
  }, 60_000);
});
