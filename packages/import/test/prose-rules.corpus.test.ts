import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkText, copiedProseShare, COPIED_SHARE_THRESHOLD, type DocumentReader } from "@ogi-report/core";
import { parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { importReport } from "../src/index.js";
import { corpusDir } from "../../../test/shared-data.js";

/**
 * The rules of issue 15 on the real published reports (read in place, never copied into the repository):
 * the Pingtan series' seven years give real year pairs for copied-prose, and the corpus's own statements of the
 * statistics period, titles and publication dates are the valid cases of the other three.
 */
// OGI_CORPUS (by default the corpus beside the repository); a clear failure when it is not there.
const corpus = corpusDir();
const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
const imported = new Map<number, string>();
const pingtan = (year: number): string => {
  let yaml = imported.get(year);
  if (yaml === undefined) imported.set(year, (yaml = importReport(readFileSync(join(corpus, "html", `pingtan_${year}.html`), "utf8"), "html").yaml));
  return yaml;
};
const memory = (files: Record<string, string>): DocumentReader => ({ readFile: (p) => files[p] });
const NEW_RULES = new Set(["publication-deadline", "statistics-period", "copied-prose", "title-year"]);

describe("issue 15's rules on the corpus", () => {
  it("the corpus is there (OGI_CORPUS)", () => {
    expect(existsSync(join(corpus, "html", "pingtan_2025.html")), corpus).toBe(true);
  });

  it("copied-prose: each Pingtan year against the year before shares far less than the threshold", () => {
    const shares = years.slice(1).map((year) => copiedProseShare(pingtan(year), pingtan(year - 1))!);
    // Measured: 10.8%, 6.1%, 1.5%, 17.8%, 4.5%, 10.4% of 1,000–3,800 characters compared; the threshold is 40%.
    for (const s of shares) {
      expect(s.compared).toBeGreaterThan(1000);
      expect(s.share).toBeLessThan(COPIED_SHARE_THRESHOLD / 2);
    }
    expect(Math.max(...shares.map((s) => s.share))).toBeGreaterThan(0.1); // real reports do share some wording
    for (const year of years.slice(1)) {
      const files = { [`/pt/${year - 1}.yaml`]: pingtan(year - 1), [`/pt/${year}.yaml`]: pingtan(year).replace(/^year: (\d+)$/m, `year: $1\nprevious: ${year - 1}.yaml`) };
      const { findings } = checkText(files[`/pt/${year}.yaml`]!, { locale: "en", documents: { path: `/pt/${year}.yaml`, reader: memory(files) } });
      expect(findings.filter((f) => f.ruleId === "copied-prose")).toEqual([]);
    }
  });

  it("copied-prose: 2025's report carrying 2024's narrative (figures and all) is found, with the passage in 2024's file", () => {
    const before = parse(pingtan(2024)) as Record<string, unknown>;
    const now = parse(pingtan(2025)) as Record<string, unknown>;
    for (const key of ["overview", "problems", "otherMatters"]) now[key] = before[key];
    now.previous = "2024.yaml";
    const files = { "/pt/2024.yaml": pingtan(2024), "/pt/2025.yaml": stringify(now) };
    const { findings } = checkText(files["/pt/2025.yaml"], { locale: "en", documents: { path: "/pt/2025.yaml", reader: memory(files) } });
    const copied = findings.filter((f) => f.ruleId === "copied-prose");
    expect(copied.length).toBe(1);
    expect(copied[0]!.actual).toBe("100%");
    expect(copied[0]!.related[0]).toMatchObject({ file: "/pt/2024.yaml", role: "previous-year" });
    expect(copied[0]!.related[0]!.range.end.line).toBeGreaterThan(0);
  });

  it("statistics-period, title-year, publication-deadline: the real statements pass", () => {
    const sources = [
      ...years.map((y) => ({ file: `html/pingtan_${y}.html`, kind: "html" as const })),
      { file: "html/shanghai_office_2019.html", kind: "html" as const },
      { file: "text/009_shanghai_office_2025.md", kind: "text" as const },
      { file: "text/008_shanghai_stcsm_2024.md", kind: "text" as const },
      { file: "text/011_fujian_hrss_2025.txt", kind: "text" as const },
    ];
    let periods = 0;
    let dated = 0;
    for (const { file, kind } of sources) {
      const { yaml, report } = importReport(readFileSync(join(corpus, file), "utf8"), kind);
      if (/统计(?:期限|期间|时限)/.test(yaml)) periods++;
      if (report.published) dated++;
      const findings = checkText(yaml, { locale: "en" }).findings.filter((f) => NEW_RULES.has(f.ruleId));
      expect(findings.map((f) => `${f.ruleId} ${f.message}`), file).toEqual([]);
    }
    // The rules had something to check: the periods of 9 reports, the dates of the Pingtan pages that state them.
    expect(periods).toBeGreaterThanOrEqual(9);
    expect(dated).toBeGreaterThanOrEqual(4);
  });
});
