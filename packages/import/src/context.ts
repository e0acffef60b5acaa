import { diagnostic } from "./diagnostics.js";
import type { Flow } from "./flow.js";
import type { ImportDiagnostic, SourceLocation } from "./types.js";

/** What every step of an import shares: the flow, and the diagnostics it reports with their places. */
export interface ImportContext {
  flow: Flow;
  input: string;
  diagnostics: ImportDiagnostic[];
  report(...args: Parameters<typeof diagnostic>): void;
  /** The place of a source offset, of a flow offset. */
  at(sourceOffset: number): SourceLocation;
  atFlow(flowOffset: number): SourceLocation;
  top: SourceLocation;
}

export function importContext(flow: Flow, input: string): ImportContext {
  const diagnostics: ImportDiagnostic[] = [];
  const at = (o: number) => flow.locate(o);
  return {
    flow,
    input,
    diagnostics,
    report: (...args) => void diagnostics.push(diagnostic(...args)),
    at,
    atFlow: (o) => at(flow.toSource(o)),
    top: at(0),
  };
}
