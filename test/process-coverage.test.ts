import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error -- plain ES modules of the scripts folder, without type declarations.
import { mergeCoverage } from "../scripts/coverage-merge.mjs";
// @ts-expect-error -- plain ES modules of the scripts folder, without type declarations.
import { processCoverageData } from "../scripts/coverage-processes.mjs";

/**
 * The coverage machinery itself (scripts/coverage-by-package.mjs): what a subprocess runs is counted in the sources
 * it was built from. The built server (dist/server.js, which always carries its source map) runs in a process of its
 * own writing V8 coverage, as every process a measuring run starts does; its entry, packages/lsp/src/main.ts, is
 * code no test runs in process.
 */
const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const serverPath = join(repo, "packages/lsp/dist/server.js");
const mainSource = join(repo, "packages/lsp/src/main.ts");
const frame = (message: object) => {
  const body = JSON.stringify({ jsonrpc: "2.0", ...message });
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

interface Loc {
  start: { line: number; column: number };
  end: { line: number; column: number };
}
interface FileData {
  statementMap: Record<string, Loc>;
  s: Record<string, number>;
  f: Record<string, number>;
  b: Record<string, number[]>;
}

let dir: string;
let processes: string;

beforeAll(async () => {
  if (!existsSync(`${serverPath}.map`)) throw new Error(`${serverPath}.map is missing: run \`pnpm build\` first`);
  dir = mkdtempSync(join(tmpdir(), "ogi-process-coverage-"));
  processes = join(dir, "processes");
  const child = spawn(process.execPath, [serverPath, "--stdio"], { env: { PATH: process.env.PATH ?? "", NODE_V8_COVERAGE: processes }, stdio: ["pipe", "pipe", "inherit"] });
  child.stdout.resume();
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  child.stdin.write(frame({ id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } }));
  child.stdin.write(frame({ method: "initialized", params: {} }));
  child.stdin.write(frame({ id: 2, method: "shutdown" }));
  child.stdin.write(frame({ method: "exit" }));
  // The LSP says: exit after shutdown ends the server with 0, and Node writes its coverage as it exits.
  expect(await exited).toBe(0);
}, 60_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("coverage of processes the tests start", () => {
  it("the server's run is counted in its TypeScript sources, through the bundle's source map", async () => {
    expect(readdirSync(processes).length).toBeGreaterThan(0);
    const { data, scripts } = await processCoverageData(processes, join(repo, "packages") + "/");
    expect(scripts).toEqual([serverPath]);
    const main = data[mainSource] as FileData[];
    expect(main.length).toBe(1);
    expect(Object.values(main[0]!.s).filter((n) => n > 0).length).toBeGreaterThan(0);
  });

  it("merged into in-process coverage that never reached the file, the server's lines show as covered", async () => {
    const { data } = await processCoverageData(processes, join(repo, "packages") + "/");
    const converted = data[mainSource][0] as FileData;
    // In process, vitest sees the same statements, none of them run; its ranges may end elsewhere (another build of
    // the file): only where they start is matched.
    const inProcess: FileData = {
      ...converted,
      statementMap: Object.fromEntries(Object.entries(converted.statementMap).map(([id, loc]) => [id, { ...loc, end: { line: loc.end.line + 1, column: 0 } }])),
      s: Object.fromEntries(Object.keys(converted.s).map((id) => [id, 0])),
      f: Object.fromEntries(Object.keys(converted.f).map((id) => [id, 0])),
      b: Object.fromEntries(Object.entries(converted.b).map(([id, arms]) => [id, arms.map(() => 0)])),
    };
    const linesRun = new Set(Object.entries(converted.statementMap).filter(([id]) => converted.s[id]! > 0).map(([, loc]) => loc.start.line));
    const merged = mergeCoverage({ [mainSource]: structuredClone(inProcess) }, data).fileCoverageFor(mainSource);
    const summary = merged.toSummary().toJSON() as { lines: { covered: number; total: number }; statements: { total: number } };
    expect(linesRun.size).toBeGreaterThan(0);
    expect(summary.lines.covered).toBe(linesRun.size);
    // The file's entries are the in-process ones: the processes' coverage adds counts, never statements.
    expect(summary.statements.total).toBe(Object.keys(inProcess.statementMap).length);
  });

  it("scripts/coverage-by-package.mjs prints the figures from the merged report", () => {
    const final = join(dir, "coverage-final.json");
    writeFileSync(final, "{}");
    const r = spawnSync(process.execPath, [join(repo, "scripts/coverage-by-package.mjs"), final, processes], { encoding: "utf8" });
    expect(r.stdout).toMatch(/^lsp\s+\d+\s+[\d.]+%/m);
    // Every package but the server's is far below its floor here: the run fails, and says why.
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("coverage below the floor");
    const summary = JSON.parse(readFileSync(join(dir, "merged-summary.json"), "utf8")) as Record<string, { lines: { covered: number } }>;
    expect(summary[mainSource]!.lines.covered).toBeGreaterThan(0);
  });
});
