import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PROSE_PLACEHOLDER } from "@ogi-report/core";
import { assertBuilt, packageDir, repoDir, runOgi, tempDir } from "./harness.js";

const prose = {
  overview: "本年度主动公开政府信息，依申请公开办理规范，政府信息管理、平台建设和监督保障工作有序开展。",
  problems: "一是公开内容不够全面；二是解读形式较单一。下一步将完善目录，丰富解读形式。",
  otherMatters: "本年度未收取信息处理费。",
};

/** What the author does next: write the three prose parts in place of the placeholder. */
function writeProse(text: string): string {
  let out = text;
  for (const [key, body] of Object.entries(prose)) out = out.replace(`${key}: |\n  ${PROSE_PLACEHOLDER}`, `${key}: |\n  ${body}`);
  return out;
}

interface JsonOutput {
  files: { file: string; findings: { ruleId: string; path: string }[] }[];
}

describe("ogi init", () => {
  beforeAll(assertBuilt);

  for (const [template, year] of [["2021", "2024"], ["2019", "2020"]] as const) {
    it(`template ${template}: section-missing until the prose is written, then clean`, async () => {
      const dir = tempDir();
      const file = join(dir, "reports", "report.yaml");
      const made = await runOgi(["init", "--template", template, "--agency", "测试局", "--year", year, "-o", "reports/report.yaml"], { cwd: dir });
      expect(made.stderr).toBe("");
      expect(made.code).toBe(0);
      const text = readFileSync(file, "utf8");
      expect(text).toContain(`template: "${template}"`);
      expect(text).toContain(`year: ${year}`);
      expect(text).toContain('agency: "测试局"');

      // The modeline points at the schema the package ships, relative to the report's folder.
      const ref = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)?.[1];
      expect(ref).toBeDefined();
      const schemaFile = resolve(dirname(file), ref!);
      expect(schemaFile).toBe(join(packageDir, "schema", "ogi-report.schema.json"));
      expect(readFileSync(schemaFile, "utf8")).toBe(readFileSync(join(repoDir, "packages/core/schema/ogi-report.schema.json"), "utf8"));

      const before = await runOgi(["check", "-f", "json", "reports/report.yaml"], { cwd: dir });
      expect(before.code).toBe(1);
      const findings = (JSON.parse(before.stdout) as JsonOutput).files[0]!.findings;
      expect(findings.map((f) => `${f.ruleId} ${f.path}`)).toEqual(["section-missing /overview", "section-missing /problems", "section-missing /otherMatters"]);

      writeFileSync(file, writeProse(text));
      const after = await runOgi(["check", "-f", "json", "reports/report.yaml"], { cwd: dir });
      expect(JSON.parse(after.stdout)).toEqual({ files: [{ file: "reports/report.yaml", findings: [] }], summary: { files: 1, errors: 0, warnings: 0, infos: 0 } });
      expect(after.code).toBe(0);
    });
  }

  it("every row of every table, with the column headers as comments", async () => {
    const made = await runOgi(["init", "--year", "2024"]);
    expect(made.code).toBe(0);
    for (const key of ["newReceived", "carriedOver", "granted", "partiallyGranted", "stateSecret", "feeNotPaid", "total", "carriedForward", "review", "litigationDirect", "litigationAfterReview"]) {
      expect(made.stdout).toMatch(new RegExp(`^\\s+${key}:\\s+\\[0(, 0)+\\]`, "m"));
    }
    expect(made.stdout).toContain("# ");
    expect(made.stdout).toContain("自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计");
    // Printed to stdout, the modeline is relative to the current folder (where `> report.yaml` puts the file);
    // the harness runs in packages/cli/test/fixtures.
    expect(made.stdout).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/schema\/ogi-report\.schema\.json$/m);
  });

  it("refuses to overwrite an existing file unless --force", async () => {
    const dir = tempDir();
    const file = join(dir, "report.yaml");
    writeFileSync(file, "keep me\n");
    const refused = await runOgi(["init", "-o", "report.yaml"], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("report.yaml already exists");
    expect(refused.stderr).toContain("--force");
    expect(readFileSync(file, "utf8")).toBe("keep me\n");

    const forced = await runOgi(["init", "-o", "report.yaml", "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(file, "utf8")).toContain('template: "2021"');
  });

  it("--schema-ref wins over the computed path", async () => {
    const dir = tempDir();
    const made = await runOgi(["init", "-o", "r.yaml", "--schema-ref", "https://example.org/s.json"], { cwd: dir });
    expect(made.code).toBe(0);
    expect(readFileSync(join(dir, "r.yaml"), "utf8").split("\n")[0]).toBe("# yaml-language-server: $schema=https://example.org/s.json");
    expect(existsSync(join(dir, "r.yaml"))).toBe(true);
  });
});

describe("ogi schema", () => {
  beforeAll(assertBuilt);
  it("prints the published report schema, byte for byte", async () => {
    const r = await runOgi(["schema"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(repoDir, "packages/core/schema/ogi-report.schema.json"), "utf8"));
  });
  it("--config prints the config schema", async () => {
    const r = await runOgi(["schema", "--config"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(repoDir, "packages/core/schema/ogi-config.schema.json"), "utf8"));
  });
});
