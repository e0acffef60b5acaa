// Adds the processes' coverage of a source file (scripts/coverage-processes.mjs) to vitest's coverage of the same
// file. Both come from ast-v8-to-istanbul, but from different builds of the file (vite's transform in the test
// process, esbuild's bundle outside it), so a statement's range can end a little differently in each: the processes'
// counts are carried onto vitest's statements, functions and branches by where each starts, and the two are then
// merged (istanbul-lib-coverage adds the counts of entries at the same place). The files and their entries are vitest's:
// a bundle cannot add a line to a file's total, only cover it.
import libCoverage from "istanbul-lib-coverage";

const at = (loc) => `${loc.start.line}:${loc.start.column}`;

/** Counts by start position, summed over every conversion that reached the file. */
function countsByStart(conversions, entries, hits, key) {
  const counts = new Map();
  for (const coverage of conversions) {
    for (const [id, entry] of Object.entries(coverage[entries])) {
      const k = key(entry);
      const hit = coverage[hits][id];
      const previous = counts.get(k);
      if (Array.isArray(hit)) counts.set(k, previous && previous.length === hit.length ? previous.map((n, i) => n + hit[i]) : hit);
      else counts.set(k, (previous ?? 0) + hit);
    }
  }
  return counts;
}

/** vitest's file coverage, shape kept, with the processes' counts in place of its own. */
function carried(fileCoverage, conversions) {
  const statements = countsByStart(conversions, "statementMap", "s", at);
  // An arrow's body starts at the same place in both, a method's name does (its body follows stripped types).
  const functionsByBody = countsByStart(conversions, "fnMap", "f", (fn) => at(fn.loc));
  const functionsByName = countsByStart(conversions, "fnMap", "f", (fn) => at(fn.decl));
  const branches = countsByStart(conversions, "branchMap", "b", (br) => `${br.type} ${at(br.loc)}`);
  const mapped = (map, counts, key, zero) => Object.fromEntries(Object.entries(map).map(([id, entry]) => [id, counts.get(key(entry)) ?? zero(entry)]));
  const s = mapped(fileCoverage.statementMap, statements, at, () => 0);
  const f = Object.fromEntries(Object.entries(fileCoverage.fnMap).map(([id, fn]) => [id, functionsByBody.get(at(fn.loc)) ?? functionsByName.get(at(fn.decl)) ?? 0]));
  const b = mapped(fileCoverage.branchMap, branches, (br) => `${br.type} ${at(br.loc)}`, (br) => br.locations.map(() => 0));
  // A branch whose arms differ in number between the two builds is not the same branch: its counts are not carried.
  for (const [id, br] of Object.entries(fileCoverage.branchMap)) if (b[id].length !== br.locations.length) b[id] = br.locations.map(() => 0);
  return { ...fileCoverage, s, f, b };
}

/** vitest's coverage map (coverage-final.json) with the processes' coverage of the same files added. */
export function mergeCoverage(inProcess, processData) {
  const map = libCoverage.createCoverageMap(inProcess);
  for (const [file, conversions] of Object.entries(processData)) {
    if (map.files().includes(file)) {
      map.merge(libCoverage.createCoverageMap({ [file]: carried(map.fileCoverageFor(file).toJSON(), conversions) }));
    } else {
      // vitest lists every source file only when every test ran; a run of some test files lists those it loaded.
      for (const coverage of conversions) map.merge(libCoverage.createCoverageMap({ [file]: coverage }));
    }
  }
  return map;
}
