// An esbuild plugin that makes a browser build fail on any Node built-in (`node:fs`, `fs`, `path`…), so
// nothing that needs Node can slip into the page, however deep in a dependency it is imported.
import { builtinModules } from "node:module";

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

export function noNodeBuiltins() {
  return {
    name: "no-node-builtins",
    setup(build) {
      build.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, (args) => {
        if (!args.path.startsWith("node:") && !builtins.has(args.path)) return undefined;
        return { errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer}: the page runs in a browser` }] };
      });
    },
  };
}
