import { createHash } from "node:crypto";
import type { Finding } from "@ogi-report/core";

/**
 * A fingerprint from what a finding is about (rule id + data path), not where it sits in the text, so an
 * alert survives reformatting and moved lines. Findings sharing rule and path in one file (yaml-syntax and
 * suppression findings all have path "") are told apart by occurrence, as GitHub does for its line hashes.
 */
export function fingerprints(findings: Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const hash = createHash("sha256").update(`${f.ruleId}\u0000${f.path}`).digest("hex").slice(0, 32);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  });
}
