import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, repoDir, runOgi, tempDir } from "./harness.js";

describe("ogi import: braces in a page are text, not placeholders", () => {
  beforeAll(assertBuilt);

  it("a page that prints {{applications.newReceived.total}} renders braces after import, not the figure", async () => {
    const dir = tempDir("ogi-braces-");
    // A published page with the seed's tables, whose prose happens to show a template placeholder as text.
    const rendered = await runOgi(["render", join(repoDir, "examples/seed-2025.yaml"), "--to", "html", "-o", "page.html"], { cwd: dir });
    expect(rendered.code).toBe(0);
    const page = readFileSync(join(dir, "page.html"), "utf8").replace("<p>2025年，本厅", "<p>模板写法为{{applications.newReceived.total}}和 {{ applications.carriedOver.total }}。2025年，本厅");
    writeFileSync(join(dir, "page.html"), page);

    const imported = await runOgi(["import", "page.html", "-o", "r.yaml"], { cwd: dir });
    expect(imported.code, imported.stderr).toBe(0);
    expect(readFileSync(join(dir, "r.yaml"), "utf8")).toContain("模板写法为\\{\\{applications.newReceived.total}}和 \\{\\{ applications.carriedOver.total }}。");

    const md = await runOgi(["render", "r.yaml", "--to", "md"], { cwd: dir });
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("模板写法为{{applications.newReceived.total}}和 {{ applications.carriedOver.total }}。2025年");
    expect(md.stdout).not.toContain("模板写法为309");

    const checked = await runOgi(["check", "-f", "json", "r.yaml"], { cwd: dir });
    const findings = (JSON.parse(checked.stdout) as { files: { findings: { ruleId: string }[] }[] }).files[0]!.findings;
    expect(findings.filter((f) => f.ruleId === "placeholder")).toEqual([]);
  });
});
