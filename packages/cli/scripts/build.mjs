// Bundles the CLI for a quick start (minified, UTF-8 kept as is: parsing and decoding the bundle is most of a cold
// start): everything `ogi check` needs (core, yaml, ajv, tinyglobby) is loaded from
// dist/ at once, with no node_modules lookups. What a command imports lazily (`await import(…)`: the renderer
// with docx, the importer with an HTML parser) goes to dist/chunks/ and is read only when that command runs;
// in one file it cost every `ogi check` ~90 ms of CPU just to parse. Also copies core's published schemas so
// the package ships them (ogi init points its modeline at them).
import { build } from "esbuild";
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(pkgDir, "dist");
const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
const require = createRequire(join(pkgDir, "package.json"));

// The `yaml` package is core's careful parser: reports in plain YAML never reach it (core's fast reader answers), so
// it is not in the bundle every command parses at start-up (a third of it), but in dist/yaml.cjs, required the first
// time a report needs it. A shim stands in for it where core's parse.js imports it.
const coreParse = join(dirname(require.resolve("@ogi-report/core")), "yaml", "parse.js");
const YAML_FILE = "yaml.cjs";
const lazyYaml = {
  name: "lazy-yaml",
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, (args) => (args.importer === coreParse ? { path: "lazy-yaml", namespace: "ogi-lazy" } : undefined));
    b.onResolve({ filter: new RegExp(`^\\.\\./${YAML_FILE.replace(".", "\\.")}$`) }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: "ogi-lazy" }, () => ({
      loader: "js",
      contents: [
        // The shim lands in a chunk (dist/chunks/), whose `require` (the banner's) resolves from there.
        "let yaml;",
        `const load = () => (yaml ??= require("../${YAML_FILE}"));`,
        "export const parseDocument = (...args) => load().parseDocument(...args);",
        ...["isAlias", "isMap", "isPair", "isScalar", "isSeq"].map((f) => `export const ${f} = (node) => load().${f}(node);`),
      ].join("\n"),
    }));
  },
};

// Chunk names carry content hashes: clear the old ones so dist/ holds only what this build refers to.
rmSync(join(dist, "chunks"), { recursive: true, force: true });

await build({
  // bin (dist/ogi.js), the library entry other front ends import (dist/main.js) and the check worker share chunks.
  // dist/check-worker.js: the worker threads `ogi check` starts for many files; it loads only what checking needs.
  entryPoints: { ogi: join(pkgDir, "src/bin.ts"), main: join(pkgDir, "src/main.ts"), "check-worker": join(pkgDir, "src/check/worker.ts") },
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
  plugins: [lazyYaml],
});

// The careful parser, as one CommonJS file (it is CommonJS already; `require` needs no module resolution at run time).
await build({
  entryPoints: [createRequire(coreParse).resolve("yaml")],
  outfile: join(dist, YAML_FILE),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  legalComments: "none",
  minify: true,
  logLevel: "warning",
});
// `../yaml.cjs` is right only from dist/chunks/: fail the build rather than ship a CLI that cannot read odd YAML.
for (const name of readdirSync(dist)) {
  if (name.endsWith(".js") && readFileSync(join(dist, name), "utf8").includes(`"../${YAML_FILE}"`)) throw new Error(`the yaml shim landed in dist/${name}, not in dist/chunks/`);
}

// Runnable as ./dist/ogi.js too, not only through `node` or a package-manager shim.
const bin = join(dist, "ogi.js");
writeFileSync(bin, "#!/usr/bin/env node\n" + readFileSync(bin, "utf8"));
chmodSync(bin, 0o755);

mkdirSync(join(pkgDir, "schema"), { recursive: true });
for (const name of ["ogi-report.schema.json", "ogi-config.schema.json"]) {
  copyFileSync(require.resolve(`@ogi-report/core/schema/${name}`), join(pkgDir, "schema", name));
}
