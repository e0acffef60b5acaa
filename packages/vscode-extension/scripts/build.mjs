// Bundles the extension for VS Code (CommonJS: what the extension host loads), ships the language server packages/lsp
// built (ESM, one file, nothing else installed), and writes the completion-only schema. The .vsix then needs no
// node_modules (`vsce package --no-dependencies`).
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { completionSchema } from "./completion-schema.mjs";
import { syncManifest } from "./sync-manifest.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));
const production = process.env.OGI_DEV !== "1";
// A coverage build (OGI_COVERAGE=1, what `pnpm test` builds) keeps the code's shape and writes source maps beside the
// bundles (not into the .vsix: .vscodeignore lists what goes in): the end-to-end test's extension host reports V8
// coverage of them, mapped back to the sources statement by statement.
const coverageBuild = process.env.OGI_COVERAGE === "1";

await syncManifest(root);
rmSync(join(root, "dist"), { recursive: true, force: true });
rmSync(join(root, "schema"), { recursive: true, force: true });

// The importer (with pdf.js, 2 MB) is dist/import.cjs, required only when the import command runs: the extension
// host does not parse it each time a YAML file wakes the extension.
const lazyImporter = {
  name: "lazy-importer",
  setup: (b) => b.onResolve({ filter: /^@ogi-report\/import$/ }, (args) => (args.kind === "dynamic-import" ? { path: "./import.cjs", external: true } : undefined)),
};
const extensionHost = { bundle: true, platform: "node", target: "node20", format: "cjs", minify: production && !coverageBuild, logLevel: "warning" };
await build({
  ...extensionHost,
  entryPoints: [join(root, "src/extension.ts")],
  outfile: join(root, "dist/extension.cjs"),
  external: ["vscode"],
  sourcemap: !production || coverageBuild,
  plugins: [lazyImporter],
});
// VS Code's extension host replaces Node's `navigator` with a getter that returns nothing and cannot be assigned, so
// pdf.js's own stand-in (`globalThis.navigator ??= {}`) throws and no PDF can be read. The importer gets a `navigator`
// of its own, which pdf.js fills in as it would where there is none.
const ownNavigator = { define: { navigator: "ogiNavigator", "globalThis.navigator": "ogiNavigator" }, banner: { js: "var ogiNavigator;" } };
await build({ ...extensionHost, ...ownNavigator, entryPoints: [require.resolve("@ogi-report/import")], outfile: join(root, "dist/import.cjs"), sourcemap: coverageBuild });

// The server is the one packages/lsp builds (its dist/server.js, one ESM file with everything inlined), copied as it
// is: the tests that drive packages/lsp's server then drive the very file users get. turbo builds packages/lsp first
// (a workspace dependency of this package).
copyFileSync(require.resolve("@ogi-report/lsp/server"), join(root, "dist/server.mjs"));

const published = JSON.parse(readFileSync(require.resolve("@ogi-report/core/schema/ogi-report.schema.json"), "utf8"));
mkdirSync(join(root, "schema"), { recursive: true });
writeFileSync(join(root, "schema/ogi-report.completion.schema.json"), JSON.stringify(completionSchema(published), null, 2) + "\n");
