// Writes what derives from the templates and rule metadata: the published schemas and docs/rules/*.md.
// `--check` fails when a committed file differs (a test runs it, so the schema cannot drift).
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateReportSchema, generateConfigSchema, allRules, ruleDocMarkdown } from "../dist/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, "..");
const repo = join(pkg, "..", "..");
const check = process.argv.includes("--check");

const outputs = new Map();
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
