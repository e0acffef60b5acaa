// Bundles the server for editors: dist/server.js runs with nothing else installed (core and
// vscode-languageserver inlined); dist/index.js is the library entry for reuse (dependencies stay external).
import { build } from "esbuild";

// vscode-languageserver is CommonJS and calls require() for Node built-ins; an ESM bundle needs a real require.
const requireShim = 'import { createRequire as __ogiCreateRequire } from "node:module"; const require = __ogiCreateRequire(import.meta.url);';

const common = { bundle: true, platform: "node", target: "node20", format: "esm", sourcemap: true, logLevel: "warning" };

// Minified (names kept, for readable errors in the log): this very file is what the VS Code extension ships.
await build({
  ...common,
  entryPoints: ["src/main.ts"],
  outfile: "dist/server.js",
  // A coverage build (OGI_COVERAGE=1, what `pnpm test` builds) keeps the code's shape: the tests' V8 coverage of this
  // file maps back to the sources statement by statement (minified, statements fold into expressions).
  minify: process.env.OGI_COVERAGE !== "1",
  keepNames: true,
  banner: { js: "#!/usr/bin/env node\n" + requireShim },
});

// The library entry keeps its published dependencies external, and inlines the Node layer it shares with the CLI
// (@ogi-report/node-shell, a workspace package that is not published).
const INLINED = /^@ogi-report\/node-shell(\/|$)/;
await build({
  ...common,
  entryPoints: ["src/index.ts"],
  outfile: "dist/index.js",
  banner: { js: requireShim },
  plugins: [
    {
      name: "external-but-node-shell",
      setup: (b) => b.onResolve({ filter: /^[^./]/ }, (args) => (INLINED.test(args.path) ? undefined : { path: args.path, external: true })),
    },
  ],
});
