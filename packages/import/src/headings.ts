import { parts, type Part } from "@ogi-report/core";
import { fold, labelKey, lcs } from "./fold.js";

export interface FoundHeading {
  part: Part;
  /** Flow offsets: the heading's first character, and where the part's own text starts. */
  start: number;
  contentStart: number;
  /** The heading as printed. */
  printed: string;
}

/** Heading forms without their numeral: 「存在的主要问题及改进情况」 matches 「五、…」 and 「三、…」 alike. */
const FORMS: string[][] = parts.map((p) => [p.heading.zh, ...p.headingVariants].map((h) => labelKey(h).replace(/^[一二三四五六七八九十]+[、.]/, "")));
/** How much of a heading's wording must survive (「存在问题及改进情况」 keeps 9 of 12 characters). */
const MIN_SHARE = 0.7;
const NUMERAL = /[一二三四五六七八九十]{1,2}[、.]/g;

/**
 * The six part headings in a flow, in order. Numbering is not trusted (a report may number its table parts
 * 一二三 after its own prose parts); the wording is, within a tolerance for typos and variants. A part whose
 * heading is not found is left out: the caller decides what its text is.
 */
export function findHeadings(flow: string, from = 0): FoundHeading[] {
  const f = fold(flow, from);
  const found: FoundHeading[] = [];
  let cursor = 0;
  let next = 0;
  const candidates = [...f.text.matchAll(NUMERAL)].filter((m) => !/[一二三四五六七八九十第]/.test(f.text[m.index - 1] ?? ""));
  for (let k = 0; k < parts.length; k++) {
    for (let c = next; c < candidates.length; c++) {
      const m = candidates[c]!;
      if (m.index < cursor) continue;
      const hit = matchAt(f.text, m.index + m[0].length, FORMS[k]!);
      if (!hit) continue;
      const start = f.offsets[m.index]!;
      const contentStart = f.offsets[hit.end]!;
      found.push({ part: parts[k]!, start, contentStart, printed: flow.slice(start, contentStart).trim() });
      cursor = hit.end;
      next = c + 1;
      break;
    }
  }
  return found;
}

/** Does heading wording start at `at`? Returns the folded offset where the heading ends. */
function matchAt(text: string, at: number, forms: string[]): { end: number } | undefined {
  // Window of squashed characters with their folded offsets.
  const chars: string[] = [];
  const offs: number[] = [];
  for (let i = at; i < text.length && chars.length < 60; i++) {
    if (text[i] === " ") continue;
    chars.push(text[i]!);
    offs.push(i);
  }
  const window = chars.join("");
  let best: { end: number; share: number } | undefined;
  for (const form of forms) {
    if (!window.startsWith(form.slice(0, 2))) continue;
    const span = window.slice(0, form.length + 3);
    const common = lcs(form, span);
    const share = common / form.length;
    if (share < MIN_SHARE) continue;
    // The heading ends where the common part is complete.
    let j = span.length;
    while (j > 0 && lcs(form, span.slice(0, j)) === common) j--;
    const end = (offs[j] ?? at) + 1;
    if (!best || share > best.share) best = { end, share };
  }
  return best ? { end: best.end } : undefined;
}
