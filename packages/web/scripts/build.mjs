// Builds dist/index.html: one self-contained file (script, styles, rule docs, example report inlined), so it
// works opened straight from disk (file:// allows no module or worker loads from other files) and from any
// static host. The page loads nothing: its CSP allows only its own inline script (by hash) and styles.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
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

export async function bundleScript({ minify = true } = {}) {
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
  });
  return escapeForScriptElement(result.outputFiles[0].text);
}

/** Inside <script>, `</script` would end the element early and `<!--` changes how the rest is parsed. */
function escapeForScriptElement(js) {
  const escaped = js.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
  if (/<\/script/i.test(escaped)) throw new Error("script still contains </script");
  return escaped.trim();
}

export async function buildPage(options = {}) {
  const js = await bundleScript(options);
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
  return { html, csp };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { html } = await buildPage();
  mkdirSync(dist, { recursive: true });
  // Written whole, then renamed: a test reading the page while another process builds never sees half of it.
  const partial = join(dist, `.index.html.${process.pid}`);
  writeFileSync(partial, html);
  renameSync(partial, join(dist, "index.html"));
  const bytes = Buffer.byteLength(html);
  console.log(`dist/index.html: ${bytes} bytes, ${gzipSync(html).length} gzipped`);
}
