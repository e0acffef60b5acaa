import { toPointer } from "../templates/cell-specs.js";
import { REVIEW_TOTAL_COLUMN, TOTAL_COLUMN, type ApplicationRow, type ApplicantColumn, type ReviewGroup, type Template } from "../templates/index.js";
import type { RuleId } from "../findings.js";

export interface Term {
  pointer: string;
  coef: 1 | -1;
}

/** One identity of the tables, Σ coef·cell = 0, derived once per template. */
export type Identity =
  | { ruleId: "t3-row-total"; row: ApplicationRow; target: string; parts: string[]; terms: Term[] }
  | { ruleId: "t3-results-total"; column: ApplicantColumn; target: string; parts: string[]; terms: Term[] }
  | { ruleId: "t3-balance"; column: ApplicantColumn; received: string; carriedOver: string; total: string; forward: string; terms: Term[] }
  | { ruleId: "t4-total"; group: ReviewGroup; target: string; parts: string[]; terms: Term[] };

const cache = new Map<string, Identity[]>();

const sumTerms = (target: string, parts: string[]): Term[] => [{ pointer: target, coef: 1 }, ...parts.map((pointer) => ({ pointer, coef: -1 as const }))];

export function identitiesOf(template: Template): Identity[] {
  const hit = cache.get(template.id);
  if (hit) return hit;
  const out: Identity[] = [];
  const at = (path: string[], c: number) => toPointer([...path, c]);
  for (const row of template.applicationRows) {
    const path = ["applications", ...row.path];
    const parts = [0, 1, 2, 3, 4, 5].map((c) => at(path, c));
    const target = at(path, TOTAL_COLUMN);
    out.push({ ruleId: "t3-row-total", row, target, parts, terms: sumTerms(target, parts) });
  }
  const items = template.applicationRows.filter((r) => r.role === "result");
  template.applicantColumns.forEach((column, c) => {
    const parts = items.map((r) => at(["applications", ...r.path], c));
    const target = at(["applications", "results", "total"], c);
    out.push({ ruleId: "t3-results-total", column, target, parts, terms: sumTerms(target, parts) });
  });
  template.applicantColumns.forEach((column, c) => {
    const received = at(["applications", "newReceived"], c);
    const carriedOver = at(["applications", "carriedOver"], c);
    const total = at(["applications", "results", "total"], c);
    const forward = at(["applications", "carriedForward"], c);
    const terms: Term[] = [
      { pointer: received, coef: 1 },
      { pointer: carriedOver, coef: 1 },
      { pointer: total, coef: -1 },
      { pointer: forward, coef: -1 },
    ];
    out.push({ ruleId: "t3-balance", column, received, carriedOver, total, forward, terms });
  });
  for (const group of template.reviewGroups) {
    const path = ["reviewAndLitigation", group.key];
    const parts = [0, 1, 2, 3].map((c) => at(path, c));
    const target = at(path, REVIEW_TOTAL_COLUMN);
    out.push({ ruleId: "t4-total", group, target, parts, terms: sumTerms(target, parts) });
  }
  cache.set(template.id, out);
  return out;
}

const byRule = new Map<string, Identity[]>();

/** One rule's identities, picked out once per template (each document's rules ask again). */
export function identitiesFor<R extends RuleId>(template: Template, ruleId: R): Extract<Identity, { ruleId: R }>[] {
  const key = `${template.id} ${ruleId}`;
  let hit = byRule.get(key);
  if (!hit) byRule.set(key, (hit = identitiesOf(template).filter((i) => i.ruleId === ruleId)));
  return hit as Extract<Identity, { ruleId: R }>[];
}

const identitiesByCell = new Map<string, Map<string, Identity[]>>();

/** The identities a cell is a term of, indexed once per template. */
export function identitiesWith(template: Template, pointer: string): readonly Identity[] {
  let byCell = identitiesByCell.get(template.id);
  if (!byCell) {
    byCell = new Map();
    for (const identity of identitiesOf(template)) {
      for (const t of identity.terms) {
        let list = byCell.get(t.pointer);
        if (!list) byCell.set(t.pointer, (list = []));
        if (!list.includes(identity)) list.push(identity);
      }
    }
    identitiesByCell.set(template.id, byCell);
  }
  return byCell.get(pointer) ?? [];
}
