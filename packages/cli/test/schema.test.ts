import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, repoDir, runOgi, tempDir } from "./harness.js";

/** The published schemas and their $id, as teams that vendor them or point tools at them rely on. */
const coreSchemaDir = join(repoDir, "packages", "core", "schema");
const published = (name: string) => readFileSync(join(coreSchemaDir, name), "utf8");

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = tempDir("ogi-schema-");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("ogi schema --write", () => {
  it("writes both schemas, byte for byte the published files, creating the folder", async () => {
    const r = await runOgi(["schema", "--write", "vendor/schemas"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("wrote vendor/schemas/ogi-report.schema.json\nwrote vendor/schemas/ogi-config.schema.json\n");
    const out = join(dir, "vendor", "schemas");
    expect(readdirSync(out).sort()).toEqual(["ogi-config.schema.json", "ogi-report.schema.json"]);
    for (const name of ["ogi-report.schema.json", "ogi-config.schema.json"]) expect(readFileSync(join(out, name), "utf8")).toBe(published(name));
  });

  it("overwrites an older copy", async () => {
    mkdirSync(join(dir, "old"), { recursive: true });
    writeFileSync(join(dir, "old", "ogi-report.schema.json"), "{}\n");
    expect((await runOgi(["schema", "--write", "old"], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, "old", "ogi-report.schema.json"), "utf8")).toBe(published("ogi-report.schema.json"));
  });

  it("reports a folder it cannot write with status 2 and the path, no stack trace", async () => {
    writeFileSync(join(dir, "a-file"), "");
    const r = await runOgi(["schema", "--write", "a-file/sub"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ogi: cannot write a-file\/sub\/ogi-report\.schema\.json: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("rejects --config with --write (both files are always written) and a missing folder argument", async () => {
    expect((await runOgi(["schema", "--write", "x", "--config"], { cwd: dir })).code).toBe(2);
    const missing = await runOgi(["schema", "--write"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--write");
  });
});

describe("schema $id", () => {
  // The documented identity (docs/ci.md): changing it breaks every tool that caches or references the schema by it.
  const ids = {
    "ogi-report.schema.json": "https://ogi-report.github.io/schema/ogi-report.schema.json",
    "ogi-config.schema.json": "https://ogi-report.github.io/schema/ogi-config.schema.json",
  };
  for (const [name, id] of Object.entries(ids)) {
    it(`${name} keeps its $id, and docs/ci.md names it`, async () => {
      expect(JSON.parse(published(name)).$id).toBe(id);
      const printed = await runOgi(name === "ogi-config.schema.json" ? ["schema", "--config"] : ["schema"]);
      expect(JSON.parse(printed.stdout).$id).toBe(id);
      expect(readFileSync(join(repoDir, "docs", "ci.md"), "utf8")).toContain(id);
    });
  }
});

describe("docs/ci.md SchemaStore catalog entry", () => {
  it("names the schema by its $id and matches *.ogi.yaml files", () => {
    const page = readFileSync(join(repoDir, "docs", "ci.md"), "utf8");
    const blocks = [...page.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
    const entry = blocks.find((b) => "fileMatch" in b)!;
    // The fields of SchemaStore's catalog entries (src/api/json/catalog.json): name, description, fileMatch, url.
    expect(Object.keys(entry).sort()).toEqual(["description", "fileMatch", "name", "url"]);
    expect(entry.url).toBe(JSON.parse(published("ogi-report.schema.json")).$id);
    expect(entry.fileMatch).toContain("*.ogi.yaml");
    // The same file naming the pre-commit hooks and the VS Code extension use by default.
    expect(readFileSync(join(repoDir, ".pre-commit-hooks.yaml"), "utf8")).toContain("files: \\.ogi\\.ya?ml$");
  });
});

