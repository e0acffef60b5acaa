// Writes what derives from the templates and rule metadata: the published schemas and docs/rules/*.md.
// `--check` fails when a committed file differs (a test runs it, so the schema cannot drift).
import { readFileSync, writeFileSync, mkdirSync, existsSync, copyFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import { parse as parseYaml } from "yaml";
import { readdirSync } from "node:fs";

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, "..");
const repo = join(pkg, "..", "..");
const check = process.argv.includes("--check");

// Each rule's page shows a correct and an incorrect example: the first valid and the first invalid case of the
// rule's case table (test/rule-cases/<rule>.yaml, which the tests run), so a documented example cannot be wrong.
// Plain data in a module of its own beside tsc's output, like the validators; dist/docs.js imports it.
const casesDir = join(pkg, "test", "rule-cases");
const docExamples = {};
for (const file of readdirSync(casesDir).filter((f) => f.endsWith(".yaml")).sort()) {
  const { valid, invalid } = parseYaml(readFileSync(join(casesDir, file), "utf8"));
  const shown = ({ name, report, seed, drop, files, findings }) => ({ name, report, ...(seed ? { seed } : {}), ...(drop ? { drop } : {}), ...(files ? { files } : {}), ...(findings ? { findings } : {}) });
  docExamples[file.replace(/\.yaml$/, "")] = { valid: shown(valid[0]), invalid: shown(invalid[0]) };
}
const examplesSrc = join(pkg, "src", "rules", "doc-examples.generated.js");
const examplesDist = join(pkg, "dist", "rules", "doc-examples.generated.js");
const examplesCode = `// Generated from test/rule-cases/*.yaml by packages/core/scripts/write-generated.mjs; do not edit.\nexport const docExamples = ${JSON.stringify(docExamples, null, 2)};\n`;
mkdirSync(dirname(examplesDist), { recursive: true });
writeFileSync(examplesDist, examplesCode);
copyFileSync(examplesSrc.replace(/\.js$/, ".d.ts"), examplesDist.replace(/\.js$/, ".d.ts"));

// The precompiled validator ships beside tsc's output, and dist/index.js imports it: make it first, from the
// schema generator alone (which does not import it).
const validatorSrc = join(pkg, "src", "schema", "validate-report.generated.js");
const validatorDist = join(pkg, "dist", "schema", "validate-report.generated.js");
const { generateReportSchema, structuralSchema } = await import("../dist/schema/generate.js");

/** ajv's standalone code: no compiling at start-up (it cost 100–500 ms), no ajv at run time, no eval (CSP). */
function standaloneValidator(schema, exportName = "validate") {
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, verbose: true, inlineRefs: false, code: { source: true, esm: true } });
  const code = standaloneCode(ajv, ajv.compile(schema)).replace("export const validate = ", `export const ${exportName} = `);
  // The one runtime helper it needs is CommonJS; inline it (it counts code points, for minLength). ajv's own loop
  // over char codes: a for-of over the string made an iterator result per character of every prose part. A string
  // without a high surrogate has as many code points as code units, and one native regex scan tells: the loop took
  // a third of a 1 MB report's check in the editor (about 10 ms per keystroke).
  const ucs2length =
    "((s) => { if (!/[\\uD800-\\uDBFF]/.test(s)) return s.length; const len = s.length; let n = 0; let pos = 0; while (pos < len) { n++; const c = s.charCodeAt(pos++); if (c >= 0xd800 && c <= 0xdbff && pos < len && (s.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++; } return n; })";
  const inlined = code.replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, ucs2length);
  if (/require\(/.test(inlined)) throw new Error("standalone validator still requires a module");
  return "// Generated from the templates by packages/core/scripts/write-generated.mjs; do not edit.\n" + inlined + "\n";
}

const validatorCode = standaloneValidator(structuralSchema(generateReportSchema()));
mkdirSync(dirname(validatorDist), { recursive: true });
writeFileSync(validatorDist, validatorCode);
copyFileSync(validatorSrc.replace(/\.js$/, ".d.ts"), validatorDist.replace(/\.js$/, ".d.ts"));

// The config file is validated by its own published schema, precompiled the same way; its generator imports
// the rules (and so the report validator, written above) but not the config validator.
const configValidatorSrc = join(pkg, "src", "config", "validate-config.generated.js");
const configValidatorDist = join(pkg, "dist", "config", "validate-config.generated.js");
const { generateConfigSchema } = await import("../dist/config/schema.js");
const configValidatorCode = standaloneValidator(generateConfigSchema(), "validateConfig");
mkdirSync(dirname(configValidatorDist), { recursive: true });
writeFileSync(configValidatorDist, configValidatorCode);
copyFileSync(configValidatorSrc.replace(/\.js$/, ".d.ts"), configValidatorDist.replace(/\.js$/, ".d.ts"));
const { allRules, ruleDocMarkdown } = await import("../dist/index.js");

const outputs = new Map();
outputs.set(validatorSrc, validatorCode);
outputs.set(configValidatorSrc, configValidatorCode);
outputs.set(examplesSrc, examplesCode);
outputs.set(join(pkg, "schema", "ogi-report.schema.json"), JSON.stringify(generateReportSchema(), null, 2) + "\n");
outputs.set(join(pkg, "schema", "ogi-config.schema.json"), JSON.stringify(generateConfigSchema(), null, 2) + "\n");
for (const meta of allRules) outputs.set(join(repo, "docs", "rules", `${meta.id}.md`), ruleDocMarkdown(meta));
const index = ["# Rules / 规则", "", "| rule | 默认 / default | 说明 | description |", "|---|---|---|---|"];
for (const m of allRules) index.push(`| [${m.id}](${m.id}.md) | ${m.defaultSeverity} | ${m.title.zh} | ${m.title.en} |`);
outputs.set(join(repo, "docs", "rules", "README.md"), index.join("\n") + "\n");

let stale = [];
for (const [file, text] of outputs) {
  const current = existsSync(file) ? readFileSync(file, "utf8") : undefined;
  if (current === text) continue;
  if (check) stale.push(file);
  else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
if (stale.length) {
  console.error("out of date (run `pnpm build`):\n" + stale.join("\n"));
  process.exit(1);
}
