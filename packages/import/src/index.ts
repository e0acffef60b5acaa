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
} from "./types.js";
