import { asciiDigits, sentenceAround } from "./span.js";

export interface DayOfYear {
  year?: number;
  month: number;
  day: number;
}

/** A statistics period the prose states (「本报告所列数据的统计期限自…起至…止」 and its variants). */
export interface StatedPeriod {
  from: DayOfYear;
  to: DayOfYear;
  /** The sentence that states it (value offsets). */
  start: number;
  end: number;
  /** The dates as written. */
  written: string;
}

// 2024年1月1日, 2024.1.1, 2024-01-01, 2024/1/1, 1月1日 (the year may be left out).
const DATE = String.raw`(?:(\d{4})\s*(?:年|[./\-]))?\s*(\d{1,2})\s*(?:月|[./\-])\s*(\d{1,2})\s*日?`;
const PERIOD = new RegExp(
  String.raw`统计(?:期限|期间|时限|时段|区间|周期|时间)[^。；;\n\d]{0,16}?` + DATE + String.raw`\s*起?\s*(?:至|到|—|－|–|~|～|-)+\s*` + DATE,
  "g",
);

/** Every statistics period stated in a prose part; at most a few per report, found in one pass. */
export function statedPeriods(value: string): StatedPeriod[] {
  const text = asciiDigits(value);
  const out: StatedPeriod[] = [];
  for (const m of text.matchAll(PERIOD)) {
    const day = (y: string | undefined, mo: string, d: string): DayOfYear => ({ ...(y ? { year: Number(y) } : {}), month: Number(mo), day: Number(d) });
    const from = day(m[1], m[2]!, m[3]!);
    const to = day(m[4], m[5]!, m[6]!);
    const datesAt = m.index! + m[0].search(/\d/);
    const sentence = sentenceAround(value, m.index!, m.index! + m[0].length);
    out.push({ from, to, ...sentence, written: value.slice(datesAt, m.index! + m[0].length).replace(/\s+/g, "") });
  }
  return out;
}

/** The year a period is about: the year either end states (the start's first). */
export function periodYear(p: StatedPeriod): number | undefined {
  return p.from.year ?? p.to.year;
}
