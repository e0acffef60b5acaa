/**
 * Red Hat's YAML extension and this one both look at report files. One problem must be reported once, and by
 * the tool that explains it best: ours speaks the author's language, names the cell, offers fixes and says
 * exactly what `ogi check` says in CI. So the Red Hat extension is given a completion-only schema (see
 * scripts/completion-schema.mjs): it completes keys and shows hovers, and reports nothing about reports.
 *
 * Two overlaps remain that we cannot switch off in the other extension, so we drop our copy of them while it
 * is validating the document:
 * - `yaml-syntax`: it reports YAML syntax errors in every YAML file, whatever the schema;
 * - `schema`: a document whose own modeline names the full published schema
 *   (`# yaml-language-server: $schema=…/ogi-report.schema.json`, as `ogi init` writes for other editors) is
 *   validated against it by the other extension, which then reports the same unknown keys and wrong shapes.
 * Everything else (cells, totals, balances, parts, years) only we check.
 */
export interface YamlExtensionState {
  /** redhat.vscode-yaml is installed, active, and `yaml.validate` is on for this document. */
  validating: boolean;
}

/** A modeline naming the full published schema (not our completion-only one). */
const FULL_SCHEMA_MODELINE = /^#\s*yaml-language-server:\s*\$schema=\S*ogi-report\.schema\.json\b/m;

export function reportedByYamlExtension(ruleId: string | undefined, text: string, yaml: YamlExtensionState): boolean {
  if (!yaml.validating || ruleId === undefined) return false;
  if (ruleId === "yaml-syntax") return true;
  if (ruleId === "schema") return FULL_SCHEMA_MODELINE.test(text);
  return false;
}
