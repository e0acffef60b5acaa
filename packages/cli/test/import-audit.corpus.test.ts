import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkText } from "@ogi-report/core";
import { captureIo, main } from "../src/main.js";
import { corpusDir } from "../../../test/shared-data.js";
import { repo, run } from "./run-sync.js";

const corpus = corpusDir();

describe("ogi import", () => {
  it("imports crawled text: YAML on stdout, summary and located diagnostics on stderr", () => {
    const r = run(["import", join(corpus, "text/001_pingtan_2025.txt"), "--locale", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# yaml-language-server: \$schema=/);
    expect(r.stdout).toContain("newReceived:");
    // The page runs its cells together: a blank may hide in any row, so most rows stay open, none is guessed.
    expect(r.stderr).toMatch(/tables found 3, cells read 77 \(0 blank\), cells uncertain 123/);
    expect(r.stderr).toMatch(/001_pingtan_2025\.txt:12:\d+: warning cell-uncertain: .*5845546/);
    // The YAML it wrote checks with nothing but the cells it left open.
    const findings = checkText(r.stdout).findings.filter((f) => f.ruleId !== "text-figure");
    expect(findings.filter((f) => f.ruleId !== "cell-blank")).toEqual([]);
    expect(findings).toHaveLength(123);
    expect(findings.map((f) => `${f.ruleId} ${f.path}`)).toEqual(
      expect.arrayContaining(["cell-blank /activeDisclosure/normativeDocuments/inForce", "cell-blank /activeDisclosure/normativeDocuments/issued", "cell-blank /activeDisclosure/normativeDocuments/repealed"]),
    );
  });

  it("imports an HTML page to a file with -o, and from stdin with -", () => {
    const dir = mkdtempSync(join(tmpdir(), "ogi-import-"));
    const out = join(dir, "pingtan-2020.yaml");
    const r = run(["import", join(corpus, "html/pingtan_2020.html"), "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const yaml = readFileSync(out, "utf8");
    expect(yaml).toContain('template: "2019"');
    expect(checkText(yaml).findings.map((f) => f.ruleId).sort()).toEqual(["t3-results-total", "t3-results-total"]);
    const piped = run(["import", "-"], readFileSync(join(corpus, "html/shanghai_office_2019.html"), "utf8"));
    expect(piped.code).toBe(0);
    expect(piped.stdout).toContain("granted:            [258, 12, null, null, 1, 1, null]");
  });

  it("exits 1 on a truncated crawled text and names what is missing", () => {
    const truncated = run(["import", "-", "--kind", "text"], readFileSync(join(corpus, "text/011_fujian_hrss_2025.txt"), "utf8").slice(0, 3000));
    expect(truncated.code).toBe(1);
    expect(truncated.stderr).toMatch(/error (row-missing|heading-missing)/);
  });
});

describe("ogi audit", () => {
  it("audits pages, texts and YAML at once, with a line per report and the totals", () => {
    const r = run(["audit", join(corpus, "html"), "fixtures/corpus", "--format", "json"]);
    expect(r.code).toBe(1);
    const { reports, totals } = JSON.parse(r.stdout) as { reports: { file: string; errors: number; rules: Record<string, unknown>; imported: boolean }[]; totals: Record<string, any> };
    expect(reports.length).toBe(20);
    const byFile = (s: string) => reports.find((x) => x.file.endsWith(s))!;
    expect(Object.keys(byFile("pingtan_2020.html").rules)).toEqual(["t3-results-total"]);
    expect(byFile("pingtan_2020.html").imported).toBe(true);
    expect(byFile("shanghai_office_2019.html").errors).toBe(135);
    expect(byFile("001_pingtan_2025.yaml").errors).toBe(0);
    expect(totals.rules["t3-results-total"].reports).toBe(2);
    expect(totals.rules["cell-blank"].reports).toBe(2);
    expect(totals.failing).toBe(4);
  });
});

describe("ogi audit in-process (the main(argv, io) contract)", () => {
  it("shows progress on a terminal and erases it before the report", async () => {
    const io = captureIo({ cwd: repo, env: { LANG: "en_US.UTF-8" }, stderrIsTTY: true });
    const code = await main(["audit", "fixtures/corpus", join(corpus, "html")], io);
    expect(code).toBe(1);
    expect(io.err).toMatch(/\r\x1b\[Kchecking \d+\/21 fixtures/);
    expect(io.err.endsWith("\r\x1b[K")).toBe(true);
    expect(io.out).toMatch(/^Total: 20 reports/m);
  });
});
