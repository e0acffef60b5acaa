import type { Finding } from "@ogi-report/core";
import type { FormatName } from "./names.js";

/**
 * What a formatter reads of a finding, for the formatters that read less than all of it. `ogi check` keeps every
 * file's findings until the output is written; in a batch where most reports have findings, the addends'
 * locations and the fix edits that stylish never prints were most of what it held (about 10 kB per report), and
 * the garbage collector copying them from collection to collection cost a fifth of the run. Each finding is cut
 * down as its file is checked. A formatter not listed gets its findings whole; the tests check that every listed
 * formatter writes the same output from the cut-down findings as from whole ones.
 */
export const slimmers: Partial<Record<FormatName, (f: Finding) => Finding>> = {
  // stylish prints the likely cause or misfiled pair under a finding and counts the findings a safe fix mends.
  stylish: (f) => ({ ...f, related: f.related.filter((r) => r.role === "likely-cause" || r.role === "misfiled-pair"), fixes: f.fixes.filter((x) => x.safe) }),
  // GitHub annotations: where, which rule, what; nothing related, no fixes.
  github: (f) => ({ ...f, related: [], fixes: [] }),
  // GitLab code quality: the same.
  codequality: (f) => ({ ...f, related: [], fixes: [] }),
};
