import { allRules, pick, ruleDocMarkdown, ruleDocUrl, type Finding, type Range, type Severity, type TextEdit } from "@ogi-report/core";
import { fingerprints } from "./fingerprint.js";
import { encodePath, fileUri, relativeToCwd } from "./paths.js";
import type { Formatter } from "./types.js";

const SRCROOT = "%SRCROOT%";
const level: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/**
 * SARIF 2.1.0 for code-scanning dashboards: URIs relative to the working folder under `%SRCROOT%`, every rule
 * described with a link to its doc, stable fingerprints, and an empty `results` array when all is well (an
 * absent one means "did not run" to GitHub).
 */
export const sarif: Formatter = ({ results, cwd, locale, version }) => {
  const ruleIndex = new Map(allRules.map((m, i) => [m.id, i]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ogi",
            fullName: "OGI Report (政府信息公开工作年度报告检查)",
            version,
            semanticVersion: version,
            informationUri: "https://github.com/ogi-report/ogi-report",
            rules: allRules.map((m) => ({
              id: m.id,
              shortDescription: { text: pick(m.title, locale) },
              fullDescription: { text: pick(m.description, locale) },
              helpUri: ruleDocUrl(m.id),
              help: { text: `${pick(m.description, locale)}\n${ruleDocUrl(m.id)}`, markdown: ruleDocMarkdown(m) },
              defaultConfiguration: { level: level[m.defaultSeverity] },
              properties: { fixable: m.fixable },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: fileUri(cwd).replace(/\/?$/, "/") } },
        results: results.flatMap((r) => {
          const location = artifactLocation(r.absPath, r.display, cwd);
          const prints = fingerprints(r.findings);
          return r.findings.map((f, i) => result(f, location, cwd, ruleIndex.get(f.ruleId), prints[i]!, !!r.absPath));
        }),
        columnKind: "utf16CodeUnits",
      },
    ],
  };
  return { output: JSON.stringify(log, null, 2) + "\n" };
};

type ArtifactLocation = { uri: string; uriBaseId?: string; description?: { text: string } };

function artifactLocation(absPath: string | undefined, display: string, cwd: string): ArtifactLocation {
  if (!absPath) return { uri: "stdin", description: { text: display } };
  const rel = relativeToCwd(absPath, cwd);
  return rel !== undefined ? { uri: encodePath(rel), uriBaseId: SRCROOT } : { uri: fileUri(absPath) };
}

/** SARIF lines and columns count from 1. */
function region(range: Range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function result(f: Finding, location: ArtifactLocation, cwd: string, index: number | undefined, fingerprint: string, isFile: boolean) {
  return {
    ruleId: f.ruleId,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: level[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: { artifactLocation: location, region: region(f.range) },
        logicalLocations: [{ fullyQualifiedName: f.path === "" ? "/" : f.path, kind: "element" }],
      },
    ],
    partialFingerprints: { "ogiRuleAndPath/v1": fingerprint },
    ...(f.related.length > 0
      ? {
          relatedLocations: f.related.map((r, i) => ({
            id: i + 1,
            // A related cell may be in another report (last year's, a unit's).
            physicalLocation: { artifactLocation: r.file !== undefined ? artifactLocation(r.file, r.file, cwd) : location, region: region(r.range) },
            message: { text: r.message ? `${r.message} (${r.path})` : r.path },
          })),
        }
      : {}),
    ...(isFile && f.fixes.length > 0
      ? {
          fixes: f.fixes.map((x) => ({
            description: { text: x.title },
            artifactChanges: [{ artifactLocation: location, replacements: x.edits.map(replacement) }],
          })),
        }
      : {}),
    ...(f.expected !== undefined || f.actual !== undefined ? { properties: { expected: f.expected, actual: f.actual } } : {}),
  };
}

function replacement(e: TextEdit) {
  return { deletedRegion: region(e.range), insertedContent: { text: e.newText } };
}
