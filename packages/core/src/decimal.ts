/** Exact sums of 万元 amounts: scaled BigInts, never floats (4166.241619 stays 4166.241619). */
export function parseDecimal(text: string): { units: bigint; scale: number } | undefined {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return undefined;
  const frac = m[2] ?? "";
  return { units: BigInt(m[1]! + frac), scale: frac.length };
}

export function addDecimals(values: string[]): string | undefined {
  const parsed = values.map(parseDecimal);
  if (parsed.some((p) => !p)) return undefined;
  const scale = Math.max(0, ...parsed.map((p) => p!.scale));
  let total = 0n;
  for (const p of parsed) total += p!.units * 10n ** BigInt(scale - p!.scale);
  return formatDecimal(total, scale);
}

export function formatDecimal(units: bigint, scale: number): string {
  if (scale === 0) return units.toString();
  const s = units.toString().padStart(scale + 1, "0");
  return `${s.slice(0, -scale)}.${s.slice(-scale)}`;
}

/** Equal as numbers: 2380.3 = 2380.30. */
export function sameDecimal(a: string, b: string): boolean {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  if (!x || !y) return false;
  const scale = Math.max(x.scale, y.scale);
  return x.units * 10n ** BigInt(scale - x.scale) === y.units * 10n ** BigInt(scale - y.scale);
}
