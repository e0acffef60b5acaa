// Builds dist/index.html: one self-contained file (script, styles, rule docs, example report inlined), so it
// works opened straight from disk (file:// allows no module or worker loads from other files) and from any
// static host. The page loads nothing: its CSP allows only its own inline script (by hash) and styles.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, transform } from "esbuild";
import { reportCss } from "@ogi-report/render";
import { noNodeBuiltins } from "./no-node-builtins.mjs";
import { pdfjsOffline } from "./pdfjs-offline.mjs";

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(pkgDir, "dist");

/** Browsers still found on government desktops (Chrome 109 is the last on Windows 7). */
export const browserTargets = ["chrome100", "edge100", "firefox100", "safari15"];

/**
 * A coverage build (OGI_COVERAGE=1, what `pnpm test` builds) keeps the code's shape and writes the inline script and
 * its source map beside the page (dist/page-script.js and .map, not part of the page): the page tests' Chromium
 * coverage of that script maps back to the sources through them (minified, statements fold into expressions).
 */
const coverageBuild = process.env.OGI_COVERAGE === "1";
const coverageScript = join(dist, "page-script.js");

export async function bundleScript({ minify = !coverageBuild } = {}) {
  const { js } = await bundleScriptWithMap({ minify });
  return js;
}

async function bundleScriptWithMap({ minify, sourcemap = false }) {
  const result = await build({
    entryPoints: [join(pkgDir, "src/main.ts")],
    bundle: true,
    platform: "browser",
    format: "iife",
    target: browserTargets,
    minify,
    charset: "utf8",
    legalComments: "eof",
    loader: { ".yaml": "text" },
    plugins: [noNodeBuiltins(), pdfjsOffline()],
    write: false,
    logLevel: "warning",
    ...(sourcemap ? { sourcemap: "external", outfile: coverageScript } : {}),
  });
  // Without a map there is one output file (named <stdout>); with one, the script and its map.
  const text = (suffix) => result.outputFiles.find((f) => f.path.endsWith(suffix)).text;
  // Escaping adds a character at each rare `</script` or `<!--`; the map is off by that much after one.
  return sourcemap ? { js: escapeForScriptElement(text(".js")), map: text(".js.map") } : { js: escapeForScriptElement(result.outputFiles[0].text) };
}

/** Inside <script>, `</script` would end the element early and `<!--` changes how the rest is parsed. */
function escapeForScriptElement(js) {
  const escaped = js.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
  if (/<\/script/i.test(escaped)) throw new Error("script still contains </script");
  return escaped.trim();
}

export async function buildPage({ minify = !coverageBuild } = {}) {
  const { js, map } = await bundleScriptWithMap({ minify, sourcemap: coverageBuild });
  const css = (await transform(readFileSync(join(pkgDir, "src/styles.css"), "utf8") + reportCss, { loader: "css", minify: true, charset: "utf8", target: browserTargets })).code.trim();
  const scriptHash = createHash("sha256").update(js, "utf8").digest("base64");
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${scriptHash}'`,
    // CodeMirror styles itself at run time and the report's tables carry column widths in style attributes.
    "style-src 'unsafe-inline'",
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const template = readFileSync(join(pkgDir, "src/page.html"), "utf8");
  const html = template
    .replace("__CSP__", () => csp)
    .replace("__CSS__", () => css)
    .replace("__JS__", () => js);
  return { html, csp, coverage: map ? { js, map } : undefined };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { html, coverage } = await buildPage();
  mkdirSync(dist, { recursive: true });
  rmSync(coverageScript, { force: true });
  rmSync(`${coverageScript}.map`, { force: true });
  if (coverage) {
    writeFileSync(coverageScript, coverage.js);
    writeFileSync(`${coverageScript}.map`, coverage.map);
  }
  // Written whole, then renamed: a test reading the page while another process builds never sees half of it.
  const partial = join(dist, `.index.html.${process.pid}`);
  writeFileSync(partial, html);
  renameSync(partial, join(dist, "index.html"));
  const bytes = Buffer.byteLength(html);
  console.log(`dist/index.html: ${bytes} bytes, ${gzipSync(html).length} gzipped`);
}
