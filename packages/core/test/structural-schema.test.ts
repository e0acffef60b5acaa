import AjvModule from "ajv";
import { describe, expect, it } from "vitest";
import { generateReportSchema, parseYaml, toPlain } from "../src/index.js";
import { structuralSchema } from "../src/schema/generate.js";
import { read, repoRoot } from "./helpers.js";
import { join } from "node:path";

const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as typeof AjvModule.default;

/** Every key used as a keyword anywhere in a schema (the names under `properties` / `definitions` are not keywords). */
function keywords(node: unknown, names = false, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => keywords(n, false, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (!names) out.add(k);
      keywords(v, !names && (k === "properties" || k === "definitions"), out);
    }
  }
  return out;
}

// The `schema` rule runs this schema (precompiled at build time): the structure only, since the cells are
// cell-value's and cell-blank's to judge.
describe("the schema the `schema` rule runs", () => {
  const published = generateReportSchema();
  const structural = structuralSchema(published) as { definitions: Record<string, unknown>; properties: Record<string, unknown> };
  const seed = toPlain(parseYaml(read(join(repoRoot, "examples", "seed-2025.yaml"))).root!) as Record<string, unknown>;
  // One compiler per schema: both carry the published $id.
  const compile = (schema: object) => new Ajv({ strict: false, allErrors: true }).compile(schema);

  it("keeps no annotations (title, description, snippets) but keeps a report key named `title`", () => {
    expect(keywords(published).has("title")).toBe(true);
    const left = keywords(structural);
    for (const annotation of ["title", "description", "markdownDescription", "defaultSnippets"]) expect(left.has(annotation)).toBe(false);
    expect(Object.keys(structural.properties)).toEqual(Object.keys((published as { properties: object }).properties));
    expect(structural.properties).toHaveProperty("title");
  });

  it("drops the cell types: a cell written as text is not its error, an unknown key still is", () => {
    for (const kind of ["count", "signedCount", "wanYuan", "amountText"]) expect(structural.definitions).not.toHaveProperty(kind);
    const withTextCell = structuredClone(seed) as { applications: { newReceived: unknown[] } };
    withTextCell.applications.newReceived[0] = "十二";
    expect(compile(published)(withTextCell)).toBe(false);
    const validate = compile(structural);
    expect(validate(seed)).toBe(true);
    expect(validate(withTextCell)).toBe(true);
    expect(validate({ ...seed, applicatons: {} })).toBe(false);
    expect(validate.errors?.map((e) => [e.keyword, e.params])).toEqual([["additionalProperties", { additionalProperty: "applicatons" }]]);
  });

  it("leaves the published schema as it was", () => {
    expect(structuralSchema(published)).toEqual(structural);
    expect(generateReportSchema()).toEqual(published);
  });
});
