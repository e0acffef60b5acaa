import type { AuditedReport, AuditTotals } from "./types.js";

/** Figures and findings across the reports audited. */
export function totalsOf(reports: AuditedReport[]): AuditTotals {
  const sum = (pick: (r: AuditedReport) => number | null) => reports.reduce((n, r) => n + (pick(r) ?? 0), 0);
  const rules: AuditTotals["rules"] = {};
  for (const r of reports) {
    for (const [id, c] of Object.entries(r.rules)) {
      const x = (rules[id] ??= { reports: 0, findings: 0 });
      x.reports++;
      x.findings += c.errors + c.warnings + c.infos;
    }
  }
  const granted = sum((r) => r.figures.granted);
  const handled = sum((r) => r.figures.handled);
  return {
    reports: reports.length,
    failing: reports.filter((r) => r.errors > 0).length,
    errors: sum((r) => r.errors),
    warnings: sum((r) => r.warnings),
    received: sum((r) => r.figures.received),
    granted,
    handled,
    grantedShare: handled > 0 ? granted / handled : null,
    reviews: sum((r) => r.figures.reviews),
    suits: sum((r) => r.figures.suits),
    rules,
  };
}

/** The share granted in full or in part, as printed. */
export function shareText(totals: AuditTotals): string {
  return totals.grantedShare === null ? "—" : `${(totals.grantedShare * 100).toFixed(1)}%`;
}
