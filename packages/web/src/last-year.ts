import type { CheckOptions } from "@ogi-report/core";

/** Last year's report, opened in the page beside this year's (its text stays in the page like everything else). */
export interface LastYear {
  name: string;
  text: string;
}

/** The page has no folders: this year's report and last year's are given fixed places of their own. */
const THIS_YEAR = "/page/report.yaml";

/**
 * The documents core's cross-report rules read (year-carry-over, year-in-force, copied-prose): last year's
 * report is the opened file whatever the report's `previous:` names (like `ogi check --previous`), since a page
 * opened from file:// cannot follow a path. Without an opened file the rules that need it stay silent, as before.
 */
export function lastYearDocuments(lastYear: LastYear | undefined): CheckOptions["documents"] {
  if (!lastYear) return undefined;
  const path = `/page/last-year/${lastYear.name.replace(/^.*[\\/]/, "")}`;
  return { path: THIS_YEAR, previous: path, reader: { readFile: (p) => (p === path ? lastYear.text : undefined) } };
}
