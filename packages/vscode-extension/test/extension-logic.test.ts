import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { checkText, reportRules } from "@ogi-report/core";
import { looksLikeReport as serverLooksLikeReport } from "@ogi-report/lsp";
import { copiedPassagesOf } from "@ogi-report/render";
import { pointerOf, ruleIdOf } from "../src/diagnostic-fields.js";
import { highlightsOf } from "../src/preview/highlights.js";
import { locatePointer } from "../src/preview/locate-pointer.js";
import { previewContent } from "../src/preview/preview-page.js";
import { looksLikeReport } from "../src/report-detect.js";
import { summarise } from "../src/report-summary.js";
import { reportedByYamlExtension } from "../src/yaml-extension-overlap.js";
// @ts-expect-error a build script in plain JS
import { completionSchema } from "../scripts/completion-schema.mjs";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const read = (p: string) => readFileSync(`${root}${p}`, "utf8");
const manifest = JSON.parse(read("packages/vscode-extension/package.json"));
const balance = read("examples/broken/t3-balance.yaml");
const seed = read("examples/seed-2025.yaml");

test("report detection is the server's, on every example and on non-reports", () => {
  const texts = [...readdirSync(`${root}examples/broken`).filter((f) => f.endsWith(".yaml")).map((f) => read(`examples/broken/${f}`)), seed, "services:\n  web: {}\n", "# $schema=x\nfoo: 1\n", "  template: 1\n"];
  for (const t of texts) expect(looksLikeReport(t)).toBe(serverLooksLikeReport(t));
});

describe("de-duplication with Red Hat's YAML extension", () => {
  const modeline = "# yaml-language-server: $schema=../../packages/core/schema/ogi-report.schema.json\ntemplate: \"2021\"\n";
  const plain = 'template: "2021"\n';
  test("nothing is held back while that extension is not validating", () => {
    for (const id of ["yaml-syntax", "schema", "t3-balance"]) expect(reportedByYamlExtension(id, modeline, { validating: false })).toBe(false);
  });
  test("syntax errors: it reports them in every YAML file, so ours step aside", () => {
    expect(reportedByYamlExtension("yaml-syntax", plain, { validating: true })).toBe(true);
  });
  test("schema findings step aside only where a modeline makes it validate against the full schema", () => {
    expect(reportedByYamlExtension("schema", modeline, { validating: true })).toBe(true);
    expect(reportedByYamlExtension("schema", plain, { validating: true })).toBe(false);
    expect(reportedByYamlExtension("schema", "# yaml-language-server: $schema=./ogi-report.completion.schema.json\n", { validating: true })).toBe(false);
  });
  test("domain rules are only ours, always shown", () => {
    for (const id of ["t3-balance", "cell-value", "cell-blank", "section-missing", "template-year"]) expect(reportedByYamlExtension(id, modeline, { validating: true })).toBe(false);
  });
  test("the schema given to that extension completes but never validates", () => {
    const published = JSON.parse(read("packages/core/schema/ogi-report.schema.json"));
    const stripped = completionSchema(published);
    const text = JSON.stringify(stripped);
    // Only the template test of the `if` keeps a keyword: it chooses the 2019 or 2021 keys.
    const outsideConditions = JSON.stringify(stripped, (k, v) => (k === "if" ? undefined : v));
    const constraints = outsideConditions.match(/"(type|required|additionalProperties|additionalItems|minimum|maximum|maxItems|minItems|pattern|minLength|enum|const)":/g);
    expect(constraints).toBeNull();
    expect(stripped.$id).toMatch(/ogi-report\.completion\.schema\.json$/);
    // Keys, labels and snippets stay, so completion and hover still work.
    expect(Object.keys(stripped.properties)).toEqual(Object.keys(published.properties));
    expect(stripped.properties.template.examples).toEqual(["2021", "2019"]);
    expect(text).toContain("defaultSnippets");
    expect(stripped.properties.applications.title ?? stripped.properties.applications.$ref).toBeTruthy();
  });
  test("package.json contributes that schema, not the validating one", () => {
    expect(manifest.contributes.yamlValidation.map((v: { url: string }) => v.url)).toEqual(["./schema/ogi-report.completion.schema.json"]);
  });
});

describe("status bar summary", () => {
  const problems = (text: string) => checkText(text, { locale: "en" }).findings.map((f) => ({ code: f.ruleId, severity: f.severity, path: f.path }));
  test("a clean report: six parts, balanced, nothing to do", () => {
    expect(summarise(seed, problems(seed))).toMatchObject({ partsPresent: 6, partsTotal: 6, missingParts: [], balanced: true, errors: 0, warnings: 0 });
  });
  test("t3-balance: parts complete, not balanced, two errors", () => {
    expect(summarise(balance, problems(balance))).toMatchObject({ partsPresent: 6, balanced: false, errors: 2 });
  });
  test("missing and empty parts are named", () => {
    const text = read("examples/broken/section-missing.yaml");
    const s = summarise(text, problems(text));
    expect(s.missingParts.sort()).toEqual(["otherMatters", "problems"]);
    expect(s.partsPresent).toBe(4);
    expect(s.balanced).toBe(true);
  });
  test("text that is not a map reads as nothing present, on the 2021 template", () => {
    for (const text of ["", "- a list\n", "template: [\n"]) {
      expect(summarise(text, [])).toMatchObject({ template: "2021", partsPresent: 0, partsTotal: 6, balanced: true, errors: 0 });
    }
  });
  test("problems count by severity; only an error of an identity rule unbalances, only a placed section-missing empties a part", () => {
    const s = summarise(seed, [
      { code: "t3-balance", severity: "warning" },
      { code: undefined, severity: "error" },
      { code: "section-missing", severity: "info" },
    ]);
    expect(s).toMatchObject({ balanced: true, errors: 1, warnings: 1, infos: 1, missingParts: [] });
  });
});

describe("what a diagnostic says about itself", () => {
  test("ours: the rule id from the code the client made into a link, the cell from data.path", () => {
    const d = { code: { value: "t3-balance", target: { toString: () => "https://example.org/t3-balance" } }, data: { path: "/applications/carriedForward/6" } };
    expect(ruleIdOf(d as never)).toBe("t3-balance");
    expect(pointerOf(d)).toBe("/applications/carriedForward/6");
  });
  test("another extension's: a plain or numeric code, or none; no data, or data without a path", () => {
    expect([{ code: "mapping-values" }, { code: 17 }, {}].map((d) => ruleIdOf(d as never))).toEqual(["mapping-values", "17", undefined]);
    expect([{}, { data: "x" }, { data: null }, { data: { path: 3 } }, { data: { line: 1 } }].map(pointerOf)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe("preview", () => {
  test("the bad cells of t3-balance are marked, with the finding's message", () => {
    const findings = checkText(balance, { locale: "zh-CN" }).findings;
    const marks = highlightsOf(findings.map((f) => ({ path: f.path, severity: f.severity, message: f.message })));
    const { article } = previewContent(balance, marks, "zh-CN");
    expect(article).toMatch(/data-pointer="\/applications\/carriedForward\/0"[^>]*ogi-problem|ogi-problem[^>]*data-pointer="\/applications\/carriedForward\/0"/);
    expect((article!.match(/ogi-problem ogi-error/g) ?? []).length).toBe(2);
  });
  test("two findings on one cell: the worst severity, both messages", () => {
    const m = highlightsOf([
      { path: "/a/0", severity: "warning", message: "w" },
      { path: "/a/0", severity: "error", message: "e" },
    ]);
    expect(m.get("/a/0")).toEqual({ severity: "error", message: "w\ne" });
  });
  test("the passages copied from last year's report are marked in the prose, from copied-prose's related locations", () => {
    // The example copies last year's overview; here its second line is rewritten, so the copy falls in two passages.
    const rewritten = "今年新设的政策咨询专线由专人值守，来电当日登记并回复；";
    const text = read("examples/broken/copied-prose.yaml").replace("梳理主动公开事项目录并动态更新，重要政策文件同步解读；", rewritten);
    const path = `${root}examples/broken/copied-prose.yaml`;
    const reader = { readFile: (p: string) => (p === path ? text : existsSync(p) ? readFileSync(p, "utf8") : undefined) };
    const findings = checkText(text, { locale: "zh-CN", documents: { path, reader } }).findings;
    expect(findings.map((f) => f.ruleId)).toContain("copied-prose");
    // As the server sends them: related information in this document (last year's passage is in another file).
    const sources = findings.map((f) => ({ ruleId: f.ruleId, related: f.related.filter((r) => r.file === undefined).map((r) => r.range) }));
    const copied = copiedPassagesOf(text, sources);
    const { article } = previewContent(text, highlightsOf([]), "zh-CN", copied);
    const overview = article!.slice(article!.indexOf('data-part="overview"'), article!.indexOf('data-part="applications"'));
    const marked = [...overview.matchAll(/<mark class="ogi-copied" title="与上一年度报告相同的文字">([^<]*)<\/mark>/g)].map((m) => m[1]);
    expect(marked).toEqual([
      "2025年，本厅围绕“以公开促落实、促规范、促服务”推进政务公开",
      "依申请公开实行接收、登记、分办、审核、答复、归档全流程管理，本年新收申请309件，上年结转5件，",
      "办结312件，结转下年度2件；行政规范性文件库动态更新，本年制发8件，现行有效84件；",
      "官网上线“搜问一体”智能问答；落实“三审三校”并开展业务培训",
    ]);
    expect(overview).toContain(`<p>${rewritten}</p>`);
    // Another diagnostic's related cells mark nothing; no copied-prose finding, no marks.
    expect(copiedPassagesOf(text, sources.filter((s) => s.ruleId !== "copied-prose")).size).toBe(0);
    expect(previewContent(text, new Map(), "en").article).not.toContain("ogi-copied");
  });
  test("a YAML error keeps the last good preview (no article)", () => {
    expect(previewContent("template: [\n", new Map(), "en").article).toBeUndefined();
  });
  test("a clicked cell is found in the YAML", () => {
    const span = locatePointer(balance, "/applications/carriedForward/6")!;
    const line = balance.slice(0, span.start).split("\n").length - 1;
    expect(balance.split("\n")[line]).toMatch(/^\s*carriedForward:/);
    expect(balance.slice(span.start, span.end)).toBe("2");
  });
  test("a click where the YAML has no tree does nothing rather than jump to line 1", () => {
    expect(locatePointer("template: [\n", "/applications/carriedForward/6")).toBeUndefined();
  });
  test("a finding about no place (no data.path) marks no cell", () => {
    expect([...highlightsOf([{ path: undefined, severity: "error", message: "e" }, { path: "/a/1", severity: "info", message: "i" }]).keys()]).toEqual(["/a/1"]);
  });
});

describe("manifest", () => {
  test("a severity setting for every rule, with its text in both languages", () => {
    const props = manifest.contributes.configuration.properties["ogi.rules"].properties;
    // Every rule about the report has a setting; the tool's own failure (`internal`) has none.
    expect(Object.keys(props).sort()).toEqual(reportRules.map((r) => r.id).sort());
    const en = JSON.parse(read("packages/vscode-extension/package.nls.json"));
    const zh = JSON.parse(read("packages/vscode-extension/package.nls.zh-cn.json"));
    const keys = [...JSON.stringify(manifest.contributes).matchAll(/"%([^%"]+)%"/g), ...JSON.stringify({ d: manifest.displayName, e: manifest.description }).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    for (const k of keys) {
      expect(en[k], k).toBeTruthy();
      expect(zh[k], k).toBeTruthy();
    }
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
  test("every runtime string has its Chinese translation", () => {
    const bundle = JSON.parse(read("packages/vscode-extension/l10n/bundle.l10n.zh-cn.json"));
    const dir = `${root}packages/vscode-extension/src`;
    const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".ts"));
    const used = new Set<string>();
    for (const f of files) {
      for (const m of readFileSync(`${dir}/${f}`, "utf8").matchAll(/l10n\.t\(\s*("(?:[^"\\]|\\.)*")/g)) used.add(JSON.parse(m[1]!));
    }
    expect(used.size).toBeGreaterThan(20);
    for (const s of used) expect(bundle[s], s).toBeTruthy();
  });
  test("the .vsix asks nothing of vsce: publisher, repository, license", () => {
    expect(manifest.publisher).toBeTruthy();
    expect(manifest.repository?.url).toBeTruthy();
    expect(read("packages/vscode-extension/LICENSE")).toMatch(/MIT/);
  });
});
