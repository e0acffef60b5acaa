export { importReport } from "./import.js";
export { formatDiagnostic, formatLocation } from "./diagnostics.js";
export type {
  DiagnosticCode,
  ImportDiagnostic,
  ImportOptions,
  ImportResult,
  ImportSummary,
  InputKind,
  SourceLocation,
  SourceRange,
} from "./types.js";
export { documentKindOf, formatPlace, importDocument } from "./import-document.js";
export { cellSource, type CellSource } from "./sources/cell-place.js";
export type { DocumentDiagnostic, DocumentDiagnosticCode, DocumentImportResult, DocumentKind } from "./import-document.js";
export type { DocumentPlace } from "./sources/document.js";
