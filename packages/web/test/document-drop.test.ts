import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBuiltPage, type PageSession } from "./helpers/browser.js";
import { dropFile as drop } from "./helpers/files.js";
import { artifactsDir, examplesDir } from "./helpers/paths.js";
import { convertWithLibreOffice, renderDocx, scratch } from "../../import/test/office.js";
import { scannedPdf } from "../../import/test/scanned-pdf.js";

describe("the page imports a dropped Word or PDF file, in the page, loading nothing", () => {
  let session: PageSession;
  const work = scratch("ogi-web-documents-");
  const shots = artifactsDir();
  const seed = readFileSync(join(examplesDir, "seed-2025.yaml"), "utf8");
  // The page starts with the seed: the dropped file's own name in the editor shows it was read in its place.
  const report = seed;
  let docx: Uint8Array;
  let pdf: Uint8Array;

  beforeAll(async () => {
    const yamlPath = join(work.dir, "draft.yaml");
    writeFileSync(yamlPath, report);
    const docxPath = renderDocx(yamlPath, work.dir);
    convertWithLibreOffice([docxPath], "pdf", work.dir);
    docx = new Uint8Array(readFileSync(docxPath));
    pdf = new Uint8Array(readFileSync(join(work.dir, "draft.pdf")));
    session = await openBuiltPage();
  }, 300_000);

  afterAll(async () => {
    await session?.close();
    work.remove();
  });

  it.each([
    ["draft.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["draft.pdf", "application/pdf"],
  ])("%s: the YAML in the editor, the tables in the preview, every figure cell filled", async (name, type) => {
    const { page, requests, problems } = session;
    const before = requests.length;
    await drop(page, name, name.endsWith(".pdf") ? pdf : docx, type);
    await expect.poll(() => page.textContent("#import-note"), { timeout: 30_000 }).toContain(name);
    expect(await page.textContent("#import-note")).toMatch(/200/);
    await expect.poll(() => page.locator(".cm-content").textContent()).toContain(`source: ${name}`);
    expect(await page.locator(".cm-content").textContent()).toContain("[293, 16, 0, 0, 0, 0, 309]");
    expect(await page.locator("#preview td[data-pointer]").count()).toBe(200);
    expect(await page.locator('#preview td[data-pointer="/applications/newReceived/0"]').textContent()).toBe("293");
    await expect.poll(() => page.getAttribute("#counts", "data-errors")).toBe("0");
    // Nothing was fetched for it (no worker script, no font, no CMap), and nothing went wrong in the page.
    expect(requests.slice(before)).toEqual([]);
    expect(problems).toEqual([]);
    await page.screenshot({ path: join(shots, `web-import-${name.replace(".", "-")}.png`) });
  });

  it("a scanned PDF: the note says it has no text layer, nothing is invented", async () => {
    const { page } = session;
    await drop(page, "scan.pdf", scannedPdf(2), "application/pdf");
    await expect.poll(() => page.textContent("#import-note"), { timeout: 30_000 }).toContain("scan.pdf");
    await page.locator("#import-note details summary").click();
    expect(await page.locator('#import-note li[data-code="pdf-no-text"]').textContent()).toMatch(/没有文字层|no text layer/);
  });
});
