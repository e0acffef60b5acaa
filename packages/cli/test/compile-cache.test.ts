import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, repoDir, runOgi, tempDir } from "./harness.js";

/**
 * The bin compiles dist/main.js through V8's code cache (src/compile-cache.ts), kept in a folder of the user's own
 * under the temporary folder. Whatever the cache holds, the output is what a run without it prints.
 */
const uid = process.getuid?.() ?? 0;
const seed = join(repoDir, "examples", "seed-2025.yaml");
const broken = join(repoDir, "examples", "broken");
let plain: Awaited<ReturnType<typeof runOgi>>;

beforeAll(async () => {
  assertBuilt();
  plain = await runOgi(["check", "-f", "json", seed, broken], { env: { OGI_COMPILE_CACHE: "0", TMPDIR: tempDir("ogi-cc-off-") } });
  expect(plain.code).toBe(1);
});

const cacheFolder = (tmp: string) => join(tmp, `ogi-report-compile-cache-${uid}`);
const cacheFiles = (tmp: string) => readdirSync(cacheFolder(tmp)).filter((f) => f.endsWith(".v8cache"));

describe("the compile cache", () => {
  it("is written by the first run, read by the next, and changes no output", async () => {
    const tmp = tempDir("ogi-cc-");
    const first = await runOgi(["check", "-f", "json", seed, broken], { env: { TMPDIR: tmp } });
    expect(first).toEqual(plain);
    const [file] = cacheFiles(tmp);
    expect(file).toMatch(/^main\.js-\d+-\d+-v[\d.]+\.v8cache$/);
    expect(statSync(cacheFolder(tmp)).mode & 0o077).toBe(0);
    const written = statSync(join(cacheFolder(tmp), file!)).mtimeMs;
    const second = await runOgi(["check", "-f", "json", seed, broken], { env: { TMPDIR: tmp } });
    expect(second).toEqual(plain);
    // Accepted, so not written again.
    expect(statSync(join(cacheFolder(tmp), file!)).mtimeMs).toBe(written);
  });

  it("a damaged cache is rejected by V8, the run goes on, and the cache is written anew", async () => {
    const tmp = tempDir("ogi-cc-bad-");
    await runOgi(["--version"], { env: { TMPDIR: tmp } });
    const path = join(cacheFolder(tmp), cacheFiles(tmp)[0]!);
    const damaged = Buffer.concat([Buffer.from("not a code cache"), readFileSync(path).subarray(0, 1000)]);
    writeFileSync(path, damaged);
    expect(await runOgi(["check", "-f", "json", seed, broken], { env: { TMPDIR: tmp } })).toEqual(plain);
    expect(readFileSync(path).length).toBeGreaterThan(100_000);
  });

  it("a cache folder others may write is not used; OGI_COMPILE_CACHE=0 writes nothing", async () => {
    const tmp = tempDir("ogi-cc-open-");
    mkdirSync(cacheFolder(tmp));
    chmodSync(cacheFolder(tmp), 0o777);
    expect(await runOgi(["check", "-f", "json", seed, broken], { env: { TMPDIR: tmp } })).toEqual(plain);
    expect(cacheFiles(tmp)).toEqual([]);
    const off = tempDir("ogi-cc-none-");
    expect(await runOgi(["check", "-f", "json", seed, broken], { env: { TMPDIR: off, OGI_COMPILE_CACHE: "0" } })).toEqual(plain);
    expect(readdirSync(off)).toEqual([]);
  });

  it("commands loaded lazily (the importer) still load under the cache", async () => {
    const tmp = tempDir("ogi-cc-lazy-");
    const page = join(tmp, "seed.html");
    expect((await runOgi(["render", seed, "--to", "html", "-o", page], { env: { TMPDIR: tmp } })).code).toBe(0);
    const checked = await runOgi(["check", page], { env: { TMPDIR: tmp } });
    expect(checked.stderr).toBe("");
    expect(checked.code).toBe(0);
  });
});
