import type { Severity } from "@ogi-report/core";
import { fingerprints, sha256 } from "./fingerprint.js";
import { relativeToCwd } from "./paths.js";
import type { Formatter } from "./types.js";

/** GitLab's scale has five steps; an error blocks a merge like a "major" issue, a warning is "minor". */
const gitlabSeverity: Record<Severity, "major" | "minor" | "info"> = { error: "major", warning: "minor", info: "info" };

/**
 * GitLab's Code Quality report: the CodeClimate JSON subset GitLab reads (description, check_name, fingerprint,
 * severity, location.path relative to the repository, location.lines.begin from 1). GitLab compares the
 * fingerprints of the merge request with those of the target branch, so a fingerprint names what a finding is
 * about (file, rule, data path: formatters/fingerprint.ts), never its line, and is unique in the report.
 */
export const codequality: Formatter = ({ results, cwd }) => {
  const issues = results.flatMap((r) => {
    const path = relativeToCwd(r.absPath, cwd) ?? r.absPath ?? r.display;
    const prints = fingerprints(r.findings);
    return r.findings.map((f, i) => ({
      description: `${f.message} (${f.ruleId})`,
      check_name: f.ruleId,
      fingerprint: sha256(`${path}\u0000${prints[i]!}`).slice(0, 32),
      severity: gitlabSeverity[f.severity],
      location: { path, lines: { begin: f.range.start.line + 1 } },
    }));
  });
  return { output: JSON.stringify(issues, null, 2) + "\n" };
};
