import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const distDir = fileURLToPath(new URL("../../dist/", import.meta.url));
/** Our bundles as code-server installs them from the .vsix, in its extensions folder. */
const installedBundle = /\/extensions\/ogi-report\.ogi-report-vscode-[^/]+\/dist\/((?:extension|import)\.cjs)$/;

/**
 * When the run measures coverage: code-server and everything it starts (the extension host, our language server)
 * write V8 coverage into a folder of this run's own (VS Code's own code makes those files large), and `harvest`
 * keeps what ran of our bundles, under the URL of the same file in packages/vscode-extension/dist, where the
 * coverage build's source map beside it leads back to the sources. Not measuring, it does nothing.
 */
export function extensionCoverage(home: string): { env: Record<string, string>; harvest(): void } {
  // Set in the test workers of a measuring run (test/process-coverage/setup.ts at the repository root).
  const shared = process.env.NODE_V8_COVERAGE;
  if (!shared) return { env: {}, harvest: () => {} };
  const own = join(home, "v8-coverage");
  return {
    env: { NODE_V8_COVERAGE: own },
    harvest() {
      if (!existsSync(own)) return;
      for (const name of readdirSync(own).filter((n) => n.endsWith(".json"))) {
        const data = JSON.parse(readFileSync(join(own, name), "utf8")) as { result: { url: string }[] };
        const result = data.result.flatMap((script) => {
          const file = installedBundle.exec(script.url)?.[1];
          if (!file) return [];
          const repoCopy = join(distDir, file);
          // Installed from a .vsix of an older build, the counts would land on the wrong lines.
          if (!existsSync(repoCopy) || !readFileSync(fileURLToPath(script.url)).equals(readFileSync(repoCopy))) return [];
          return [{ ...script, url: pathToFileURL(repoCopy).href }];
        });
        if (result.length === 0) continue;
        mkdirSync(shared, { recursive: true });
        writeFileSync(join(shared, `kept-code-server-${basename(home)}-${name}`), JSON.stringify({ result }));
      }
    },
  };
}
