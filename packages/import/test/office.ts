import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { repoRoot } from "./corpus-files.js";

export const ogiBin = join(repoRoot, "packages/cli/dist/ogi.js");

/** A fresh folder, removed by the returned function. */
export function scratch(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `ogi render <yaml> --to docx` (or html) into `dir`: the path of the file written. */
export function renderDocx(yamlPath: string, dir: string, to: "docx" | "html" = "docx"): string {
  const out = join(dir, basename(yamlPath).replace(/\.ya?ml$/, `.${to}`));
  execFileSync(process.execPath, [ogiBin, "render", yamlPath, "--to", to, "-o", out], { stdio: ["ignore", "ignore", "pipe"] });
  return out;
}

/**
 * LibreOffice converts files as an office does (`--convert-to pdf`, or `docx:MS Word 2007 XML`), all in one run.
 * Its own profile folder keeps it from waiting on another soffice running on the machine.
 */
export function convertWithLibreOffice(files: string[], to: string, outDir: string): void {
  const profile = scratch("ogi-soffice-profile-");
  try {
    execFileSync("soffice", [`-env:UserInstallation=file://${profile.dir}`, "--headless", "--convert-to", to, "--outdir", outDir, ...files], {
      stdio: ["ignore", "ignore", "pipe"],
      timeout: 300_000,
    });
  } finally {
    profile.remove();
  }
}

export function filesIn(dir: string, ext: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f));
}
