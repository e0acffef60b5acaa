import type { Finding, PlainEdit, RuleId } from "@ogi-report/core";
import type { Analysis } from "./analysis.js";
import { messages, type Locale } from "./i18n.js";
import { suppressEdit } from "@ogi-report/core";

/** What can be done about a finding: its fixes (offered, never imposed), a suppression, its rule's doc. */
export type FindingAction =
  | { kind: "fix"; title: string; safe: boolean; edits: PlainEdit[] }
  | { kind: "suppress"; title: string; edits: PlainEdit[] }
  | { kind: "doc"; title: string; rule: RuleId };

/** Markers and the list both ask; a finding belongs to one analysis, so its actions are computed once. */
const computed = new WeakMap<Finding, FindingAction[]>();

export function actionsFor(analysis: Analysis, finding: Finding, locale: Locale): FindingAction[] {
  const hit = computed.get(finding);
  if (hit) return hit;
  const t = messages[locale];
  const out: FindingAction[] = finding.fixes.map((fix) => ({
    kind: "fix",
    title: fix.title,
    safe: fix.safe,
    edits: fix.edits.map(({ start, end, newText }) => ({ start, end, newText })),
  }));
  const suppress = suppressEdit(analysis.lines, finding.range.start.line, finding.ruleId, analysis.root);
  if (suppress) out.push({ kind: "suppress", title: t.suppress(finding.ruleId), edits: [suppress] });
  out.push({ kind: "doc", title: t.showDoc(finding.ruleId), rule: finding.ruleId });
  computed.set(finding, out);
  return out;
}
