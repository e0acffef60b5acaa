/** One case of a rule's case table, as its documentation page shows it (see test/rule-tester.ts). */
export interface DocExample {
  name: string;
  report: string;
  /** The report is examples/seed-2025.yaml with these top-level parts in place of its own. */
  seed?: boolean;
  /** Top-level parts of the seed left out. */
  drop?: string[];
  files?: Record<string, string | { report: string; seed?: boolean; drop?: string[] }>;
  findings?: string[];
}

export declare const docExamples: Record<string, { valid: DocExample; invalid: DocExample }>;
