// Coverage of what the tests run outside the test process, mapped back to the sources: the V8 coverage the CLI, the
// server and the check workers write at exit (NODE_V8_COVERAGE), and the page's coverage from Chromium saved in the
// same form (packages/web/test/helpers/page-coverage.ts), all in coverage-processes/ (test/process-coverage/processes.ts).
// Each built file under packages/*/dist that has a source map is converted once, after the runs' counts are summed,
// by the converter vitest itself uses (ast-v8-to-istanbul): what a bundle ran is counted in the TypeScript file it
// came from.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { mergeProcessCovs } from "@bcoe/v8-coverage";
import convert from "ast-v8-to-istanbul";
import { parseAstAsync } from "vitest/node";

/** The scripts worth converting: our builds with a map beside them (not Node's internals, not node_modules). */
function builtScript(url, packagesDir) {
  if (!url.startsWith("file://")) return undefined;
  const path = fileURLToPath(url);
  if (!path.startsWith(packagesDir) || !path.includes(`${sep}dist${sep}`) || path.includes(`${sep}node_modules${sep}`)) return undefined;
  if (!existsSync(`${path}.map`)) return undefined;
  // A map older than its script is left from an earlier coverage build (turbo restores a cached build over dist/
  // without removing what else is there): it describes other code.
  return statSync(`${path}.map`).mtimeMs >= statSync(path).mtimeMs - 5000 ? path : undefined;
}

/**
 * Keeps, of each finished run's file, only our built scripts (a run of the CLI writes ~1.7 MB, mostly Node's own
 * modules; what is ours is a tenth of it): the test workers call this after each test file, so a whole run's
 * coverage stays a few hundred MB rather than gigabytes. A file is claimed by renaming it, so two workers never
 * read the same one; one still being written does not parse yet and is put back for later.
 */
export function compactProcessCoverage(dir, packagesDir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).filter((n) => /^coverage-[\d-]+\.json$/.test(n))) {
    const claimed = join(dir, `.claimed-${process.pid}-${name}`);
    try {
      renameSync(join(dir, name), claimed);
    } catch {
      continue;
    }
    let data;
    try {
      data = JSON.parse(readFileSync(claimed, "utf8"));
    } catch {
      renameSync(claimed, join(dir, name));
      continue;
    }
    const result = (data.result ?? []).filter((script) => builtScript(script.url, packagesDir));
    if (result.length > 0) writeFileSync(join(dir, `kept-${name}`), JSON.stringify({ result }));
    rmSync(claimed);
  }
}

/** Every run's counts for our built scripts, summed per script (one conversion each, not one per run). */
export function readProcessCoverage(dir, packagesDir) {
  let merged = { result: [] };
  let runs = 0;
  if (!existsSync(dir)) return { merged, runs };
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json") && !n.startsWith("."))) {
    let data;
    try {
      data = JSON.parse(readFileSync(join(dir, name), "utf8"));
    } catch {
      // A process killed while writing leaves half a file: its counts are lost, the others still count.
      console.warn(`coverage: ${name} is not readable JSON, left out`);
      continue;
    }
    const result = (data.result ?? []).filter((script) => builtScript(script.url, packagesDir));
    runs += 1;
    if (result.length > 0) merged = mergeProcessCovs([merged, { result }]);
  }
  return { merged, runs };
}

/** Istanbul coverage data of the sources (absolute paths) that the processes' built scripts came from. */
export async function processCoverageData(dir, packagesDir) {
  const { merged, runs } = readProcessCoverage(dir, packagesDir);
  const data = {};
  for (const script of merged.result) {
    const path = fileURLToPath(script.url);
    const code = readFileSync(path, "utf8");
    const sourceMap = JSON.parse(readFileSync(`${path}.map`, "utf8"));
    const converted = await convert({
      code,
      ast: parseAstAsync(code),
      sourceMap,
      coverage: { url: script.url, functions: script.functions },
    });
    for (const [file, coverage] of Object.entries(converted)) {
      if (!file.startsWith(packagesDir) || !/[/\\]src[/\\]/.test(file)) continue;
      (data[file] ??= []).push(coverage);
    }
  }
  return { data, runs, scripts: merged.result.map((s) => fileURLToPath(s.url)) };
}
