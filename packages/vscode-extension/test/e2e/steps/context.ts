import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Page } from "playwright-core";
import type { Workbench } from "../workbench.js";

/** What the steps share with the test that started VS Code (set in its beforeAll, so read through a getter). */
export interface E2e {
  page: Page;
  wb: Workbench;
  /** The folder VS Code has open. */
  workspace: string;
  shot(name: string): Promise<void>;
}

/** The workspace's .vscode/settings.json, as a person would edit it: VS Code notices the file change by itself. */
export function writeWorkspaceSettings(workspace: string, settings: Record<string, unknown>): void {
  mkdirSync(join(workspace, ".vscode"), { recursive: true });
  writeFileSync(join(workspace, ".vscode", "settings.json"), JSON.stringify(settings, null, 2));
}

/** The files the steps open besides the ones the first steps use: a copy of each, the examples stay as they are. */
export const stepFiles: Record<string, { example: string } | { text: string }> = {
  "clean.yaml": { example: "examples/seed-2025.yaml" },
  "text-figure.yaml": { example: "examples/broken/text-figure.yaml" },
  "cell-value.yaml": { example: "examples/broken/cell-value.yaml" },
  "k8s.yaml": { text: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: demo\ndata:\n  mode: test\n" },
  "notes.md": { text: "# Notes\n\nNot a report.\n" },
  // A text file with only a title: the import finds the agency and year, and no table.
  "notes.txt": { text: "某县人民政府2025年政府信息公开工作年度报告\n" },
  // A PDF with no page: nothing can be read from it.
  "broken.pdf": { text: "%PDF-1.4\nno objects\n" },
  // A draft without its `template:` line yet: a report only where `ogi.files` says so.
  "plain/unmarked.yaml": { text: "agency: 某县人民政府\nyear: 2025\n" },
};

/** A .docx printed to PDF as an office would (LibreOffice, with a profile of its own so no other soffice blocks it). */
export function printToPdf(docx: string, pdf: string): void {
  const profile = mkdtempSync(join(tmpdir(), "ogi-e2e-soffice-"));
  const out = mkdtempSync(join(tmpdir(), "ogi-e2e-pdf-"));
  try {
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", out, docx], { stdio: "ignore", timeout: 300_000 });
    mkdirSync(dirname(pdf), { recursive: true });
    writeFileSync(pdf, readFileSync(join(out, docx.slice(docx.lastIndexOf("/") + 1).replace(/\.docx$/, ".pdf"))));
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}
