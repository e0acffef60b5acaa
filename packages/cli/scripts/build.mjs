// Bundles the CLI for a quick start and a quick batch. CommonJS, not ESM (dist/package.json says so): the same
// checker runs about 10% faster over 2,000 reports as one CommonJS file than as ES modules split into chunks
// (bench/README.md, "CLI"), and it loads just as fast. Minified, UTF-8 kept as is: parsing and decoding the bundle is
// most of a cold start. dist/main.js holds everything `ogi check` needs (core, ajv, tinyglobby), and dist/ogi.js, the
// bin, requires it. What only some commands need is in files of its own, read when such a command runs:
// dist/yaml.cjs (the careful parser), dist/render.js (the renderer with docx) and dist/import.js (the importer with
// its HTML parser) — in one file they cost every `ogi check` ~90 ms of CPU just to parse. Also copies core's
// published schemas so the package ships them (ogi init points its modeline at them).
import { build } from "esbuild";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
    b.onResolve({ filter: new RegExp(`^\\./${YAML_FILE.replace(".", "\\.")}$`) }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: "ogi-lazy" }, () => ({
      loader: "js",
      contents: [
        // Every bundle that reads YAML lives in dist/, beside yaml.cjs.
        "let yaml;",
        `const load = () => (yaml ??= require("./${YAML_FILE}"));`,
        ...["isAlias", "isMap", "isPair", "isScalar", "isSeq"].map((f) => `export const ${f} = (node) => load().${f}(node);`),
        // Classes: a function that returns the real instance works with `new`.
        ...["Parser", "Composer"].map((c) => `export function ${c}(...args) { return new (load().${c})(...args); }`),
      ].join("\n"),
    }));
  },
};

// Earlier builds wrote ES module chunks here, and a coverage build source maps, which this build must not ship.
rmSync(join(dist, "chunks"), { recursive: true, force: true });
for (const name of existsSync(dist) ? readdirSync(dist) : []) if (name.endsWith(".js.map")) rmSync(join(dist, name));

// What a command imports lazily (`await import(…)`) is bundled apart and required from beside the bin at run time:
// `require`, not `import()`, because the bin compiles dist/main.js itself with V8's code cache (src/compile-cache.ts),
// and Node 20 runs no `import()` in code compiled that way.
const LAZY = { "@ogi-report/render": "render.js", "@ogi-report/import": "import.js", exceljs: "exceljs.js" };
const lazyCommands = {
  name: "lazy-commands",
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.namespace === "ogi-lazy-file") return { path: args.path, external: true };
      if (args.kind !== "dynamic-import") return undefined;
      if (args.path.startsWith("node:")) return { path: args.path, namespace: "ogi-lazy-file" };
      if (LAZY[args.path]) return { path: `./${LAZY[args.path]}`, namespace: "ogi-lazy-file" };
      // CommonJS output would inline it into the bin that every `ogi check` parses.
      return { errors: [{ text: `${args.path} is imported lazily: give it a file in LAZY (scripts/build.mjs)` }] };
    });
    b.onLoad({ filter: /.*/, namespace: "ogi-lazy-file" }, (args) => ({ loader: "js", contents: `module.exports = require(${JSON.stringify(args.path)});` }));
  },
};

// A coverage build (OGI_COVERAGE=1, what `pnpm test` builds) keeps the code's own shape and writes source maps: the
// tests' subprocesses report V8 coverage of these files, mapped back to the TypeScript sources statement by statement
// (minified, statements fold into expressions). Published builds are minified and carry no maps.
const coverageBuild = process.env.OGI_COVERAGE === "1";

const common = {
  bundle: true,
  sourcemap: coverageBuild,
  platform: "node",
  format: "cjs",
  target: "node20",
  // Sources are ES modules: give them a module URL (for paths beside the bundle) in CommonJS.
  define: { __OGI_VERSION__: JSON.stringify(pkg.version), "import.meta.url": "__ogiModuleUrl" },
  banner: { js: '"use strict";var __ogiModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  legalComments: "none",
  // OGI_UNMINIFIED=1: readable names in a `node --cpu-prof` profile; a coverage build is unminified so that
  // statements map back one by one.
  minify: !coverageBuild && !process.env.OGI_UNMINIFIED,
  charset: "utf8",
  logLevel: "warning",
};

await build({
  ...common,
  // The whole CLI (dist/main.js, which front ends import too) and the worker threads `ogi check` may start for many
  // files (dist/check-worker.js): each one whole file.
  entryPoints: { main: join(pkgDir, "src/main.ts"), "check-worker": join(pkgDir, "src/check/worker.ts") },
  outdir: dist,
  plugins: [lazyYaml, lazyCommands],
});
// The bin only wires main() to the process: it requires dist/main.js rather than carrying a second copy of the CLI.
await build({
  ...common,
  entryPoints: [join(pkgDir, "src/bin.ts")],
  outfile: join(dist, "ogi.js"),
  plugins: [{ name: "bin-requires-main", setup: (b) => b.onResolve({ filter: /^\.\/main\.js$/ }, () => ({ path: "./main.js", external: true })) }],
});
// Each lazy command's file carries its own copy of core: only that command reads and parses it. pdf.js (1.7 MB) is a
// file of its own too, dist/unpdf.js, which the importer requires only when it meets a PDF.
const lazyPdf = {
  name: "lazy-pdf",
  setup: (b) => b.onResolve({ filter: /^unpdf$/ }, (args) => (args.kind === "dynamic-import" ? { path: "./unpdf.js", external: true } : undefined)),
};
for (const [name, file] of Object.entries(LAZY)) {
  await build({ ...common, entryPoints: [require.resolve(name)], outfile: join(dist, file), plugins: [lazyYaml, lazyPdf] });
}
const importRequire = createRequire(require.resolve("@ogi-report/import"));
await build({ ...common, entryPoints: [importRequire.resolve("unpdf")], outfile: join(dist, "unpdf.js") });
writeFileSync(join(dist, "package.json"), JSON.stringify({ type: "commonjs" }) + "\n");

// The careful parser, as one CommonJS file (it is CommonJS already; `require` needs no module resolution at run time).
await build({
  entryPoints: [createRequire(coreParse).resolve("yaml")],
  outfile: join(dist, YAML_FILE),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  legalComments: "none",
  // OGI_UNMINIFIED=1: readable names in a `node --cpu-prof` profile.
  minify: !process.env.OGI_UNMINIFIED,
  logLevel: "warning",
});
// The careful parser must stay out of the CLI bundle (and be found beside it): fail the build rather than ship a CLI that
// parses a third more at every start, or one that cannot read odd YAML.
const cliText = readFileSync(join(dist, "main.js"), "utf8");
if (!cliText.includes(`require("./${YAML_FILE}")`) || cliText.includes("YAMLParseError")) throw new Error(`dist/main.js must load the yaml package from ./${YAML_FILE}`);
if (/\bimport\(/.test(cliText)) throw new Error("dist/main.js must not use import(): the bin compiles it with a code cache, which runs no import() on Node 20");

// Runnable as ./dist/ogi.js too, not only through `node` or a package-manager shim.
const bin = join(dist, "ogi.js");
writeFileSync(bin, "#!/usr/bin/env node\n" + readFileSync(bin, "utf8"));
// The map's first line then describes the shebang: it has none.
if (coverageBuild) {
  const map = JSON.parse(readFileSync(`${bin}.map`, "utf8"));
  writeFileSync(`${bin}.map`, JSON.stringify({ ...map, mappings: `;${map.mappings}` }));
}
chmodSync(bin, 0o755);

mkdirSync(join(pkgDir, "schema"), { recursive: true });
for (const name of ["ogi-report.schema.json", "ogi-config.schema.json"]) {
  copyFileSync(require.resolve(`@ogi-report/core/schema/${name}`), join(pkgDir, "schema", name));
}
