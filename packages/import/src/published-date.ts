/** A publication date as the YAML writes it (2024-01-05), from the year, month and day a page prints. */
export function ymd(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}
