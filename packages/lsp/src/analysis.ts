import type { TextDocument } from "vscode-languageserver-textdocument";
import { checkTextGuarded, LineIndex, readReportModel, templates, type CheckResult, type Finding, type ReportModel, type Template, type TMap } from "@ogi-report/core";
import { looksLikeReport } from "./report-detect.js";
import type { DocumentSettings } from "./settings-store.js";
import type { Log } from "./log.js";

/** One version of one document, checked once and shared by every feature that asks about it. */
export class Analysis {
  readonly lines: LineIndex;
  readonly isReport: boolean;
  readonly findings: Finding[];
  readonly template: Template;
  /** What the report says: the check's own model, or (a text not checked as a report) read on first use. */
  private read: { model: ReportModel | undefined } | undefined;

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: string,
    readonly settings: DocumentSettings,
    log: Log,
    loggedErrors: Set<string>,
  ) {
    this.lines = new LineIndex(text);
    this.isReport = settings.treatAsReport || looksLikeReport(text);
    let result: CheckResult = { findings: [], internalErrors: [] };
    // Behind an error boundary: a check that fails is an `internal` diagnostic on the file, never an empty list
    // that would hide its real problems, and the server lives on.
    if (this.isReport) result = checkTextGuarded(text, settings.check);
    for (const e of result.internalErrors) {
      // A rule that throws fails on every keystroke: say so once per distinct error, not thousands of times.
      const key = `${e.ruleId}\n${e.message}`;
      if (loggedErrors.has(key)) continue;
      loggedErrors.add(key);
      log.error(
        e.ruleId === "internal"
          ? `checking ${uri} failed (an internal diagnostic says so on the file):\n${e.message}`
          : `rule ${e.ruleId} failed on ${uri} (its findings are missing; the others are shown):\n${e.message}`,
      );
    }
    this.findings = result.findings;
    this.template = templates[result.template ?? "2021"];
    if (result.model) this.read = { model: result.model };
  }

  /** The report model (hover, inlay hints, symbols read it); undefined when the text has no mapping at its root. */
  get model(): ReportModel | undefined {
    if (!this.read) {
      let model: ReportModel | undefined;
      try {
        model = readReportModel(this.text).model;
      } catch {
        model = undefined;
      }
      this.read = { model };
    }
    return this.read.model;
  }

  /** The YAML tree with ranges (the model's); undefined when unusable. */
  get root(): TMap | undefined {
    return this.model?.root;
  }

  offsetAt(position: { line: number; character: number }): number {
    return this.lines.offset(position);
  }
}

/** The latest analysis per document; a new version or new settings make a new one. */
export class Analyses {
  private readonly cache = new Map<string, Analysis>();
  private readonly loggedErrors = new Set<string>();

  constructor(private readonly log: Log) {}

  get(doc: TextDocument, settings: DocumentSettings): Analysis {
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.settings.key === settings.key && hit.settings.inlayHints === settings.inlayHints) return hit;
    const analysis = new Analysis(doc.uri, doc.version, doc.getText(), settings, this.log, this.loggedErrors);
    this.cache.set(doc.uri, analysis);
    return analysis;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}
