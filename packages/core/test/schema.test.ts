import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import AjvModule from "ajv";
import { cellsOf, generateReportSchema, parseYaml, templates, toPlain } from "../src/index.js";
import { read, repoRoot, yamlFilesUnder } from "./helpers.js";

const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as typeof AjvModule.default;
const committed = join(repoRoot, "packages", "core", "schema", "ogi-report.schema.json");

describe("the published schema", () => {
  it("is what the generator makes (no drift)", () => {
    expect(JSON.parse(read(committed))).toEqual(generateReportSchema());
    // The generated docs and config schema too.
    execFileSync(process.execPath, [join(repoRoot, "packages", "core", "scripts", "write-generated.mjs"), "--check"], { stdio: "pipe" });
  });
  it("is valid draft-07 and accepts every clean example and balanced corpus report as is", () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(read(committed)));
    const files = [...yamlFilesUnder(join(repoRoot, "examples")).filter((f) => !f.includes("/broken/")), ...yamlFilesUnder(join(repoRoot, "fixtures", "corpus")).filter((f) => !f.includes("010_"))];
    for (const file of files) {
      const ok = validate(toPlain(parseYaml(read(file)).root!));
      expect([file, ok, validate.errors?.slice(0, 2) ?? null]).toEqual([file, true, null]);
    }
  });
  it("labels every position of a table-3 row, 自然人 … 总计", () => {
    const schema = generateReportSchema() as { definitions: { applicantRow: { items: { title: string }[] } } };
    expect(schema.definitions.applicantRow.items.map((i) => i.title.split(" / ")[0]!.split("·").pop())).toEqual(templates["2021"].applicantColumns.map((c) => c.label.zh));
  });
  it("has every cell of both templates", () => {
    expect(cellsOf(templates["2021"]).length).toBe(10 + 25 * 7 + 15);
    expect(cellsOf(templates["2019"]).length).toBe(6 + 12 + 2 + 2 + 23 * 7 + 15);
  });
});
