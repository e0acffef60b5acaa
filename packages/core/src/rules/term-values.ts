import type { Text } from "../templates/types.js";
import type { DraftRelated, RuleContext } from "./types.js";
import { cellName } from "./labels.js";

/** Values of all terms, or undefined when any is blank/invalid/missing (those have findings of their own). */
export function values(ctx: RuleContext, pointers: string[]): number[] | undefined {
  const out: number[] = [];
  for (const p of pointers) {
    const cell = ctx.cells.get(p);
    if (!cell || cell.state !== "ok") return undefined;
    out.push(cell.value);
  }
  return out;
}

/**
 * Σ of the cells' values, or undefined when any is blank/invalid/missing: what `sum(values(…))` gives, without the
 * arrays (every identity of every document asks, and most hold).
 */
export function okSum(ctx: RuleContext, pointers: readonly string[]): number | undefined {
  let s = 0;
  for (let i = 0; i < pointers.length; i++) {
    const cell = ctx.cells.get(pointers[i]!);
    if (!cell || cell.state !== "ok") return undefined;
    s += cell.value;
  }
  return s;
}

/** The cell's value, or undefined when it is blank/invalid/missing. */
export function okValue(ctx: RuleContext, pointer: string): number | undefined {
  const cell = ctx.cells.get(pointer);
  return cell && cell.state === "ok" ? cell.value : undefined;
}

/** Related locations for the addends of a sum, each saying its value. */
export function addends(ctx: RuleContext, pointers: string[], role: DraftRelated["role"] = "addend"): DraftRelated[] {
  return pointers.map((pointer) => {
    const cell = ctx.cells.get(pointer)!;
    const name = cellName(cell.spec);
    const value = cell.state === "ok" ? cell.value : "?";
    return { path: pointer, role, message: { zh: `${name.zh} = ${value}`, en: `${name.en} = ${value}` } };
  });
}

/** Offer to set a total to the computed value: offered, never applied by `--fix`. */
export function setTotalFix(ctx: RuleContext, pointer: string, value: number, label: Text) {
  const cell = ctx.cells.get(pointer);
  if (!cell || cell.state !== "ok" || value < 0) return [];
  return [
    {
      title: { zh: `将${label.zh}改为 ${value}`, en: `Set ${label.en} to ${value}` },
      safe: false,
      edits: [{ start: cell.node.start, end: cell.node.end, newText: String(value) }],
    },
  ];
}

export function sum(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
