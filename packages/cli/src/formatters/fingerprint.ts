import { createRequire } from "node:module";
import type { Finding } from "@ogi-report/core";

// node:crypto costs every start ~7 ms; only the SARIF and code-quality outputs need it.
let crypto: typeof import("node:crypto") | undefined;
export const sha256 = (text: string) => (crypto ??= createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto")).createHash("sha256").update(text).digest("hex");

/**
 * A fingerprint from what a finding is about (rule id + data path), not where it sits in the text, so an
 * alert survives reformatting and moved lines. Findings sharing rule and path in one file (yaml-syntax and
 * suppression findings all have path "") are told apart by occurrence, as GitHub does for its line hashes.
 */
export function fingerprints(findings: Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const hash = sha256(`${f.ruleId}\u0000${f.path}`).slice(0, 32);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  });
}
