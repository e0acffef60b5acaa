/** Reading cells out of the plain report object, whatever shape an untrusted document gives them. */

/** The value at a path, or undefined when any step is missing or not a container. */
export function valueAt(report: unknown, path: readonly (string | number)[]): unknown {
  let node: unknown = report;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return undefined;
    const key = String(segment);
    // Own keys only: a report is untrusted, and `constructor` or `__proto__` must not reach Object.prototype.
    if (!Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * A cell as printed. Blank stays blank (blank is not zero); `{ value, note }` prints as the published
 * reports do, 「55（含自然失效29件）」; anything else is printed as written, so the page shows what the
 * checker complains about instead of hiding it.
 */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "boolean") return String(cell);
  if (Array.isArray(cell)) return "";
  if (typeof cell === "object") {
    const value = cellText(valueAt(cell, ["value"]));
    const note = cellText(valueAt(cell, ["note"]));
    return note === "" ? value : `${value}（${note}）`;
  }
  return "";
}

/** Prose parts as text; a part written as something else (a list, a number) prints nothing. */
export function proseText(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}
