import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { cellsOf, templates } from "@ogi-report/core";
import { describe, expect, it } from "vitest";
import { cellText, renderHtml, type ReportInput } from "../src/index.js";
import { valueAt } from "../src/values.js";
import { county2020Input, exampleText, inputOf, seedInput } from "./helpers.js";

/**
 * Our page read back by the importer (packages/import) gives the same report. The importer is another
 * package, loaded from its build by path so that render does not depend on it; `pnpm test` builds it first, and
 * without it this test fails.
 */
const importerEntry = fileURLToPath(new URL("../../import/dist/index.js", import.meta.url));

type ImportReport = (input: string, kind: "html" | "text") => { report: Record<string, unknown>; template: string; diagnostics: { severity: string; code: string }[] };

async function importer(): Promise<ImportReport> {
  if (!existsSync(importerEntry)) throw new Error(`the importer is not built (${importerEntry}): run pnpm build`);
  const module = (await import(pathToFileURL(importerEntry).href)) as { importReport?: ImportReport };
  if (typeof module.importReport !== "function") throw new Error("packages/import has no importReport export");
  return module.importReport;
}

function expectSameReport(imported: { report: Record<string, unknown>; template: string }, original: ReportInput) {
  expect(imported.template).toBe(original.template);
  for (const cell of cellsOf(templates[original.template])) {
    expect(cellText(valueAt(imported.report, cell.path)), cell.pointer).toBe(cellText(valueAt(original.report, cell.path)));
  }
  expect(imported.report.agency).toBe(valueAt(original.report, ["agency"]));
  expect(Number(imported.report.year)).toBe(Number(valueAt(original.report, ["year"])));
  for (const part of templates[original.template].parts.filter((p) => p.kind === "prose")) {
    const squash = (v: unknown) => String(v ?? "").replace(/\s+/g, "");
    expect(squash(imported.report[part.key]), part.key).toBe(squash(valueAt(original.report, [part.key])));
  }
}

describe("round trip: render to HTML, import it back", () => {
  for (const [name, input] of [
    ["the seed (2021)", seedInput],
    ["the county report (2019)", county2020Input],
  ] as const) {
    it(`${name}: every figure, the identity and the prose come back`, async () => {
      const importReport = await importer();
      const original = input();
      const imported = importReport(renderHtml(original, { standalone: true }), "html");
      expect(imported.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expectSameReport(imported, original);
    });
  }

  it("blank cells come back blank and noted cells with their notes", async () => {
    const importReport = await importer();
    const original = inputOf(
      exampleText("seed-2025.yaml")
        .replace("carriedOver:        [5, 0, 0, 0, 0, 0, 5]", "carriedOver:        [5, null, 0, 0, 0, 0, 5]")
        .replace("repealed: 0, inForce: 84", "repealed: { value: 55, note: 含自然失效29件 }, inForce: 84"),
    );
    const imported = importReport(renderHtml(original, { standalone: true }), "html");
    expect(cellText(valueAt(imported.report, ["applications", "carriedOver", 1]))).toBe("");
    expect(cellText(valueAt(imported.report, ["activeDisclosure", "normativeDocuments", "repealed"]))).toBe("55（含自然失效29件）");
  });
});
