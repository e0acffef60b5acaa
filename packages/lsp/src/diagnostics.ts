import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from "vscode-languageserver/node";
import { uriOfPath } from "./uri.js";
import { ruleDocUrl, type ConfigError, type Finding, type RelatedLocation, type Severity } from "@ogi-report/core";

export const SOURCE = "ogi";

/** Warnings stay warnings and info is Information: the editor shows what the CLI would report. */
const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export interface DiagnosticOptions {
  /** The client accepts relatedInformation (publishDiagnostics.relatedInformation). */
  relatedInformation: boolean;
}

/** What a code action needs to find its finding again; clients hand `data` back untouched. */
export interface DiagnosticData {
  path: string;
}

export function toDiagnostic(finding: Finding, uri: string, options: DiagnosticOptions): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: severities[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocUrl(finding.ruleId) },
    source: SOURCE,
    message: finding.message,
    data: { path: finding.path } satisfies DiagnosticData,
  };
  if (options.relatedInformation && finding.related.length > 0) {
    diagnostic.relatedInformation = orderRelated(finding.related).map(
      // A location in another report (last year's, a unit's) carries that file's path.
      (r): DiagnosticRelatedInformation => ({ location: { uri: r.file !== undefined ? uriOfPath(r.file) : uri, range: r.range }, message: r.message }),
    );
  }
  return diagnostic;
}

/** The likely cause first: it is what the author should look at. */
function orderRelated(related: RelatedLocation[]): RelatedLocation[] {
  return [...related.filter((r) => r.role === "likely-cause"), ...related.filter((r) => r.role !== "likely-cause")];
}

/** Problems in `.ogi.yaml` itself, shown on the config file when it is open. */
export function configDiagnostic(error: ConfigError): Diagnostic {
  return { range: error.range, severity: DiagnosticSeverity.Error, code: error.code, source: SOURCE, message: error.message };
}

/** Same range (the test for "this diagnostic is that finding"). */
export function sameRange(a: { start: { line: number; character: number }; end: { line: number; character: number } }, b: typeof a): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
