// Bundles the CLI into one ESM file (core, yaml, ajv, tinyglobby included): one file to load is what keeps
// `ogi` quick to start. Also copies core's published schemas so the package ships them (ogi init points at it).
import { build } from "esbuild";
import { chmodSync, copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
const require = createRequire(join(pkgDir, "package.json"));

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  define: { __OGI_VERSION__: JSON.stringify(pkg.version) },
  // ajv and friends are CommonJS; inside an ESM bundle they need a real `require` for node built-ins.
  banner: { js: "import { createRequire as __ogiCreateRequire } from 'node:module'; const require = __ogiCreateRequire(import.meta.url);" },
  legalComments: "none",
  logLevel: "warning",
};

await build({
  ...common,
  entryPoints: [join(pkgDir, "src/bin.ts")],
  outfile: join(pkgDir, "dist/ogi.js"),
  banner: { js: "#!/usr/bin/env node\n" + common.banner.js },
});
// Runnable as ./dist/ogi.js too, not only through `node` or a package-manager shim.
chmodSync(join(pkgDir, "dist/ogi.js"), 0o755);
await build({ ...common, entryPoints: [join(pkgDir, "src/main.ts")], outfile: join(pkgDir, "dist/main.js") });

mkdirSync(join(pkgDir, "schema"), { recursive: true });
for (const name of ["ogi-report.schema.json", "ogi-config.schema.json"]) {
  copyFileSync(require.resolve(`@ogi-report/core/schema/${name}`), join(pkgDir, "schema", name));
}
