import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");

describe("the importer runs in a browser", () => {
  it("bundles for the browser platform with no Node built-in", async () => {
    const out = await build({
      entryPoints: [join(pkg, "src/index.ts")],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
    });
    expect(out.errors).toEqual([]);
    const code = out.outputFiles[0]!.text;
    expect(code).not.toMatch(/from\s*["']node:|require\(["'](fs|path|node:)/);
    expect(code).not.toMatch(/\bprocess\.(env|cwd|argv)|\bBuffer\./);
  });
});
