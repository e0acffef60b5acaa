import { describe, expect, it } from "vitest";
import { importReport } from "@ogi-report/import";
import { randomReport } from "./render/random-report.js";
import { pipeRows } from "./layouts/text-layouts.js";

/**
 * Big inputs (issue 17: a 38 MB text did not finish in 300 s). Every scan must be linear: importing four times
 * the text may take about four times as long, not sixteen.
 */
function bigText(bytes: number): string {
  const report = pipeRows.render(randomReport("2021", 5));
  const prose = "本年度持续推进政务公开，主动公开政府信息1234条，办理申请56件。\n";
  const cells = "（一）予以公开|1|2|3|4|5|6|21\n1 |\n2\t3\t\t4\n15130000154\n";
  let filler = "";
  while (filler.length < bytes / 2) filler += prose.repeat(200) + cells.repeat(50);
  // Filler inside part 一 (prose) and inside table 3 (rows and runs of digits that fit nothing).
  return report.replace("一、总体情况\n", `一、总体情况\n${filler}`).replace("（本列数据", `${filler}（本列数据`);
}

/** CPU milliseconds of one import: wall time counts the pauses a shared machine imposes, and read them as growth. */
function timed(text: string): number {
  const t = process.cpuUsage();
  const r = importReport(text, "text");
  expect(r.summary.tables).toBeGreaterThan(0);
  const used = process.cpuUsage(t);
  return (used.user + used.system) / 1000;
}

describe("importing a large text is linear", () => {
  it("4× the text takes well under 16× the time, and 1.2 MB finishes in seconds", () => {
    const small = bigText(300_000);
    const large = bigText(1_200_000);
    timed(small); // warm up
    const a = Math.min(timed(small), timed(small));
    const b = timed(large);
    expect(large.length / small.length).toBeGreaterThan(3.5);
    expect(b / a).toBeLessThan(8);
    expect(b).toBeLessThan(60_000);
  }, 180_000);

  it("a part of 400,000 short lines is imported, not lost to a stack overflow", () => {
    const text = pipeRows.render(randomReport("2021", 6)).replace("一、总体情况\n", `一、总体情况\n${"好\n".repeat(400_000)}`);
    const r = importReport(text, "text");
    expect(r.diagnostics.filter((d) => d.code === "no-report")).toEqual([]);
    expect(r.summary.cellsRead).toBe(200);
    expect(String(r.report.overview).length).toBeGreaterThan(800_000);
  });
});
