import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { checkText, type DocumentReader } from "../src/index.js";
import { read, repoRoot } from "./helpers.js";

// A front end's file-access policy refuses a path by throwing an error whose `problem` says why (node-shell's
// FileAccessError); core turns it into one finding on the reference, with the reason, and never throws.

const seed = read(join(repoRoot, "examples", "seed-2025.yaml"));
const refusal = (problem: string) => Object.assign(new Error(problem), { problem });

function refusing(problem: string): DocumentReader {
  return {
    readFile: () => {
      throw refusal(problem);
    },
    expandGlob: () => {
      throw refusal(problem);
    },
  };
}

const onReferences = (text: string, reader: DocumentReader) =>
  checkText(text, { locale: "en", documents: { path: "/p/2025/report.yaml", reader } })
    .findings.filter((f) => f.path === "/previous" || f.path.startsWith("/units"))
    .map((f) => `${f.ruleId} ${f.path}: ${f.message}`);

describe("refusals of the file-access policy", () => {
  it.each([
    ["outside-project", "/etc/passwd is outside the report's project, not read"],
    ["not-a-file", "/etc/passwd is not a regular file, not read"],
    ["too-large", "/etc/passwd is too large to be a report, not read"],
  ])("previous: refused as %s", (problem, message) => {
    const text = seed.replace("year: 2025\n", "year: 2025\nprevious: /etc/passwd\n");
    const [finding, ...rest] = onReferences(text, refusing(problem));
    expect(rest).toEqual([]);
    expect(finding).toMatch(new RegExp(`^year-carry-over /previous: Previous year's report: ${message.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`));
  });

  it("units: a glob refused for reaching outside, or too far, is one finding naming the glob", () => {
    const text = seed.replace("year: 2025\n", 'year: 2025\nunits: ["/etc/*", "units/**/*.yaml"]\n');
    const outside = onReferences(text, refusing("outside-project"));
    expect(outside.length).toBe(2);
    expect(outside[0]).toMatch(/^sum-of-units \/units\/0: Unit reports: \/etc\/\* leads outside the report's project, not expanded/);
    expect(onReferences(text, refusing("too-many-matches"))[1]).toBe("sum-of-units /units/1: Unit reports: units/**/*.yaml reaches too many files, not expanded");
  });

  it("anything else a reader throws is still 'cannot read'", () => {
    const text = seed.replace("year: 2025\n", "year: 2025\nprevious: x.yaml\n");
    expect(onReferences(text, refusing("something-else"))).toEqual(["year-carry-over /previous: Previous year's report: cannot read /p/2025/x.yaml"]);
  });
});
