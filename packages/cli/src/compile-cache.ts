import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";

/**
 * Requires a CommonJS file of the CLI's own (dist/main.js) through V8's code cache. Parsing and compiling the
 * 400 kB bundle is most of what `ogi check one.yaml` costs beyond `node -e 0`; with the code V8 compiled on an
 * earlier run read back, a cold start costs about a third less CPU (bench/README.md, "CLI"). Node 22 has
 * `module.enableCompileCache()` for this; Node 20 does not, so the bin does it with `vm.Script`'s `cachedData`.
 *
 * The cache lives in a folder of the user's own under the temporary folder, keyed by the file's size and time and
 * the Node version (V8 itself rejects data made by another V8 or other flags, and then it is written again). A
 * folder or file that another user could have written is not trusted. OGI_COMPILE_CACHE=0 turns it off. Anything
 * that goes wrong with the cache falls back to compiling as usual: it never stops a run.
 */
export function requireCompiled(file: string, env: Readonly<Record<string, string | undefined>>): unknown {
  const source = readFileSync(file, "utf8");
  const cacheFile = env.OGI_COMPILE_CACHE === "0" ? undefined : cachePath(file);
  const cachedData = cacheFile ? readOwnFile(cacheFile) : undefined;
  const script = new Script(Module.wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    // Made after the run, so the functions this run compiled are in it too.
    process.once("exit", () => writeQuietly(cacheFile, () => script.createCachedData()));
  }
  const mod = new Module(file, undefined);
  mod.filename = file;
  const folder = dirname(file);
  const require = (id: string) => mod.require(id);
  (script.runInThisContext() as (...args: unknown[]) => void).call(mod.exports, mod.exports, require, mod, file, folder);
  mod.loaded = true;
  return mod.exports;
}

function cachePath(file: string): string | undefined {
  try {
    const uid = process.getuid?.() ?? 0;
    const folder = join(tmpdir(), `ogi-report-compile-cache-${uid}`);
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const info = statSync(folder);
    if (info.uid !== uid || (info.mode & 0o022) !== 0) return undefined;
    const { size, mtimeMs } = statSync(file);
    return join(folder, `${basename(file)}-${size}-${Math.floor(mtimeMs)}-${process.version}.v8cache`);
  } catch {
    return undefined;
  }
}

/** The file's bytes when this user owns it and no one else may write it; otherwise nothing. */
function readOwnFile(path: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const info = fstatSync(fd);
    if (info.uid !== (process.getuid?.() ?? 0) || (info.mode & 0o022) !== 0) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function writeQuietly(path: string, data: () => Buffer): void {
  try {
    // Written beside and renamed: another `ogi` starting meanwhile reads the old file or the new, never half of one.
    const partial = `${path}.${process.pid}.tmp`;
    writeFileSync(partial, data(), { mode: 0o600 });
    renameSync(partial, path);
    // The caches of earlier builds of the same file are of no more use.
    const name = basename(path);
    const stem = name.slice(0, name.indexOf("-") + 1);
    for (const old of readdirSync(dirname(path))) if (old.startsWith(stem) && old !== name && old.endsWith(".v8cache")) unlinkSync(join(dirname(path), old));
  } catch {
    // A read-only or full temporary folder: the next run compiles as this one did.
  }
}
