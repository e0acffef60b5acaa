import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { checkText, findConfig, type DocumentReader, type Finding, type Locale } from "@ogi-report/core";
import { globSync } from "tinyglobby";
import type { Diagnostic } from "./lsp-client.js";

/** What a finding looks like in every front end: the fields that must agree between core, server and CLI. */
export interface Comparable {
  ruleId: string;
  severity: string;
  message: string;
  path: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

const reader: DocumentReader = {
  readFile(path) {
    try {
      return readFileSync(path, "utf8");
    } catch {
      return undefined;
    }
  },
  expandGlob: (pattern, baseDir) => globSync(pattern, { cwd: baseDir, absolute: true, onlyFiles: true, expandDirectories: false }).sort(),
};

/** core's own answer for a file, with the config file a front end would find for it. */
export function coreFindings(path: string, text: string, locale: Locale): Finding[] {
  const { config } = findConfig(dirname(path), reader);
  return checkText(text, { locale, rules: config.rules, documents: { path, reader } }).findings;
}

/** A core Finding, or a finding as the CLI prints it in JSON. */
export function fromFinding(f: Pick<Finding, "message" | "path" | "range"> & { ruleId: string; severity: string }): Comparable {
  return { ruleId: f.ruleId, severity: f.severity, message: f.message, path: f.path, range: f.range };
}

const severityNames: Record<number, string> = { 1: "error", 2: "warning", 3: "info", 4: "hint" };

export function fromDiagnostic(d: Diagnostic): Comparable {
  return { ruleId: String(d.code), severity: severityNames[d.severity ?? 1]!, message: d.message, path: d.data?.path ?? "?", range: d.range };
}
