#!/usr/bin/env node
// Prints line and branch coverage per package from vitest's json-summary (coverage/coverage-summary.json), with
// each package's target and, until it is reached, the floor the run fails below (both from coverage-targets.json;
// vitest enforces them, this only shows the figures).
import { existsSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";

const summaryFile = resolve(process.argv[2] ?? "coverage/coverage-summary.json");
if (!existsSync(summaryFile)) {
  console.log(`coverage: no ${relative(process.cwd(), summaryFile)} (the test run did not measure coverage)`);
  process.exit(1);
}
const summary = JSON.parse(readFileSync(summaryFile, "utf8"));
const packages = new Map();
for (const [file, figures] of Object.entries(summary)) {
  const name = /packages\/([^/]+)\/src\//.exec(file)?.[1];
  if (!name) continue;
  const sums = packages.get(name) ?? { files: 0, lines: [0, 0], branches: [0, 0] };
  sums.files += 1;
  for (const kind of ["lines", "branches"]) {
    sums[kind][0] += figures[kind].covered;
    sums[kind][1] += figures[kind].total;
  }
  packages.set(name, sums);
}
const percent = ([covered, total]) => (total === 0 ? 100 : (100 * covered) / total);
const cell = (pair) => `${percent(pair).toFixed(1).padStart(5)}% (${pair[0]}/${pair[1]})`;
const packageCoverage = JSON.parse(readFileSync(new URL("../coverage-targets.json", import.meta.url), "utf8"));
console.log(`${"package".padEnd(18)}${"files".padStart(6)}  ${"lines".padEnd(22)}${"branches".padEnd(22)}target`);
for (const [name, sums] of [...packages].sort(([a], [b]) => a.localeCompare(b))) {
  const { target = 85, floor } = packageCoverage[name] ?? {};
  const reached = percent(sums.lines) >= target && percent(sums.branches) >= target;
  const status = reached ? "reached" : `NOT REACHED${floor ? ` (floor ${floor.lines}% lines, ${floor.branches}% branches)` : ""}`;
  console.log(`${name.padEnd(18)}${String(sums.files).padStart(6)}  ${cell(sums.lines).padEnd(22)}${cell(sums.branches).padEnd(22)}${target}% ${status}`);
}
