// Bundles the CLI for a quick start (minified, UTF-8 kept as is: parsing and decoding the bundle is most of a cold
// start): everything `ogi check` needs (core, yaml, ajv, tinyglobby) is loaded from
// dist/ at once, with no node_modules lookups. What a command imports lazily (`await import(…)`: the renderer
// with docx, the importer with an HTML parser) goes to dist/chunks/ and is read only when that command runs;
// in one file it cost every `ogi check` ~90 ms of CPU just to parse. Also copies core's published schemas so
// the package ships them (ogi init points its modeline at them).
import { build } from "esbuild";
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(pkgDir, "dist");
const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
const require = createRequire(join(pkgDir, "package.json"));

// Chunk names carry content hashes: clear the old ones so dist/ holds only what this build refers to.
rmSync(join(dist, "chunks"), { recursive: true, force: true });

await build({
  // bin (dist/ogi.js) and the library entry other front ends import (dist/main.js) share their chunks.
  entryPoints: { ogi: join(pkgDir, "src/bin.ts"), main: join(pkgDir, "src/main.ts") },
  outdir: dist,
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  define: { __OGI_VERSION__: JSON.stringify(pkg.version) },
  // ajv and friends are CommonJS; inside ESM output they need a real `require` for node built-ins.
  banner: { js: "import { createRequire as __ogiCreateRequire } from 'node:module'; const require = __ogiCreateRequire(import.meta.url);" },
  legalComments: "none",
  minify: true, charset: "utf8",
  logLevel: "warning",
});

// Runnable as ./dist/ogi.js too, not only through `node` or a package-manager shim.
const bin = join(dist, "ogi.js");
writeFileSync(bin, "#!/usr/bin/env node\n" + readFileSync(bin, "utf8"));
chmodSync(bin, 0o755);

mkdirSync(join(pkgDir, "schema"), { recursive: true });
for (const name of ["ogi-report.schema.json", "ogi-config.schema.json"]) {
  copyFileSync(require.resolve(`@ogi-report/core/schema/${name}`), join(pkgDir, "schema", name));
}
