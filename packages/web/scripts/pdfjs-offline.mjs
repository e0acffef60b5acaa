// An esbuild plugin for the page's copy of pdf.js (inside unpdf): the page opens PDF files the user gives it and
// never a URL, so pdf.js's ways to the network (fetch of a URL, standard fonts or CMaps; XMLHttpRequest) are cut
// out at build time. What remains is the reading of bytes already in memory; the page's CSP (default-src 'none')
// would block a request anyway, and the bundle test checks no global fetch or XMLHttpRequest is left.
import { readFileSync } from "node:fs";

export function pdfjsOffline() {
  return {
    name: "pdfjs-offline",
    setup(build) {
      build.onLoad({ filter: /[\\/]unpdf[\\/]dist[\\/]pdfjs\.mjs$/ }, (args) => {
        const source = readFileSync(args.path, "utf8");
        const stub =
          "const __ogiNoNetwork = () => Promise.reject(new Error('the page loads nothing'));\n" +
          "class __ogiNoXhr { constructor() { throw new Error('the page loads nothing'); } }\n";
        // Calls of the global only (`await fetch(`, `return fetch(`): methods named fetch, such as `xref.fetch(ref)`
        // that reads an object of the PDF in memory, are defined and called without those words before them.
        const contents = stub + source.replace(/\b(await|return)(\s+)fetch(\s*\()/g, "$1$2__ogiNoNetwork$3").replace(/\bXMLHttpRequest\b/g, "__ogiNoXhr");
        return { contents, loader: "js" };
      });
    },
  };
}
