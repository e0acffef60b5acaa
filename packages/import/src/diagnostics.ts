import type { Locale } from "@ogi-report/core";
import type { DiagnosticCode, ImportDiagnostic, SourceLocation } from "./types.js";

export function diagnostic(
  code: DiagnosticCode,
  severity: ImportDiagnostic["severity"],
  zh: string,
  en: string,
  location: SourceLocation,
  extra: { path?: string; candidates?: string[][]; cells?: string[] } = {},
): ImportDiagnostic {
  return { code, severity, message: { zh, en }, location, ...extra };
}

/** `12:5` for text, `12:5 (body>div>table[2]>tr[5]>td[3])` for HTML. */
export function formatLocation(l: SourceLocation): string {
  return `${l.line}:${l.column}${l.htmlPath ? ` (${l.htmlPath})` : ""}`;
}

/** One line per diagnostic: `file:12:5: warning cell-uncertain: …`. */
export function formatDiagnostic(d: ImportDiagnostic, locale: Locale = "en", file?: string): string {
  const where = `${file ? `${file}:` : ""}${formatLocation(d.location)}`;
  return `${where}: ${d.severity} ${d.code}: ${locale === "en" ? d.message.en : d.message.zh}${d.path ? ` [${d.path}]` : ""}`;
}
