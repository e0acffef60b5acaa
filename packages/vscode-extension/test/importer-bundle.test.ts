import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";
import { readReport, renderDocx } from "@ogi-report/render";

// The importer as the extension ships it (dist/import.cjs), loaded the way VS Code's extension host would load it. That
// host replaces Node's `navigator` with a getter that returns nothing and cannot be assigned; pdf.js, which puts in a
// stand-in where there is no navigator, then threw, and no PDF could be imported in VS Code.
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const importer = join(packageDir, "dist/import.cjs");
const root = fileURLToPath(new URL("../../../", import.meta.url));
let work: string;
let pdf: string;

beforeAll(async () => {
  if (!existsSync(importer)) throw new Error(`${importer} is missing: run \`pnpm --filter ogi-report-vscode build\``);
  work = mkdtempSync(join(tmpdir(), "ogi-importer-bundle-"));
  const seed = readReport(readFileSync(join(root, "examples/seed-2025.yaml"), "utf8"));
  if (!seed.ok) throw new Error("the seed must read");
  writeFileSync(join(work, "report.docx"), await renderDocx(seed.input));
  // Printed to PDF as an office would; LibreOffice with a profile of its own, so no other soffice blocks it.
  execFileSync("soffice", [`-env:UserInstallation=file://${join(work, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", work, join(work, "report.docx")], { stdio: "ignore", timeout: 300_000 });
  pdf = join(work, "report.pdf");
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test("the importer bundle reads a PDF where `navigator` is a getter that returns nothing, as in VS Code's extension host", () => {
  const script = `
    Object.defineProperty(globalThis, "navigator", { get: () => undefined });
    const { importDocument } = require(${JSON.stringify(importer)});
    const bytes = new Uint8Array(require("node:fs").readFileSync(${JSON.stringify(pdf)}));
    importDocument(bytes, "pdf", { source: "report.pdf" }).then((r) => console.log(JSON.stringify({ summary: r.summary, codes: r.diagnostics.map((d) => d.code), yaml: r.yaml })));
  `;
  const out = JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 120_000 }));
  expect(out.codes).toEqual([]);
  expect(out.summary).toMatchObject({ tables: 3, cellsRead: 200, cellsUncertain: 0 });
  expect(out.yaml).toMatch(/newReceived: +\[293, 16, 0, 0, 0, 0, 309\]/);
});
