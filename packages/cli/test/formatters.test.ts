import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allRules, ruleDocUrl } from "@ogi-report/core";
import { escapeData, escapeProperty } from "../src/formatters/github.js";
import { captureIo, main } from "../src/main.js";
import { fixturesDir } from "./harness.js";

const en = { LANG: "en_US.UTF-8" };

async function run(args: string[], stdin?: string) {
  const io = captureIo({ cwd: fixturesDir, env: en, ...(stdin !== undefined ? { stdin } : {}) });
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

interface SarifResult {
  ruleId: string;
  partialFingerprints: Record<string, string>;
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number } } }[];
}

describe("GitHub workflow-command escaping", () => {
  it("escapes %, CR and LF in data", () => {
    expect(escapeData("100% done\r\nnext: a, b")).toBe("100%25 done%0D%0Anext: a, b");
  });
  it("also escapes : and , in properties", () => {
    expect(escapeProperty("dir,1/a:b%.yaml\n")).toBe("dir%2C1/a%3Ab%25.yaml%0A");
  });
});

describe("JSON contract", () => {
  it("has exactly the fields of DESIGN.md (plus fixes), in its order", async () => {
    const { out } = await run(["check", "-f", "json", "broken.yaml", "years/2025.yaml"]);
    const parsed = JSON.parse(out);
    expect(Object.keys(parsed)).toEqual(["files", "summary"]);
    expect(Object.keys(parsed.summary)).toEqual(["files", "errors", "warnings", "infos"]);
    let findings = 0;
    for (const file of parsed.files) {
      expect(Object.keys(file)).toEqual(["file", "findings"]);
      for (const f of file.findings) {
        findings++;
        const keys = Object.keys(f).filter((k) => k !== "expected" && k !== "actual");
        expect(keys).toEqual(["ruleId", "severity", "message", "path", "range", "related", "fixes"]);
        expect(["error", "warning", "info"]).toContain(f.severity);
        expect(Object.keys(f.range)).toEqual(["start", "end"]);
        for (const r of f.related) expect(Object.keys(r).filter((k) => k !== "file")).toEqual(["path", "range", "role"]);
      }
    }
    expect(findings).toBeGreaterThan(5);
  });
});

describe("SARIF", () => {
  it("keeps fingerprints when the file is reformatted, while the regions move", async () => {
    const original = readFileSync(join(fixturesDir, "broken.yaml"), "utf8");
    // Comments added at the top, flow rows spaced differently: same data, different lines and columns.
    const reformatted = "# a new comment\n# and another\n" + original.replace(/\[(\d+), /g, "[ $1 ,  ");
    const a = JSON.parse((await run(["check", "-f", "sarif", "-"], original)).out).runs[0].results as SarifResult[];
    const b = JSON.parse((await run(["check", "-f", "sarif", "-"], reformatted)).out).runs[0].results as SarifResult[];
    expect(b.map((r) => r.ruleId)).toEqual(a.map((r) => r.ruleId));
    expect(b.map((r) => r.partialFingerprints)).toEqual(a.map((r) => r.partialFingerprints));
    expect(b.map((r) => r.locations[0]!.physicalLocation.region.startLine)).not.toEqual(a.map((r) => r.locations[0]!.physicalLocation.region.startLine));
    expect(new Set(a.map((r) => r.partialFingerprints["ogiRuleAndPath/v1"])).size).toBe(a.length);
  });

  it("uses URIs relative to the working folder, describes every rule and links its doc", async () => {
    const log = JSON.parse((await run(["check", "-f", "sarif", "project/a.yaml", "broken.yaml"])).out);
    const runLog = log.runs[0];
    expect(log.version).toBe("2.1.0");
    expect(runLog.originalUriBaseIds["%SRCROOT%"].uri).toBe(`file://${fixturesDir}/`);
    const uris = (runLog.results as SarifResult[]).map((r) => r.locations[0]!.physicalLocation.artifactLocation);
    expect(new Set(uris.map((u) => `${u.uriBaseId} ${u.uri}`))).toEqual(new Set(["%SRCROOT% project/a.yaml", "%SRCROOT% broken.yaml"]));
    expect(runLog.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(allRules.map((m) => m.id));
    for (const rule of runLog.tool.driver.rules) {
      expect(rule.helpUri).toBe(ruleDocUrl(rule.id));
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
    }
    // Lines and columns from 1: 「１２」 sits on line 19, column 14 as an editor counts.
    const licensing = (runLog.results as SarifResult[]).find((r) => r.ruleId === "cell-value")!;
    expect(licensing.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 19, startColumn: 14 });
  });

  it("puts a related cell in last year's report in that report", async () => {
    const log = JSON.parse((await run(["check", "-f", "sarif", "years/2025.yaml"])).out);
    const carry = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "year-carry-over");
    expect(carry.locations[0].physicalLocation.artifactLocation.uri).toBe("years/2025.yaml");
    expect(carry.relatedLocations[0].physicalLocation.artifactLocation).toEqual({ uri: "years/2024.yaml", uriBaseId: "%SRCROOT%" });
  });
});

describe("exit codes", () => {
  it("0 clean, 0 warnings only, 1 errors, 1 warnings over --max-warnings, 2 usage", async () => {
    expect((await run(["check", "clean.yaml"])).code).toBe(0);
    expect((await run(["check", "warnings.yaml"])).code).toBe(0);
    expect((await run(["check", "broken.yaml"])).code).toBe(1);
    expect((await run(["check", "--max-warnings", "0", "warnings.yaml"])).code).toBe(1);
    expect((await run(["check", "--max-warnings", "2", "warnings.yaml"])).code).toBe(0);
    expect((await run(["check", "--nope"])).code).toBe(2);
    // An info never fails a run.
    expect((await run(["check", "project"])).code).toBe(0);
  });
});
