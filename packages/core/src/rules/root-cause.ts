import type { CellRead } from "./cell-reads.js";
import { applicantColumns } from "../templates/applications.js";
import { cellName } from "./labels.js";
import { identitiesWith, type Term } from "./identities.js";
import type { Template } from "../templates/types.js";
import type { Draft } from "./types.js";

export interface Suspect {
  pointer: string;
  /** The value that makes the explained identities hold. */
  value: number;
  explains: Draft[];
}

/**
 * When one wrong cell breaks several identities, find it: the cell whose single change makes the most failed
 * identities hold while breaking none that hold now. Only a unique best that explains two or more counts.
 */
export function findSuspects(drafts: Draft[], cells: ReadonlyMap<string, CellRead>, template: Template): Suspect[] {
  const failed = drafts.filter((d) => d.identity);
  if (failed.length < 2) return [];
  const failedTerms = new Set<readonly Term[]>(failed.map((d) => d.identity!.terms));
  const suspects: Suspect[] = [];
  const explained = new Set<Draft>();
  // Greedy: take the best suspect, remove what it explains, repeat (several independent mistakes).
  for (;;) {
    const remaining = failed.filter((d) => !explained.has(d));
    if (remaining.length < 2) break;
    const candidates = new Map<string, Map<number, Draft[]>>();
    for (const d of remaining) {
      for (const t of d.identity!.terms) {
        const delta = -d.identity!.residual / t.coef;
        let byDelta = candidates.get(t.pointer);
        if (!byDelta) candidates.set(t.pointer, (byDelta = new Map()));
        const explains = byDelta.get(delta);
        if (explains) explains.push(d);
        else byDelta.set(delta, [d]);
      }
    }
    let best: { pointer: string; delta: number; explains: Draft[]; score: number } | undefined;
    let tie = false;
    for (const [pointer, byDelta] of candidates) {
      // Only a change that explains two or more can win; most cells are in one failed identity, and need no count.
      let twoOrMore = false;
      for (const explains of byDelta.values()) if (explains.length >= 2) twoOrMore = true;
      if (!twoOrMore) continue;
      const cell = cells.get(pointer);
      if (!cell || cell.state !== "ok") continue;
      const broken = breaks(pointer, cells, template, failedTerms);
      for (const [delta, explains] of byDelta) {
        if (cell.value + delta < 0) continue;
        const score = explains.length - broken;
        if (explains.length < 2 || score < 2) continue;
        if (!best || score > best.score) {
          best = { pointer, delta, explains, score };
          tie = false;
        } else if (score === best.score) tie = true;
      }
    }
    if (!best || tie) break;
    const cell = cells.get(best.pointer) as Extract<CellRead, { state: "ok" }>;
    suspects.push({ pointer: best.pointer, value: cell.value + best.delta, explains: best.explains });
    for (const d of best.explains) explained.add(d);
  }
  return suspects;
}

/**
 * How many identities that hold now a cell is in: what changing it would break. Asked only for the few cells that
 * could explain two failed identities, so only their own identities are summed.
 */
function breaks(pointer: string, cells: ReadonlyMap<string, CellRead>, template: Template, failedTerms: Set<readonly Term[]>): number {
  let n = 0;
  for (const identity of identitiesWith(template, pointer)) {
    if (failedTerms.has(identity.terms)) continue;
    if (identity.terms.every((t) => cells.get(t.pointer)?.state === "ok")) n++;
  }
  return n;
}

/** Relate each explained finding to its suspect and offer the one change that mends them all. */
export function annotateSuspects(suspects: Suspect[], cells: ReadonlyMap<string, CellRead>): void {
  for (const s of suspects) {
    const cell = cells.get(s.pointer) as Extract<CellRead, { state: "ok" }>;
    const name = cellName(cell.spec);
    const n = s.explains.length;
    for (const d of s.explains) {
      d.related = [
        {
          path: s.pointer,
          role: "likely-cause",
          message: {
            zh: `可能的原因：${name.zh}为 ${cell.value}，改为 ${s.value} 可使 ${n} 项勾稽关系同时成立`,
            en: `Likely cause: ${name.en} is ${cell.value}; ${s.value} would make ${n} identities hold`,
          },
        },
        ...(d.related ?? []).filter((r) => r.path !== s.pointer),
      ];
      const fix = {
        title: { zh: `将${name.zh}改为 ${s.value}（同时修正 ${n} 项）`, en: `Set ${name.en} to ${s.value} (mends ${n} identities)` },
        safe: false,
        edits: [{ start: cell.node.start, end: cell.node.end, newText: String(s.value) }],
      };
      d.fixes = d.path === s.pointer ? [fix, ...(d.fixes ?? []).slice(1)] : [fix, ...(d.fixes ?? [])];
    }
  }
}

/**
 * A misfiled application: two applicant columns fail 「（七）总计」 by opposite amounts while the 总计 column
 * balances. Relate the pair so the author looks at the classification, not the arithmetic.
 */
export function annotateMisfiled(drafts: Draft[]): void {
  const columnFailures = drafts.filter((d) => d.ruleId === "t3-results-total" && !d.path.endsWith("/6"));
  const totalFails = drafts.some((d) => d.ruleId === "t3-results-total" && d.path.endsWith("/6"));
  if (totalFails || columnFailures.length !== 2) return;
  const [a, b] = columnFailures as [Draft, Draft];
  if (a.identity!.residual + b.identity!.residual !== 0) return;
  const n = Math.abs(a.identity!.residual);
  const column = (d: Draft) => applicantColumns[Number(d.path.slice(d.path.lastIndexOf("/") + 1))]!.label;
  // residual = reported − computed: negative means the items hold more than the column's (七)总计 says.
  const side = (d: Draft) => (d.identity!.residual < 0 ? { zh: "多", en: "more" } : { zh: "少", en: "fewer" });
  for (const [d, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const here = column(d);
    const there = column(other);
    d.related = [
      {
        path: other.path,
        role: "misfiled-pair",
        message: {
          zh: `${here.zh}栏各项比总计${side(d).zh} ${n} 件，${there.zh}栏${side(other).zh} ${n} 件，而总计栏平衡：可能有 ${n} 件申请填错了申请人类别`,
          en: `the ${here.en} items hold ${n} ${side(d).en} than their total and ${there.en} ${n} ${side(other).en}, while Total balances: ${n} application(s) may be filed under the wrong kind of applicant`,
        },
      },
      ...(d.related ?? []),
    ];
  }
}
