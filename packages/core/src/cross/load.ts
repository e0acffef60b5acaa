import type { FileReader } from "../files.js";
import type { LineIndex } from "../positions.js";
import type { CellRead } from "../rules/cell-reads.js";
import type { Template } from "../templates/index.js";
import type { TMap } from "../yaml/tree.js";
import { readReportModel } from "../model/read.js";
import type { ReportModel } from "../model/types.js";
import { basename, dirname, hasGlob, resolvePath } from "../paths.js";

/** What a front end gives core to reach other reports (last year's, a summary's units). */
export interface DocumentReader extends FileReader {
  /** Files matching a glob, as absolute paths; absent where the front end cannot list files. */
  expandGlob?(pattern: string, baseDir: string): string[];
}

/** Another report, read and judged cell by cell with its own template. */
export interface OtherReport {
  path: string;
  lines: LineIndex;
  template: Template;
  cells: ReadonlyMap<string, CellRead>;
  agency?: string;
  year?: number;
  label: string;
  /** Its text and tree, for rules that read its prose (copied-prose). */
  text: string;
  root: TMap;
  /** What it says, read as this report is. */
  model: ReportModel;
}

/**
 * Why another report was not loaded. Beside "missing" and "unreadable", a front end's file-access policy may
 * refuse a path (it throws an error whose `problem` says why): outside the report's project, not a regular file,
 * too large, a glob that reaches too many files or whose braces expand to too many alternatives.
 */
export type LoadFailure = { path: string; problem: "missing" | "unreadable" | "not-a-report" | RefusalProblem };

export type RefusalProblem = "outside-project" | "not-a-file" | "too-large" | "too-many-matches" | "glob-too-complex";

const REFUSALS = new Set<string>(["outside-project", "not-a-file", "too-large", "too-many-matches", "glob-too-complex"]);

/** The policy's reason in what a reader threw, if it is one. */
export function refusalOf(error: unknown): RefusalProblem | undefined {
  const problem = (error as { problem?: unknown } | null)?.problem;
  return typeof problem === "string" && REFUSALS.has(problem) ? (problem as RefusalProblem) : undefined;
}

export interface DocumentAccess {
  /** This document's path. */
  path: string;
  load(path: string): OtherReport | LoadFailure;
  resolve(rel: string): string;
  /** Paths for a `units` entry; undefined when a glob cannot be expanded here; a failure when it was refused. */
  expand(entry: string): string[] | undefined | LoadFailure;
  /** `ogi check --previous`: overrides the document's own `previous:`. */
  previousOverride?: string;
}

export function isLoaded(r: OtherReport | LoadFailure): r is OtherReport {
  return "cells" in r;
}

export function documentAccess(path: string, reader: DocumentReader, previousOverride?: string): DocumentAccess {
  const baseDir = dirname(path);
  const cache = new Map<string, OtherReport | LoadFailure>();
  return {
    path,
    ...(previousOverride ? { previousOverride } : {}),
    resolve: (rel) => resolvePath(baseDir, rel),
    expand: (entry) => {
      if (!hasGlob(entry)) return [resolvePath(baseDir, entry)];
      try {
        return reader.expandGlob?.(entry, baseDir);
      } catch (error) {
        return { path: entry, problem: refusalOf(error) ?? "unreadable" };
      }
    },
    load(p) {
      const hit = cache.get(p);
      if (hit) return hit;
      const result = loadOther(p, reader);
      cache.set(p, result);
      return result;
    },
  };
}

function loadOther(path: string, reader: FileReader): OtherReport | LoadFailure {
  let text: string | undefined;
  try {
    text = reader.readFile(path);
  } catch (error) {
    return { path, problem: refusalOf(error) ?? "unreadable" };
  }
  if (text === undefined) return { path, problem: "missing" };
  // Read as any report is, without a reader: a report's own `previous:` and `units:` are not followed from here.
  const { model } = readReportModel(text);
  if (!model?.templateId) return { path, problem: "not-a-report" };
  const agency = model.agency?.value;
  return {
    path,
    lines: model.lines,
    template: model.template,
    cells: model.cells,
    ...(agency !== undefined ? { agency } : {}),
    ...(model.year ? { year: model.year.value } : {}),
    label: agency?.trim() ? agency.trim() : basename(path),
    text,
    root: model.root,
    model,
  };
}
