import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- a build script (plain ESM), used here as the build uses it
import { noNodeBuiltins } from "../scripts/no-node-builtins.mjs";
// @ts-expect-error -- a build script (plain ESM)
import { bundleScript } from "../scripts/build.mjs";
import { ensureBuilt } from "./helpers/build.js";
import { builtPage, pkgDir, repoRoot } from "./helpers/paths.js";

const browserBuild = (entry: { path: string } | { contents: string; resolveDir: string }) =>
  build({
    ...("path" in entry ? { entryPoints: [entry.path] } : { stdin: { contents: entry.contents, resolveDir: entry.resolveDir, loader: "ts" } }),
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    logLevel: "silent",
    plugins: [noNodeBuiltins()],
  });

describe("core runs in a browser", () => {
  it("core's source bundles for the browser platform with no Node built-in anywhere in it", async () => {
    const out = await browserBuild({ path: join(repoRoot, "packages/core/src/index.ts") });
    expect(out.errors).toEqual([]);
    const code = out.outputFiles[0]!.text;
    expect(code).not.toMatch(/\bprocess\.(env|cwd|argv)|\bBuffer\.|require\(["']node:/);
  });

  it("the same build fails on a `node:` import, and on a bare built-in, however deep", async () => {
    await expect(browserBuild({ contents: `import { readFileSync } from "node:fs"; console.log(readFileSync);`, resolveDir: pkgDir })).rejects.toThrow(/Node built-in "node:fs"/);
    await expect(browserBuild({ contents: `import path from "path"; console.log(path);`, resolveDir: pkgDir })).rejects.toThrow(/Node built-in "path"/);
    await expect(browserBuild({ contents: `export const x = require("crypto");`, resolveDir: pkgDir })).rejects.toThrow(/Node built-in "crypto"/);
  });
});

describe("the page's script", () => {
  it("builds with the same guard (core, import, render, CodeMirror) and holds nothing a strict CSP forbids", async () => {
    const js: string = await bundleScript();
    // The page's CSP allows no eval: a schema compiler (core ships its validator precompiled) or anything
    // else that builds code from strings would fail on first use.
    expect(js).not.toMatch(/\bnew Function\s*\(|\beval\s*\(/);
    expect(js).not.toMatch(/<\/script/i);
    // No address to fetch: the page never talks to a server. (A method named fetch, pdf.js's `xref.fetch(ref)`,
    // reads the PDF in memory: its definition `fetch(t){…}` and calls `x.fetch(t)` are not the global; pdf.js's
    // calls of the global fetch and its XMLHttpRequest are cut out by scripts/pdfjs-offline.mjs.)
    expect(js).not.toMatch(/(?<![.\w$])fetch\s*\((?![^()]*\)\s*\{)|XMLHttpRequest|WebSocket|sendBeacon|EventSource/);
  }, 60_000);

  it("the built file is self-contained: one inline script, its hash in a CSP that allows nothing else", () => {
    ensureBuilt();
    const html = readFileSync(builtPage, "utf8");
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'$/);
    expect(html.match(/<script/g)).toHaveLength(1);
    // pdf.js builds `url(#clip)` (a same-document SVG reference) and `url(${…})` in code it never runs here; a
    // stylesheet or element that loads an address is what this looks for.
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="(?!data:)|@import|url\((?!["']?data:|#|\$\{)/);
  });
});
