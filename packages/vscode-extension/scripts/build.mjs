// Bundles the extension for VS Code (CommonJS: what the extension host loads) and the language server built
// from packages/lsp (ESM, one file, nothing else installed), and writes the completion-only schema. The .vsix
// then needs no node_modules (`vsce package --no-dependencies`).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { completionSchema } from "./completion-schema.mjs";
import { syncManifest } from "./sync-manifest.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));
const production = process.env.OGI_DEV !== "1";

await syncManifest(root);
rmSync(join(root, "dist"), { recursive: true, force: true });
rmSync(join(root, "schema"), { recursive: true, force: true });

// The importer (with pdf.js, 2 MB) is dist/import.cjs, required only when the import command runs: the extension
// host does not parse it each time a YAML file wakes the extension.
const lazyImporter = {
  name: "lazy-importer",
  setup: (b) => b.onResolve({ filter: /^@ogi-report\/import$/ }, (args) => (args.kind === "dynamic-import" ? { path: "./import.cjs", external: true } : undefined)),
};
const extensionHost = { bundle: true, platform: "node", target: "node20", format: "cjs", minify: production, logLevel: "warning" };
await build({
  ...extensionHost,
  entryPoints: [join(root, "src/extension.ts")],
  outfile: join(root, "dist/extension.cjs"),
  external: ["vscode"],
  sourcemap: !production,
  plugins: [lazyImporter],
});
await build({ ...extensionHost, entryPoints: [require.resolve("@ogi-report/import")], outfile: join(root, "dist/import.cjs") });

// vscode-languageserver is CommonJS and calls require() for Node built-ins; an ESM bundle needs a real require.
const requireShim = 'import { createRequire as __ogiCreateRequire } from "node:module"; const require = __ogiCreateRequire(import.meta.url);';
await build({
  entryPoints: [join(root, "../lsp/src/main.ts")],
  outfile: join(root, "dist/server.mjs"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  minify: production,
  sourcemap: !production,
  banner: { js: requireShim },
  logLevel: "warning",
});

const published = JSON.parse(readFileSync(require.resolve("@ogi-report/core/schema/ogi-report.schema.json"), "utf8"));
mkdirSync(join(root, "schema"), { recursive: true });
writeFileSync(join(root, "schema/ogi-report.completion.schema.json"), JSON.stringify(completionSchema(published), null, 2) + "\n");
