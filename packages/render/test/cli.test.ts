import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellsOf, templates } from "@ogi-report/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docxTables, unzipDocx } from "./docx-xml.js";
import { attr, elements, parseHtml, parseHtmlFragment, repoRoot } from "./helpers.js";

/** `ogi render` as a user runs it: the built bundle in a subprocess, from the repository root. */
const ogi = join(repoRoot, "packages/cli/dist/ogi.js");

function run(args: string[], options: { stdin?: string; lang?: string } = {}) {
  const result = spawnSync(process.execPath, [ogi, ...args], {
    cwd: repoRoot,
    input: options.stdin ?? "",
    encoding: "utf8",
    env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: options.lang ?? "en_US.UTF-8", NO_COLOR: "1" },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const lines = (s: string) => s.split("\n").filter((l) => l !== "");

describe("ogi render (built CLI, subprocess)", () => {
  let work: string;
  beforeAll(() => {
    if (!existsSync(ogi)) throw new Error(`${ogi} is missing: build first (pnpm build)`);
    work = mkdtempSync(join(tmpdir(), "ogi-render-cli-"));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("--to html prints a whole page with every figure of the seed", () => {
    const { code, stdout, stderr } = run(["render", "examples/seed-2025.yaml", "--to", "html"]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout.startsWith("<!DOCTYPE html>")).toBe(true);
    const figures = elements(parseHtml(stdout), "td");
    expect(figures.map((td) => attr(td, "data-pointer"))).toEqual(cellsOf(templates["2021"]).map((c) => c.pointer));
  });

  it("--to md prints Markdown with HTML tables", () => {
    const { code, stdout, stderr } = run(["render", "examples/county-2020.yaml", "--to", "md"]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout.startsWith("# 示例县人民政府办公室2020年政府信息公开工作年度报告\n")).toBe(true);
    expect(lines(stdout).filter((l) => l.startsWith("## "))).toEqual(templates["2019"].parts.map((p) => `## ${p.heading.zh}`));
    expect(elements(parseHtmlFragment(stdout), "td")).toHaveLength(cellsOf(templates["2019"]).length);
  });

  it("--to docx -o writes a Word file with merged cells, and prints nothing", () => {
    const out = join(work, "nested", "seed.docx");
    const { code, stdout, stderr } = run(["render", "examples/seed-2025.yaml", "--to", "docx", "-o", out]);
    expect([code, stdout, stderr]).toEqual([0, "", ""]);
    const files = unzipDocx(new Uint8Array(readFileSync(out)));
    expect(docxTables(files["word/document.xml"]!)).toHaveLength(3);
    expect(files["word/document.xml"]).toContain(`<w:vMerge w:val="restart"/>`);
  });

  it("-o for html and md writes the file instead of stdout", () => {
    for (const to of ["html", "md"]) {
      const out = join(work, `seed.${to}`);
      const { code, stdout } = run(["render", "examples/seed-2025.yaml", "--to", to, "--output", out]);
      expect([code, stdout]).toEqual([0, ""]);
      expect(readFileSync(out, "utf8")).toContain("三、收到和处理政府信息公开申请情况");
    }
  });

  it("reads standard input with -", () => {
    const { code, stdout } = run(["render", "-", "--to", "md"], { stdin: readFileSync(join(repoRoot, "examples/seed-2025.yaml"), "utf8") });
    expect(code).toBe(0);
    expect(stdout).toContain("<td data-pointer=\"/applications/newReceived/6\">309</td>");
  });

  it("renders a report with findings, and says how many on one line of stderr", () => {
    const { code, stdout, stderr } = run(["render", "examples/broken/t3-row-total.yaml", "--to", "html"]);
    expect(code).toBe(0);
    expect(stdout.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(lines(stderr)).toEqual(["ogi: examples/broken/t3-row-total.yaml has 2 errors and 0 warnings; rendered anyway. Run ogi check examples/broken/t3-row-total.yaml for details"]);
    const zh = run(["render", "examples/broken/t3-row-total.yaml", "--to", "md"], { lang: "zh_CN.UTF-8" });
    expect(lines(zh.stderr)).toEqual(["ogi: examples/broken/t3-row-total.yaml 有 2 个错误、0 个警告，仍已排版；运行 ogi check examples/broken/t3-row-total.yaml 查看详情"]);
  });

  describe("refuses, with exit 2 and a clear message", () => {
    const cases: [string, string[], RegExp, string?][] = [
      ["a YAML error", ["render", "examples/broken/yaml-syntax.yaml", "--to", "html"], /^ogi: cannot render examples\/broken\/yaml-syntax\.yaml:\d+:\d+: Duplicate key “agency”/],
      ["an unknown template", ["render", "-", "--to", "html"], /^ogi: cannot render <stdin>:1:\d+: \/template must be one of/, `template: "2030"\nagency: x\nyear: 2030\n`],
      ["no template at all", ["render", "-", "--to", "md"], /^ogi: cannot render <stdin>:1:1: Missing “template”/, "agency: x\n"],
      ["a list instead of a report", ["render", "-", "--to", "md"], /^ogi: cannot render <stdin>:1:1: A report must be a mapping/, "- 1\n- 2\n"],
      ["a missing file", ["render", "nope.yaml", "--to", "html"], /^ogi: cannot read nope\.yaml: no such file or directory$/],
      ["docx without -o", ["render", "examples/seed-2025.yaml", "--to", "docx"], /docx is a binary file and cannot go to stdout/],
      ["an unknown format", ["render", "examples/seed-2025.yaml", "--to", "pdf"], /invalid value 'pdf' for --to/],
      ["no --to", ["render", "examples/seed-2025.yaml"], /--to is missing/],
      ["no file", ["render", "--to", "html"], /name the report to render/],
      ["two files", ["render", "examples/seed-2025.yaml", "examples/county-2020.yaml", "--to", "html"], /unexpected argument 'examples\/county-2020\.yaml'/],
      ["an unknown option", ["render", "examples/seed-2025.yaml", "--to", "html", "--standalone"], /unknown option '--standalone'/],
    ];
    for (const [what, args, message, stdin] of cases) {
      it(what, () => {
        const { code, stdout, stderr } = run(args, stdin === undefined ? {} : { stdin });
        expect(code).toBe(2);
        expect(stdout).toBe("");
        expect(lines(stderr)[0]).toMatch(message);
        expect(lines(stderr).length).toBeLessThanOrEqual(2); // the message, and at most a hint
      });
    }
  });

  it("--help documents the command, and ogi --help lists it", () => {
    const help = run(["render", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: ogi render <file \| -> --to html\|docx\|md/);
    expect(run(["--help"]).stdout).toMatch(/^\s+render\s+lay a report out/m);
  });
});
