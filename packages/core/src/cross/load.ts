import type { FileReader } from "../files.js";
import type { DocumentAccess, DocumentReader, LoadFailure, OtherReport, RefusalProblem, ReportModel } from "../model/types.js";
import { basename, dirname, hasGlob, resolvePath } from "../paths.js";

// The vocabulary lives with the model (its `previous` and `units` are made of it); this file reads the files.
export type { DocumentAccess, DocumentReader, LoadFailure, OtherReport, RefusalProblem } from "../model/types.js";

/** Text → model of another report, handed in by the model builder (which is what calls this file). */
export type ReadModel = (text: string) => ReportModel | undefined;

const REFUSALS = new Set<string>(["outside-project", "not-a-file", "too-large", "too-many-matches", "glob-too-complex"]);

/** The policy's reason in what a reader threw, if it is one. */
export function refusalOf(error: unknown): RefusalProblem | undefined {
  const problem = (error as { problem?: unknown } | null)?.problem;
  return typeof problem === "string" && REFUSALS.has(problem) ? (problem as RefusalProblem) : undefined;
}

export function isLoaded(r: OtherReport | LoadFailure): r is OtherReport {
  return "cells" in r;
}

export function documentAccess(path: string, reader: DocumentReader, readModel: ReadModel, previousOverride?: string): DocumentAccess {
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
      const result = loadOther(p, reader, readModel);
      cache.set(p, result);
      return result;
    },
  };
}

function loadOther(path: string, reader: FileReader, readModel: ReadModel): OtherReport | LoadFailure {
  let text: string | undefined;
  try {
    text = reader.readFile(path);
  } catch (error) {
    return { path, problem: refusalOf(error) ?? "unreadable" };
  }
  if (text === undefined) return { path, problem: "missing" };
  // Read as any report is, without a reader: a report's own `previous:` and `units:` are not followed from here.
  const model = readModel(text);
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
